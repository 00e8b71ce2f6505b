// Stance matrix (Analysis of Competing Hypotheses): propositions × sides, each cell the claims
// that support or deny the proposition, with their grades. The analyst writes the
// propositions, files claims as evidence for or against, and grades them.
import { useCallback, useEffect, useMemo, useState, type JSX } from 'react';
import type { ClaimBrief, MethodInput, Proposition, StanceMatrix, Stance } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import type { CitedTable } from '../../components/citedTable';
import { speakerClass } from '../../components/speaker';
import { GradeBadges } from './ClaimCard';
import { claimMeta } from './format';
import { GradeDialog } from './GradeDialog';
import { narrowMatrix } from './narrow';
import { useTabFilter } from './tabFilter';
import { matrixTable } from './tables';
import type { CompareData } from './useCompareData';

interface Props {
  data: CompareData;
  shown: ReadonlySet<number>;
  onOpen: (articleId: number, claimId: number) => void;
  onInsert: (table: CitedTable) => void;
  onError: (message: string) => void;
  onStatus: (message: string) => void;
}

function EvidencePicker({ data, proposition, onSet, onClose }: { data: CompareData; proposition: Proposition; onSet: (claimId: number, stance: Stance | null) => void; onClose: () => void }): JSX.Element {
  const [filter, setFilter] = useState('');
  const stanceOf = new Map(proposition.evidence.map((e) => [e.claimId, e.stance]));
  const shownClaims = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return data.claims.filter((c) => words.every((w) => `${c.text} ${c.speaker ?? ''}`.toLowerCase().includes(w))).slice(0, 200);
  }, [data.claims, filter]);
  return (
    <div
      className="evidence-picker"
      role="dialog"
      aria-label={`Evidence for “${proposition.text}”`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="cmp-toolbar">
        <input className="cmp-input grow" aria-label="Find claims" placeholder="Find claims by words or speaker…" value={filter} onChange={(e) => setFilter(e.target.value)} autoFocus />
        <button type="button" className="btn small" onClick={onClose}>
          Done
        </button>
      </div>
      <ul className="evidence-list">
        {shownClaims.map((c) => {
          const stance = stanceOf.get(c.id) ?? null;
          return (
            <li key={c.id} className={stance ? `ev-${stance}` : ''}>
              <span className={`cmp-speaker ${speakerClass(c.speaker)}`}>{c.speaker ?? 'unattributed'}</span>
              <span className="ev-text">“{c.text}”</span>
              <span className="ev-buttons" role="group" aria-label="Stance">
                <button type="button" className="btn small" aria-pressed={stance === 'supports'} onClick={() => onSet(c.id, stance === 'supports' ? null : 'supports')}>
                  Supports
                </button>
                <button type="button" className="btn small" aria-pressed={stance === 'denies'} onClick={() => onSet(c.id, stance === 'denies' ? null : 'denies')}>
                  Denies
                </button>
              </span>
            </li>
          );
        })}
        {shownClaims.length === 0 && <li className="muted">No claim matches.</li>}
      </ul>
    </div>
  );
}

function Evidence({ claim, stance, onOpen, onGrade, onRemove }: { claim: ClaimBrief; stance: Stance; onOpen: () => void; onGrade: () => void; onRemove: () => void }): JSX.Element {
  return (
    <li className={`ev ev-${stance}`} data-claim-id={claim.id}>
      <span className="ev-sign" aria-label={stance}>
        {stance === 'supports' ? '+' : '−'}
      </span>
      <span className="ev-body">
        <button type="button" className="ev-quote" title={`${claim.text}\n— open in the reader`} onClick={onOpen}>
          “{claim.text}”
        </button>
        <span className="ev-meta">
          <span className={`cmp-speaker ${speakerClass(claim.speaker)}`}>{claim.speaker ?? 'unattributed'}</span> <span className="muted">{claimMeta(claim)}</span>{' '}
          <GradeBadges claim={claim} onClick={onGrade} />
          <button type="button" className="rel-x" aria-label="Remove from the evidence" title="Remove from the evidence" onClick={onRemove}>
            ×
          </button>
        </span>
      </span>
    </li>
  );
}

