// Suggested conflicts, best first: both exact quotes, who, where, when, the score and the reason.
// j/k move, A accepts (as a relation of the chosen kind, with a rationale), R rejects; both are
// review decisions, so Mod+Z undoes them (the list is read again after every undo or redo).
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import type { ConflictSuggestion, RelationKind } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import { onDecisionChange } from '../../commands/decisionEvents';
import { useCommands } from '../../commands/useCommands';
import { shortcutLabel } from '../../components/platform';
import { ClaimCard } from './ClaimCard';
import { RELATION_KINDS, relationLabel } from './format';

interface Props {
  onOpen: (articleId: number, claimId: number) => void;
  onError: (message: string) => void;
  onStatus: (message: string) => void;
  /** Bumped when relations change elsewhere (reload the list). */
  onRelationsChange: () => void;
}

const pairKey = (s: ConflictSuggestion): string => `${s.a.id}-${s.b.id}`;

export function SuggestionsTab({ onOpen, onError, onStatus, onRelationsChange }: Props): JSX.Element {
  const [list, setList] = useState<ConflictSuggestion[] | null>(null);
  const [active, setActive] = useState(0);
  const [accepting, setAccepting] = useState(false);
  const [kind, setKind] = useState<RelationKind>('contradicts');
  const [rationale, setRationale] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const rationaleRef = useRef<HTMLInputElement>(null);

  const fetchList = useCallback(
    () =>
      api.call('conflicts.suggest', { limit: 200 }).catch((err: unknown) => {
        onError(`Could not suggest conflicts: ${errorMessage(err)}`);
        return [];
      }),
    [onError],
  );
  const load = useCallback(async () => setList(await fetchList()), [fetchList]);

  useEffect(() => {
    let live = true;
    void fetchList().then((l) => live && setList(l));
    return () => {
      live = false;
    };
  }, [fetchList]);

  // An undo or redo (anywhere) may bring a suggestion back or take one away.
  useEffect(() => onDecisionChange(() => void load()), [load]);

  useEffect(() => {
    listRef.current?.querySelector('.sugg[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const current = list?.[active];

  const remove = (s: ConflictSuggestion): number => {
    const index = list?.findIndex((x) => pairKey(x) === pairKey(s)) ?? -1;
    setList((l) => (l ?? []).filter((x) => pairKey(x) !== pairKey(s)));
    setActive((i) => Math.max(0, Math.min(i, (list?.length ?? 1) - 2)));
    return index;
  };

  const reject = async (s: ConflictSuggestion | undefined): Promise<void> => {
    if (!s) return;
    setAccepting(false);
    try {
      await api.call('conflicts.reject', { a: s.a.id, b: s.b.id });
      remove(s);
      onStatus(`Rejected: ${s.a.speaker ?? 'unattributed'} against ${s.b.speaker ?? 'unattributed'} · ${shortcutLabel('Mod+Z')} undoes`);
    } catch (err) {
      onError(`Could not reject the suggestion: ${errorMessage(err)}`);
    }
  };

  const accept = async (s: ConflictSuggestion | undefined): Promise<void> => {
    if (!s) return;
    try {
      // Without the analyst's words the service keeps the suggestion's reason as the rationale.
      const why = rationale.trim();
      const relation = await api.call('conflicts.accept', { a: s.a.id, b: s.b.id, kind, ...(why ? { rationale: why } : {}) });
      remove(s);
      setAccepting(false);
      setRationale('');
      onStatus(`Accepted: ${s.a.speaker ?? 'unattributed'} ${relationLabel(relation.kind)} ${s.b.speaker ?? 'unattributed'} · ${shortcutLabel('Mod+Z')} undoes`);
      onRelationsChange();
      listRef.current?.focus();
    } catch (err) {
      onError(`Could not accept the suggestion: ${errorMessage(err)}`);
    }
  };

  const openAccept = (): void => {
    if (!current) return;
    setAccepting(true);
    window.setTimeout(() => rationaleRef.current?.focus(), 0);
  };

  const some = (): boolean => (list?.length ?? 0) > 0 && !accepting;
  useCommands([
    { id: 'suggestion-next', enabled: some, run: () => setActive((i) => Math.min(i + 1, (list?.length ?? 1) - 1)) },
    { id: 'suggestion-previous', enabled: some, run: () => setActive((i) => Math.max(i - 1, 0)) },
    { id: 'suggestion-accept', enabled: some, run: openAccept },
    { id: 'suggestion-reject', enabled: some, run: () => void reject(current) },
    { id: 'suggestion-open', enabled: some, run: () => current && onOpen(current.a.articleId, current.a.id) },
  ]);

  if (list === null) return <div className="cmp-empty">Looking for conflicting statements…</div>;

  return (
    <div className="cmp-suggestions">
      <div className="cmp-toolbar">
        <span className="muted small">
          {list.length} suggestion{list.length === 1 ? '' : 's'} · <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>A</kbd> accept · <kbd>R</kbd> reject ·{' '}
          <kbd>O</kbd> open · <kbd>{shortcutLabel('Mod+Z')}</kbd> undo
        </span>
        <button type="button" className="btn small" onClick={() => void load()} style={{ marginLeft: 'auto' }}>
          Refresh
        </button>
      </div>
      {list.length === 0 ? (
        <div className="cmp-empty">
          <p>No suggested conflicts.</p>
          <p className="muted small">Suggestions come from claims about the same fact that differ in negation, numbers, dates or framing. Import more articles, or relate claims by hand in Compare.</p>
        </div>
      ) : (
        <ol
          ref={listRef}
          className="sugg-list"
          tabIndex={0}
          role="listbox"
          aria-label="Suggested conflicts"
          aria-activedescendant={current ? `sugg-${pairKey(current)}` : undefined}
          data-autofocus
        >
          {list.map((s, i) => (
            <li
              key={pairKey(s)}
              id={`sugg-${pairKey(s)}`}
              role="option"
              aria-selected={i === active}
              className="sugg"
              onMouseDown={() => setActive(i)}
            >
              <div className="sugg-head">
                <span className="sugg-score" title="Score (0–1)">
                  {s.score.toFixed(2)}
                </span>
                {s.signals.map((sig) => (
                  <span key={sig} className={`sugg-signal sig-${sig}`}>
                    {sig}
                  </span>
                ))}
                <span className="sugg-reason">{s.reason}</span>
              </div>
              <div className="sugg-pair">
                <ClaimCard claim={s.a} onOpen={onOpen} />
                <ClaimCard claim={s.b} onOpen={onOpen} />
              </div>
              {i === active && (
                <div className="sugg-actions">
                  {accepting ? (
                    <form
                      className="sugg-accept"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void accept(s);
                      }}
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') {
                          e.stopPropagation();
                          setAccepting(false);
                          listRef.current?.focus();
                        }
                      }}
                    >
                      <span className="kind-pick" role="radiogroup" aria-label="Relation">
                        {RELATION_KINDS.map((k) => (
                          <label key={k.kind} className={kind === k.kind ? 'on' : ''}>
                            <input type="radio" name="kind" value={k.kind} checked={kind === k.kind} onChange={() => setKind(k.kind)} />
                            {k.label}
                          </label>
                        ))}
                      </span>
                      <input ref={rationaleRef} className="cmp-input grow" aria-label="Rationale" placeholder="Rationale (optional: the suggestion’s reason is kept otherwise)" value={rationale} onChange={(e) => setRationale(e.target.value)} />
                      <button type="submit" className="btn small primary">
                        Accept
                      </button>
                      <button type="button" className="btn small" onClick={() => setAccepting(false)}>
                        Cancel
                      </button>
                    </form>
                  ) : (
                    <>
                      <button type="button" className="btn small primary" onClick={openAccept}>
                        Accept… <kbd>A</kbd>
                      </button>
                      <button type="button" className="btn small" onClick={() => void reject(s)}>
                        Reject <kbd>R</kbd>
                      </button>
                      {s.shared.length > 0 && <span className="muted small">shared: {s.shared.join(', ')}</span>}
                    </>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
