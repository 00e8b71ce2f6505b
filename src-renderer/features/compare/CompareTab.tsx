// Columns by side, rows aligned by topic; each claim with its exact quote, speaker, outlet, date
// and a link into the reader. Drag a claim onto another (or "Relate…" then pick one) to relate
// them; relations show on both claims.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type JSX } from 'react';
import { useCommands } from '../../commands/useCommands';
import type { ClaimBrief, ClaimRelation, CompareView, RelationKind } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import type { CitedTable } from '../../components/citedTable';
import { ClaimCard } from './ClaimCard';
import { relationLabel } from './format';
import { RelationDialog } from './RelationDialog';
import { SidesEditor } from './SidesEditor';
import { compareTable } from './tables';
import { useTabFilter } from './tabFilter';
import type { CompareData } from './useCompareData';

const DRAG_MIME = 'application/x-quire-compare-claim';

interface Props {
  data: CompareData;
  shown: ReadonlySet<number>;
  onToggleSide: (id: number) => void;
  onOpen: (articleId: number, claimId: number) => void;
  onInsert: (table: CitedTable) => void;
  onError: (message: string) => void;
  onStatus: (message: string) => void;
}

/** Relations of each claim, from either end. */
function relationsByClaim(relations: readonly ClaimRelation[]): Map<number, { relation: ClaimRelation; other: ClaimBrief }[]> {
  const map = new Map<number, { relation: ClaimRelation; other: ClaimBrief }[]>();
  const add = (id: number, relation: ClaimRelation, other: ClaimBrief): void => {
    map.set(id, [...(map.get(id) ?? []), { relation, other }]);
  };
  for (const r of relations) {
    add(r.a.id, r, r.b);
    add(r.b.id, r, r.a);
  }
  return map;
}