export function MatrixTab({ data, shown, onOpen, onInsert, onError, onStatus }: Props): JSX.Element {
  const [matrix, setMatrix] = useState<StanceMatrix | null>(null);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: number; text: string } | null>(null);
  const [picking, setPicking] = useState<number | null>(null);
  const [q, setQ] = useTabFilter('matrix');
  const [grading, setGrading] = useState<ClaimBrief | null>(null);
  const sideIds = useMemo(() => (data.sides ?? []).filter((s) => shown.has(s.id)).map((s) => s.id), [data.sides, shown]);

  const fetchMatrix = useCallback(
    () =>
      api.call('compare.matrix', sideIds.length ? { sideIds } : {}).catch((err: unknown) => {
        onError(`Could not build the stance matrix: ${errorMessage(err)}`);
        return null;
      }),
    [sideIds, onError],
  );
  const load = useCallback(async () => {
    const m = await fetchMatrix();
    if (m) setMatrix(m);
  }, [fetchMatrix]);

  useEffect(() => {
    let live = true;
    void fetchMatrix().then((m) => live && m && setMatrix(m));
    return () => {
      live = false;
    };
  }, [fetchMatrix]);

  const run = async (what: string, call: () => Promise<unknown>): Promise<void> => {
    try {
      await call();
      await load();
    } catch (err) {
      onError(`Could not ${what}: ${errorMessage(err)}`);
    }
  };

  const add = (): void => {
    const text = draft.trim();
    if (!text) return;
    void run('add the proposition', async () => {
      await api.call('propositions.save', { text });
      setDraft('');
    });
  };
  const setStance = (propositionId: number, claimId: number, stance: Stance | null): void =>
    void run('file the evidence', () => api.call('stances.set', { propositionId, claimId, stance }));
  const saveGrades = (input: MethodInput<'grades.set'>): void =>
    void run('save the grades', async () => {
      await api.call('grades.set', input);
      setGrading(null);
      onStatus('Grades saved');
    });

  // Narrowed to the propositions whose words, or whose evidence's words or speakers, match: the
  // filter stays with the tab, and Insert takes exactly the rows shown.
  const shownMatrix = useMemo(() => (matrix ? narrowMatrix(matrix, q) : null), [matrix, q]);
  const propositions = shownMatrix?.propositions ?? [];
  const picked = (matrix?.propositions ?? []).find((p) => p.id === picking) ?? null;
  const cols = matrix?.sides.length ?? 0;

  return (
    <div className="cmp-matrix">
      <div className="cmp-toolbar">
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <input className="cmp-input wide" aria-label="New proposition" placeholder="A proposition to weigh, e.g. “The closure was planned”" value={draft} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" className="btn small" disabled={!draft.trim()}>
            Add proposition
          </button>
        </form>
        <input className="cmp-input" aria-label="Narrow to propositions matching" placeholder="Narrow: words in the propositions…" value={q} onChange={(e) => setQ(e.target.value)} />
        <span className="muted small">+ supports · − denies · grade: source reliability A–F, credibility 1–6</span>
        <button type="button" className="btn small" style={{ marginLeft: 'auto' }} disabled={!shownMatrix || propositions.length === 0 || cols === 0} onClick={() => shownMatrix && onInsert(matrixTable(shownMatrix))}>
          Insert into note
        </button>
      </div>
      {picked && <EvidencePicker data={data} proposition={picked} onSet={(claimId, stance) => setStance(picked.id, claimId, stance)} onClose={() => setPicking(null)} />}
      {!matrix ? (
        <div className="cmp-empty">Building the matrix…</div>
      ) : cols === 0 ? (
        <div className="cmp-empty">
          <p>No sides yet.</p>
          <p className="muted small">Create sides in the Compare tab: each becomes a column here.</p>
        </div>
      ) : propositions.length === 0 && q.trim() ? (
        <div className="cmp-empty">
          <p>No proposition matches “{q.trim()}”.</p>
        </div>
      ) : propositions.length === 0 ? (
        <div className="cmp-empty">
          <p>No propositions yet.</p>
          <p className="muted small">Write the statements of fact you weigh above, then file claims as evidence that supports or denies each.</p>
        </div>
      ) : (
        <table className="matrix" aria-label="Stance matrix">
          <thead>
            <tr>
              <th className="matrix-prop">Proposition</th>
              {matrix.sides.map((s) => (
                <th key={s.id}>{s.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {propositions.map((p, i) => (
              <tr key={p.id}>
                <th className="matrix-prop" scope="row">
                  {editing?.id === p.id ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        const text = editing.text.trim();
                        if (text) void run('rename the proposition', () => api.call('propositions.save', { id: p.id, text }));
                        setEditing(null);
                      }}
                    >
                      <input
                        className="cmp-input grow"
                        aria-label="Proposition"
                        value={editing.text}
                        onChange={(e) => setEditing({ id: p.id, text: e.target.value })}
                        onKeyDown={(e) => {
                          if (e.key === 'Escape') {
                            e.stopPropagation();
                            setEditing(null);
                          }
                        }}
                        autoFocus
                      />
                    </form>
                  ) : (
                    <span className="prop-text" onDoubleClick={() => setEditing({ id: p.id, text: p.text })}>
                      {p.text}
                    </span>
                  )}
                  <span className="prop-actions">
                    <button type="button" className="link-btn" onClick={() => setPicking(p.id)}>
                      Evidence… <span className="muted">({p.evidence.length})</span>
                    </button>
                    <button type="button" className="link-btn" onClick={() => setEditing({ id: p.id, text: p.text })}>
                      Edit
                    </button>
                    <button type="button" className="link-btn danger" onClick={() => void run('delete the proposition', () => api.call('propositions.delete', { id: p.id }))}>
                      Delete
                    </button>
                  </span>
                </th>
                {matrix.sides.map((s, j) => {
                  const cell = shownMatrix?.cells[i]?.[j];
                  const empty = !cell || (cell.supports.length === 0 && cell.denies.length === 0);
                  return (
                    <td key={s.id} className={empty ? 'matrix-none' : ''}>
                      {empty ? (
                        <span className="muted small">none</span>
                      ) : (
                        <ul className="ev-list">
                          {(['supports', 'denies'] as const).flatMap((stance) =>
                            cell[stance].map((c) => (
                              <Evidence
                                key={`${stance}-${c.id}`}
                                claim={c}
                                stance={stance}
                                onOpen={() => onOpen(c.articleId, c.id)}
                                onGrade={() => setGrading(c)}
                                onRemove={() => setStance(p.id, c.id, null)}
                              />
                            )),
                          )}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {grading && <GradeDialog claim={grading} onSave={saveGrades} onCancel={() => setGrading(null)} />}
    </div>
  );
}
