// The compare view, the stance matrix and the timeline as cited tables for a note: every claim
// becomes a real citation (the note checks and exports it), with speaker and date beside it.
import type { ClaimBrief, CompareView, StanceMatrix, TimelineEntry } from '../../../src-main/api/contract/methods';
import { textCell, type CitedCell, type CitedRun, type CitedTable } from '../../components/citedTable';
import { claimDate, gradeCode, relationLabel, shortDate } from './format';

/** One paragraph per claim: "Speaker, 30 Jan 2026: [citation]". */
function claimLine(c: ClaimBrief, extra = ''): CitedRun[] {
  const who = [c.speaker ?? 'Unattributed', shortDate(claimDate(c))].filter(Boolean).join(', ');
  return [`${who}${extra}: `, { kind: 'claim', claimId: c.id }];
}

const claimsCell = (claims: readonly ClaimBrief[], extra?: (c: ClaimBrief) => string): CitedCell =>
  claims.map((c) => claimLine(c, extra?.(c) ?? ''));

export function compareTable(view: CompareView): CitedTable {
  return {
    caption: `Compare: ${view.sides.map((s) => s.name).join(' · ')}`,
    header: ['Topic', ...view.sides.map((s) => s.name), 'Relations'],
    rows: view.rows.map((row) => {
      const byId = new Map(row.cells.flat().map((c) => [c.id, c]));
      const relations = row.relations.map((r) => {
        const a = byId.get(r.a)?.speaker ?? `claim ${r.a}`;
        const b = byId.get(r.b)?.speaker ?? `claim ${r.b}`;
        return [`${a} ${relationLabel(r.kind)} ${b}`];
      });
      return [textCell(row.topic), ...row.cells.map((cell) => claimsCell(cell)), relations];
    }),
  };
}

/** The matrix: one row per proposition, one column per side; grades beside the evidence. */
export function matrixTable(matrix: StanceMatrix): CitedTable {
  const graded = (c: ClaimBrief): string => {
    const code = gradeCode(c.grades);
    return code ? ` [${code}]` : '';
  };
  return {
    caption: `Stance matrix: ${matrix.sides.map((s) => s.name).join(' · ')}`,
    header: ['Proposition', ...matrix.sides.map((s) => s.name)],
    rows: matrix.propositions.map((p, i) => [
      textCell(p.text),
      ...matrix.sides.map((_, s): CitedCell => {
        const cell = matrix.cells[i]?.[s];
        if (!cell || (cell.supports.length === 0 && cell.denies.length === 0)) return textCell('—');
        return [
          ...cell.supports.map((c) => [`Supports — `, ...claimLine(c, graded(c))]),
          ...cell.denies.map((c) => [`Denies — `, ...claimLine(c, graded(c))]),
        ];
      }),
    ]),
  };
}

export function timelineTable(entries: readonly TimelineEntry[], sideName: (id: number | null) => string): CitedTable {
  return {
    caption: 'Timeline of statements',
    header: ['Date', 'Side', 'Speaker', 'Statement'],
    rows: entries.map((e) => [
      textCell(shortDate(e.date) + (e.precision === 'unknown' ? ' (article date)' : e.precision !== 'day' ? ` (${e.precision})` : '')),
      textCell(sideName(e.sideId)),
      textCell(e.claim.speaker ?? 'Unattributed'),
      [[{ kind: 'claim', claimId: e.claim.id }]],
    ]),
  };
}
