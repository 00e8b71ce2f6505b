// The sides the analyst names (Washington, Moscow…) and who is on each: merged entities (people
// and institutions, by their canonical names) picked from the speakers present in the claims.
// Claims are placed by their speaker's entity, never by matching text. A side is shown as a
// column when ticked.
import { useMemo, useState, type JSX } from 'react';
import type { Side } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import type { SpeakerCount } from './useCompareData';

interface Props {
  /** Changes each time a new side is asked for from the keyboard. */
  newSide: number;
  sides: Side[];
  speakers: SpeakerCount[];
  shown: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onChange: () => Promise<void>;
  onError: (message: string) => void;
}

interface Draft {
  id?: number;
  name: string;
  /** Name parts kept from a side made before sides held entities. */
  members: string[];
  entities: { id: number; name: string }[];
}

function SideForm({ draft, speakers, onSave, onCancel }: { draft: Draft; speakers: SpeakerCount[]; onSave: (d: Draft) => void; onCancel: () => void }): JSX.Element {
  const [name, setName] = useState(draft.name);
  const [members, setMembers] = useState<string[]>(draft.members);
  const [chosen, setChosen] = useState<{ id: number; name: string }[]>(draft.entities);
  const [filter, setFilter] = useState('');
  const entities = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const present = speakers.filter((s): s is SpeakerCount & { entityId: number } => s.entityId !== null);
    // Chosen entities stay listed even when no claim of theirs is left.
    const extra = chosen.filter((c) => !present.some((p) => p.entityId === c.id)).map((c) => ({ name: c.name, claims: 0, entityId: c.id }));
    return [...present, ...extra].filter((s) => !f || s.name.toLowerCase().includes(f));
  }, [speakers, filter, chosen]);
  const toggle = (e: { id: number; name: string }): void => setChosen((cs) => (cs.some((c) => c.id === e.id) ? cs.filter((c) => c.id !== e.id) : [...cs, e]));
  return (
    <form
      className="side-form"
      aria-label={draft.id ? `Edit side ${draft.name}` : 'New side'}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onSave({ ...(draft.id ? { id: draft.id } : {}), name: name.trim(), members, entities: chosen });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <input className="cmp-input" aria-label="Side name" placeholder="Side name (e.g. a capital)" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      <input className="cmp-input" aria-label="Filter speakers" placeholder="Filter people and institutions…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <ul className="side-speakers" aria-label="People and institutions">
        {members.map((m) => (
          <li key={`m-${m}`}>
            <label>
              <input type="checkbox" checked onChange={() => setMembers((ms) => ms.filter((x) => x !== m))} /> {m} <span className="muted small">(name part)</span>
            </label>
          </li>
        ))}
        {entities.map((s) => (
          <li key={s.entityId}>
            <label>
              <input type="checkbox" checked={chosen.some((c) => c.id === s.entityId)} onChange={() => toggle({ id: s.entityId, name: s.name })} /> {s.name}{' '}
              <span className="muted small">{s.claims}</span>
            </label>
          </li>
        ))}
        {entities.length === 0 && <li className="muted small">No speaker linked to an entity matches.</li>}
      </ul>
      <div className="row-end">
        <span className="muted small">{chosen.length + members.length} selected</span>
        <button type="button" className="btn small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn small primary" disabled={!name.trim()}>
          Save side
        </button>
      </div>
    </form>
  );
}

export function SidesEditor({ newSide, sides, speakers, shown, onToggle, onChange, onError }: Props): JSX.Element {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [asked, setAsked] = useState(newSide);
  if (asked !== newSide) {
    setAsked(newSide);
    setDraft({ name: '', members: [], entities: [] });
  }

  const save = async (d: Draft): Promise<void> => {
    try {
      await api.call('sides.save', { ...(d.id ? { id: d.id } : { position: sides.length }), name: d.name, members: d.members, entityIds: d.entities.map((e) => e.id) });
      setDraft(null);
      await onChange();
    } catch (err) {
      onError(`Could not save the side: ${errorMessage(err)}`);
    }
  };

  const remove = async (side: Side): Promise<void> => {
    try {
      await api.call('sides.delete', { id: side.id });
      await onChange();
    } catch (err) {
      onError(`Could not delete the side: ${errorMessage(err)}`);
    }
  };

  const onSomeSide = (s: SpeakerCount): boolean =>
    sides.some((side) => (s.entityId !== null && side.entities.some((e) => e.id === s.entityId)) || (!side.entities.length && side.members.some((m) => s.name.toLowerCase().includes(m.toLowerCase()))));
  const unassigned = speakers.filter((s) => !onSomeSide(s));

  return (
    <aside className="sides" aria-label="Sides">
      <div className="sides-head">
        <h3>Sides</h3>
        <button type="button" className="btn small" onClick={() => setDraft({ name: '', members: [], entities: [] })}>
          New side
        </button>
      </div>
      {draft && <SideForm key={draft.id ?? 'new'} draft={draft} speakers={speakers} onSave={(d) => void save(d)} onCancel={() => setDraft(null)} />}
      {sides.length === 0 && !draft && <p className="muted small">Name a side (a government, a camp) and pick the people and institutions on it: each side becomes a column.</p>}
      <ul className="side-list">
        {sides.map((side) => (
          <li key={side.id} className="side">
            <label className="side-name">
              <input type="checkbox" checked={shown.has(side.id)} onChange={() => onToggle(side.id)} aria-label={`Show ${side.name}`} />
              {side.name}
            </label>
            <span className="side-actions">
              <button type="button" className="link-btn" onClick={() => setDraft({ id: side.id, name: side.name, members: side.members, entities: side.entities })}>
                Edit
              </button>
              <button type="button" className="link-btn danger" onClick={() => void remove(side)} aria-label={`Delete side ${side.name}`}>
                Delete
              </button>
            </span>
            <div className="side-members muted small">{[...side.entities.map((e) => e.name), ...side.members].join(', ') || 'no one yet'}</div>
          </li>
        ))}
      </ul>
      {sides.length > 0 && unassigned.length > 0 && (
        <p className="muted small side-unassigned" title={unassigned.map((s) => s.name).join(', ')}>
          On no side: {unassigned.length} speaker{unassigned.length === 1 ? '' : 's'}
        </p>
      )}
    </aside>
  );
}
