// The sides the analyst names (Washington, Moscow…) and the speakers on each, picked from the
// speakers present in the claims. A side is shown as a column when ticked.
import { useMemo, useState, type JSX } from 'react';
import type { Side } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import type { SpeakerCount } from './useCompareData';

interface Props {
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
  members: string[];
}

/** Does a speaker belong to a side (the service's rule: case-insensitive, part of the name)? */
export function onSide(speaker: string, members: readonly string[]): boolean {
  const s = speaker.toLowerCase();
  return members.some((m) => s.includes(m.toLowerCase()));
}

function SideForm({ draft, speakers, onSave, onCancel }: { draft: Draft; speakers: SpeakerCount[]; onSave: (d: Draft) => void; onCancel: () => void }): JSX.Element {
  const [name, setName] = useState(draft.name);
  const [members, setMembers] = useState<string[]>(draft.members);
  const [filter, setFilter] = useState('');
  const shownSpeakers = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return speakers.filter((s) => !f || s.name.toLowerCase().includes(f));
  }, [speakers, filter]);
  const toggle = (m: string): void => setMembers((ms) => (ms.includes(m) ? ms.filter((x) => x !== m) : [...ms, m]));
  // A typed member that is not a known speaker (an organisation's name part, say) can be added too.
  const extra = filter.trim() && !speakers.some((s) => s.name.toLowerCase() === filter.trim().toLowerCase()) ? filter.trim() : null;
  return (
    <form
      className="side-form"
      aria-label={draft.id ? `Edit side ${draft.name}` : 'New side'}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onSave({ id: draft.id, name: name.trim(), members });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <input className="cmp-input" aria-label="Side name" placeholder="Side name (e.g. a capital)" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      <input className="cmp-input" aria-label="Filter speakers" placeholder="Filter speakers…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <ul className="side-speakers" aria-label="Speakers">
        {members
          .filter((m) => !speakers.some((s) => s.name === m))
          .map((m) => (
            <li key={`m-${m}`}>
              <label>
                <input type="checkbox" checked onChange={() => toggle(m)} /> {m} <span className="muted small">(name part)</span>
              </label>
            </li>
          ))}
        {shownSpeakers.map((s) => (
          <li key={s.name}>
            <label>
              <input type="checkbox" checked={members.includes(s.name)} onChange={() => toggle(s.name)} /> {s.name}{' '}
              <span className="muted small">{s.claims}</span>
            </label>
          </li>
        ))}
        {extra && (
          <li>
            <button type="button" className="link-btn" onClick={() => (toggle(extra), setFilter(''))}>
              Add “{extra}” as a name part
            </button>
          </li>
        )}
      </ul>
      <div className="row-end">
        <span className="muted small">{members.length} selected</span>
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

export function SidesEditor({ sides, speakers, shown, onToggle, onChange, onError }: Props): JSX.Element {
  const [draft, setDraft] = useState<Draft | null>(null);

  const save = async (d: Draft): Promise<void> => {
    try {
      await api.call('sides.save', { ...(d.id ? { id: d.id } : { position: sides.length }), name: d.name, members: d.members });
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

  const unassigned = speakers.filter((s) => !sides.some((side) => onSide(s.name, side.members)));

  return (
    <aside className="sides" aria-label="Sides">
      <div className="sides-head">
        <h3>Sides</h3>
        <button type="button" className="btn small" onClick={() => setDraft({ name: '', members: [] })}>
          New side
        </button>
      </div>
      {draft && <SideForm key={draft.id ?? 'new'} draft={draft} speakers={speakers} onSave={(d) => void save(d)} onCancel={() => setDraft(null)} />}
      {sides.length === 0 && !draft && <p className="muted small">Name a side (a government, a camp) and pick the speakers on it: each side becomes a column.</p>}
      <ul className="side-list">
        {sides.map((side) => (
          <li key={side.id} className="side">
            <label className="side-name">
              <input type="checkbox" checked={shown.has(side.id)} onChange={() => onToggle(side.id)} aria-label={`Show ${side.name}`} />
              {side.name}
            </label>
            <span className="side-actions">
              <button type="button" className="link-btn" onClick={() => setDraft({ id: side.id, name: side.name, members: side.members })}>
                Edit
              </button>
              <button type="button" className="link-btn danger" onClick={() => void remove(side)} aria-label={`Delete side ${side.name}`}>
                Delete
              </button>
            </span>
            <div className="side-members muted small">{side.members.join(', ') || 'no speakers yet'}</div>
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
