// The claims of the open article, below the text: select, confirm, reject, cite, and change a
// speaker (with completion from the merged entities). Keys come from the command registry
// (ReaderPane registers them); this list is the "claims" context.
import { useEffect, useRef, useState, type JSX } from 'react';
import type { Claim, EntitySummary } from '../../../src-main/api/contract/methods';
import { api } from '../../api/client';
import { shortcutLabel } from '../../components/platform';
import { startClaimDrag } from '../../components/claimDrag';
import { openEntity } from '../../components/entityEvents';
import { useLongList } from '../../components/useLongList';

const KIND_LABEL: Record<Claim['kind'], string> = { direct: 'direct quote', indirect: 'reported speech' };

interface PanelProps {
  claims: Claim[];
  activeClaimId: number | null;
  /** The speaker colour class of a claim (distinct speakers, distinct colours). */
  colour: (c: Claim) => string;
  /** The claim whose speaker is being edited (S), or null. */
  editing: number | null;
  onEditing: (id: number | null) => void;
  onSelect: (c: Claim) => void;
  onCite: (c: Claim) => void;
  onReview: (id: number, change: { status?: Claim['status']; speaker?: string | null }) => Promise<void>;
  onCreate: () => void;
}

export function ClaimsPanel({ claims, activeClaimId, colour, editing, onEditing: setEditing, onSelect, onCite, onReview, onCreate }: PanelProps): JSX.Element {
  // Thousands of claims render only the rows in view; the selected one is scrolled to.
  const list = useRef<HTMLUListElement>(null);
  const long = useLongList(claims, list, { estimate: 56, threshold: 200, key: (c) => c.id });
  const activeIndex = claims.findIndex((c) => c.id === activeClaimId);
  const { scrollTo } = long;
  useEffect(() => {
    if (activeIndex >= 0) scrollTo(activeIndex);
  }, [activeIndex, scrollTo]);
  const confirm = (c: Claim): void => void onReview(c.id, { status: c.status === 'confirmed' ? 'suggested' : 'confirmed' });
  const reject = (c: Claim): void => void onReview(c.id, { status: c.status === 'rejected' ? 'suggested' : 'rejected' });
  return (
    <section className="claims" aria-label="Claims">
      <header className="claims-head">
        <h2>Claims</h2>
        <span className="muted">
          {claims.length} · ↑↓ select · Enter or {shortcutLabel('Mod+Shift+C')} cite · Y confirm · X reject · S speaker · E span
        </span>
        <button type="button" className="btn small" onMouseDown={(e) => e.preventDefault()} onClick={onCreate} title={`Make the selected words a claim (${shortcutLabel('Mod+Shift+M')})`}>
          Claim from selection
        </button>
      </header>
      {claims.length === 0 ? (
        <p className="pane-empty small">No claims were found in this article. Select words in the text to add one.</p>
      ) : (
        <ul
          ref={list}
          className="claims-list"
          role="listbox"
          aria-label="Claims in this article"
          tabIndex={0}
          aria-activedescendant={activeClaimId !== null ? `claim-row-${activeClaimId}` : undefined}
          data-context="claims"
        >
          {long.before > 0 && <li role="presentation" aria-hidden="true" style={{ height: long.before }} />}
          {long.rows.map(({ item: c, index }) => (
            <li
              key={c.id}
              ref={long.measure}
              data-index={index}
              id={`claim-row-${c.id}`}
              role="option"
              aria-selected={c.id === activeClaimId}
              className={`claim-row${c.id === activeClaimId ? ' active' : ''} status-${c.status}`}
              data-claim-id={c.id}
              draggable={c.status !== 'rejected'}
              onDragStart={(e) => startClaimDrag(e.dataTransfer, c.id)}
              onClick={() => onSelect(c)}
            >
              <span className={`swatch ${colour(c)}`} aria-hidden="true" />
              <div className="claim-body">
                {c.kind === 'direct' ? <q className="claim-quote">{c.text}</q> : <span className="claim-quote indirect">{c.text}</span>}
                <div className="claim-meta">
                  {editing === c.id ? (
                    <SpeakerInput
                      initial={c.speaker ?? ''}
                      onDone={(value) => {
                        setEditing(null);
                        if (value !== null && value !== (c.speaker ?? '')) void onReview(c.id, { speaker: value || null });
                        document.querySelector<HTMLElement>('.claims-list')?.focus({ preventScroll: true });
                      }}
                    />
                  ) : (
                    <button type="button" className="claim-speaker link-like" title="Change the speaker (S)" onClick={() => setEditing(c.id)}>
                      {c.speaker ?? 'Unattributed'}
                    </button>
                  )}
                  {c.speakerEntity && (
                    <button type="button" className="claim-entity link-like" aria-label={`Entity page of ${c.speakerEntity.name}`} title="Everything this speaker said" onClick={(e) => (e.stopPropagation(), openEntity(c.speakerEntity?.id ?? null))}>
                      {' ◆'}
                    </button>
                  )}
                  <span className="muted"> · {KIND_LABEL[c.kind]}</span>
                  {c.status !== 'suggested' && <span className={`claim-status ${c.status}`}> · {c.status}</span>}
                </div>
              </div>
              <div className="claim-actions">
                <button type="button" className="btn small" aria-pressed={c.status === 'confirmed'} title="Confirm (Y)" aria-label={`Confirm claim ${c.id}`} onClick={(e) => (e.stopPropagation(), confirm(c))}>
                  ✓
                </button>
                <button
                  type="button"
                  className="btn small"
                  aria-pressed={c.status === 'rejected'}
                  title={c.status === 'rejected' ? 'Restore (X)' : 'Reject (X)'}
                  aria-label={`${c.status === 'rejected' ? 'Restore' : 'Reject'} claim ${c.id}`}
                  onClick={(e) => (e.stopPropagation(), reject(c))}
                >
                  {c.status === 'rejected' ? '↺' : '✕'}
                </button>
                <button
                  type="button"
                  className="btn small"
                  disabled={c.status === 'rejected'}
                  title="Insert this claim as a citation in the open note"
                  onClick={(e) => {
                    e.stopPropagation();
                    onSelect(c);
                    onCite(c);
                  }}
                >
                  Cite
                </button>
              </div>
            </li>
          ))}
          {long.after > 0 && <li role="presentation" aria-hidden="true" style={{ height: long.after }} />}
        </ul>
      )}
    </section>
  );
}