export function CompareTab({ data, shown, onToggleSide, onOpen, onInsert, onError, onStatus }: Props): JSX.Element {
  // The view with the filter and sides it was made for: Insert takes exactly what is shown.
  const [shownView, setView] = useState<{ view: CompareView; key: string } | null>(null);
  const [q, setQ] = useTabFilter('compare');
  const [picking, setPicking] = useState<ClaimBrief | null>(null);
  const [relating, setRelating] = useState<{ a: ClaimBrief; b: ClaimBrief } | null>(null);
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const sideIds = useMemo(() => (data.sides ?? []).filter((s) => shown.has(s.id)).map((s) => s.id), [data.sides, shown]);
  const wanted = `${sideIds.join(',')}|${q.trim()}`;
  const view = shownView?.view ?? null;
  const current = shownView?.key === wanted;

  const load = useCallback(async () => {
    if (sideIds.length === 0) {
      setView(null);
      return;
    }
    try {
      const key = `${sideIds.join(',')}|${q.trim()}`;
      setView({ view: await api.call('compare.view', { sideIds, ...(q.trim() ? { q: q.trim() } : {}) }), key });
    } catch (err) {
      onError(`Could not build the compare view: ${errorMessage(err)}`);
    }
  }, [sideIds, q, onError]);

  useEffect(() => {
    const t = window.setTimeout(() => void load(), 120);
    return () => window.clearTimeout(t);
  }, [load, data.relations, data.sides]);

  const byClaim = useMemo(() => relationsByClaim(data.relations), [data.relations]);
  const claimsById = useMemo(() => new Map((view?.rows ?? []).flatMap((r) => r.cells.flat()).map((c) => [c.id, c])), [view]);

  const relate = async (kind: RelationKind, rationale: string | null): Promise<void> => {
    if (!relating) return;
    try {
      await api.call('relations.create', { a: relating.a.id, b: relating.b.id, kind, rationale });
      onStatus(`Related: ${relating.a.speaker ?? 'unattributed'} ${relationLabel(kind)} ${relating.b.speaker ?? 'unattributed'}`);
      setRelating(null);
      await data.reloadRelations();
    } catch (err) {
      onError(`Could not relate the claims: ${errorMessage(err)}`);
    }
  };

  const unrelate = async (id: number): Promise<void> => {
    try {
      await api.call('relations.delete', { id });
      await data.reloadRelations();
    } catch (err) {
      onError(`Could not remove the relation: ${errorMessage(err)}`);
    }
  };

  const dragStart = (e: DragEvent, claim: ClaimBrief): void => {
    e.dataTransfer.setData(DRAG_MIME, String(claim.id));
    e.dataTransfer.effectAllowed = 'link';
  };
  const dragOver = (e: DragEvent, claim: ClaimBrief): void => {
    if (![...e.dataTransfer.types].includes(DRAG_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'link';
    setDropTarget(claim.id);
  };
  const drop = (e: DragEvent, claim: ClaimBrief): void => {
    setDropTarget(null);
    const from = claimsById.get(Number(e.dataTransfer.getData(DRAG_MIME)));
    if (!from || from.id === claim.id) return;
    e.preventDefault();
    setRelating({ a: from, b: claim });
  };
  const pick = (claim: ClaimBrief): void => {
    if (!picking) return;
    if (picking.id !== claim.id) setRelating({ a: picking, b: claim });
    setPicking(null);
  };

  const narrowInput = useRef<HTMLInputElement>(null);
  const [newSide, setNewSide] = useState(0);
  useCommands([
    { id: 'compare-narrow', run: () => narrowInput.current?.focus() },
    { id: 'compare-new-side', run: () => setNewSide((n) => n + 1) },
    {
      id: 'compare-insert',
      enabled: () => !!view && current && view.rows.length > 0,
      run: () => view && current && onInsert(compareTable(view)),
    },
  ]);

  const cols = view ? view.sides.length : 0;
  return (
    <div className="cmp-compare">
      <SidesEditor newSide={newSide} sides={data.sides ?? []} speakers={data.speakers} shown={shown} onToggle={onToggleSide} onChange={data.reloadSides} onError={onError} />
      <div className="cmp-main">
        <div className="cmp-toolbar">
          <input ref={narrowInput} className="cmp-input" aria-label="Narrow to claims matching" placeholder="Narrow: words in the claims…" value={q} onChange={(e) => setQ(e.target.value)} />
          {picking ? (
            <span className="cmp-picking" role="status">
              Pick the claim to relate to “{picking.text.slice(0, 40)}…”{' '}
              <button type="button" className="btn small" onClick={() => setPicking(null)}>
                Cancel
              </button>
            </span>
          ) : (
            <span className="muted small">Drag a claim onto another to relate them.</span>
          )}
          {view && (
            <span className="muted small">
              {view.rows.length} topic{view.rows.length === 1 ? '' : 's'}
              {view.unassigned > 0 ? ` · ${view.unassigned} claims by speakers on no side left out` : ''}
            </span>
          )}
          <button type="button" className="btn small" style={{ marginLeft: 'auto' }} disabled={!view || !current || view.rows.length === 0} onClick={() => view && current && onInsert(compareTable(view))}>
            Insert into note
          </button>
        </div>
        {sideIds.length === 0 ? (
          <div className="cmp-empty">
            <p>{(data.sides ?? []).length === 0 ? 'No sides yet.' : 'No side is shown.'}</p>
            <p className="muted small">Create two sides on the left (say, two capitals) and pick the speakers on each: their claims line up here, row by row by topic.</p>
          </div>
        ) : !view ? (
          <div className="cmp-empty">Lining up the claims…</div>
        ) : view.rows.length === 0 ? (
          <div className="cmp-empty">No claims by the speakers on these sides{q.trim() ? ' match' : ''}.</div>
        ) : (
          <div className="cmp-grid" role="table" aria-label="Compare view" style={{ gridTemplateColumns: `minmax(110px, 150px) repeat(${cols}, minmax(0, 1fr))` }}>
            <div className="cmp-grid-head" role="row">
              <div role="columnheader" className="cmp-topic-head">
                Topic
              </div>
              {view.sides.map((s) => (
                <div key={s.id} role="columnheader" className="cmp-side-head">
                  {s.name}
                </div>
              ))}
            </div>
            {view.rows.map((row, r) => (
              <div key={`${row.topic}-${r}`} className="cmp-row" role="row">
                <div role="rowheader" className="cmp-topic">
                  {row.topic}
                  {row.relations.length > 0 && (
                    <div className="cmp-row-rel">
                      {row.relations.map((rel) => (
                        <span key={`${rel.a}-${rel.b}`} className={`rel-kind rel-${rel.kind}`}>
                          {relationLabel(rel.kind)}
                        </span>
                      ))}
                    </div>
                  )}
                </div>
                {row.cells.map((cell, s) => (
                  <div key={s} role="cell" className="cmp-cell">
                    {cell.length === 0 && <span className="muted small">—</span>}
                    {cell.map((claim) => (
                      <div
                        key={claim.id}
                        draggable
                        onDragStart={(e) => dragStart(e, claim)}
                        onDragOver={(e) => dragOver(e, claim)}
                        onDragLeave={() => setDropTarget(null)}
                        onDrop={(e) => drop(e, claim)}
                        onClickCapture={(e) => {
                          if (!picking) return;
                          e.stopPropagation();
                          pick(claim);
                        }}
                        className={`cmp-drag${dropTarget === claim.id ? ' drop' : ''}${picking ? ' pickable' : ''}`}
                      >
                        <ClaimCard
                          claim={claim}
                          onOpen={onOpen}
                          compact
                          actions={
                            <button type="button" className="link-btn cmp-relate" onClick={() => setPicking(claim)}>
                              Relate…
                            </button>
                          }
                        >
                          <div className="cmp-rels">
                            {(byClaim.get(claim.id) ?? []).map(({ relation, other }) => (
                              <span key={relation.id} className={`rel-chip rel-${relation.kind}`} title={relation.rationale ?? undefined}>
                                {relationLabel(relation.kind)} · {other.speaker ?? 'unattributed'}: “{other.text.slice(0, 36)}
                                {other.text.length > 36 ? '…' : ''}”
                                <button type="button" className="rel-x" aria-label="Remove relation" onClick={() => void unrelate(relation.id)}>
                                  ×
                                </button>
                              </span>
                            ))}
                          </div>
                        </ClaimCard>
                      </div>
                    ))}
                  </div>
                ))}
              </div>
            ))}
          </div>
        )}
      </div>
      {relating && <RelationDialog a={relating.a} b={relating.b} onSave={(k, r) => void relate(k, r)} onCancel={() => setRelating(null)} />}
    </div>
  );
}