/**
 * Inline speaker editor: completes from the merged entities (people and organisations), ↑ ↓
 * choose, Enter or Tab takes the chosen one (or what is typed), Escape cancels (null); an empty
 * name means unattributed.
 */
function SpeakerInput({ initial, onDone }: { initial: string; onDone: (value: string | null) => void }): JSX.Element {
  const [value, setValue] = useState(initial);
  const [found, setFound] = useState<{ q: string; list: EntitySummary[] }>({ q: '', list: [] });
  const q = value.trim();
  const options = found.q === q && q.length >= 2 ? found.list : [];
  const [active, setActive] = useState(-1);
  const done = useRef(false);
  const finish = (v: string | null): void => {
    if (done.current) return;
    done.current = true;
    onDone(v);
  };
  useEffect(() => {
    if (q.length < 2) return;
    let live = true;
    const t = window.setTimeout(() => {
      api.call('entities.list', { q, limit: 8 }).then(
        (list) => {
          if (!live) return;
          setFound({ q, list: list.filter((e) => e.kind === 'person' || e.kind === 'organization') });
          setActive(-1);
        },
        () => undefined,
      );
    }, 80);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [q]);
  const chosen = active >= 0 ? options[active] : undefined;
  return (
    <span className="speaker-edit">
      <input
        className="speaker-input"
        aria-label="Speaker"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls="speaker-options"
        aria-activedescendant={chosen ? `speaker-option-${chosen.id}` : undefined}
        autoFocus
        // The current name is selected: typing replaces it, → keeps it.
        onFocus={(e) => e.currentTarget.select()}
        value={value}
        maxLength={300}
        onChange={(e) => setValue(e.target.value)}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'ArrowDown' && options.length) setActive((i) => Math.min(i + 1, options.length - 1));
          else if (e.key === 'ArrowUp' && options.length) setActive((i) => Math.max(i - 1, -1));
          else if (e.key === 'Enter') finish(chosen ? chosen.name : value.trim());
          else if (e.key === 'Tab' && chosen) finish(chosen.name);
          else if (e.key === 'Escape') finish(null);
          else return;
          e.preventDefault();
        }}
        onBlur={() => finish(null)}
      />
      {options.length > 0 && (
        <ul className="speaker-options" id="speaker-options" role="listbox" aria-label="Entities">
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`speaker-option-${o.id}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                finish(o.name);
              }}
            >
              {o.name} <span className="muted small">· {o.kind === 'person' ? 'person' : 'organisation'} · {o.claims} claim{o.claims === 1 ? '' : 's'}</span>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
