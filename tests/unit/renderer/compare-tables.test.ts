// The compare views as cited tables for a note, and the timeline's layout: pure functions.
import { describe, expect, it } from 'vitest';
import type { ClaimBrief, CompareView, Grades, Side, StanceMatrix, TimelineEntry } from '../../../src-main/api/contract/methods';
import { citationCount } from '../../../src-renderer/components/citedTable';
import { gradeCode, gradeText } from '../../../src-renderer/features/compare/format';
import { narrowMatrix } from '../../../src-renderer/features/compare/narrow';
import { compareTable, matrixTable, timelineTable } from '../../../src-renderer/features/compare/tables';
import { dayOf, layoutTimeline } from '../../../src-renderer/features/compare/timelineLayout';

const ungraded: Grades = { claim: { credibility: null, flags: [] }, speaker: { reliability: null, flags: [] }, outlet: { reliability: null, flags: [] } };

function claim(id: number, speaker: string | null, date: string | null, grades: Grades = ungraded): ClaimBrief {
  return {
    id,
    articleId: 100 + id,
    text: `statement ${id}`,
    speaker,
    speakerRole: null,
    articleTitle: `Article ${id}`,
    outlet: 'Harbor Wire',
    published: '2025-03-04',
    saidOn: date ? { date, precision: 'day' } : null,
    status: 'suggested',
    grades,
    sources: [],
  };
}

const west: Side = { id: 1, name: 'West', members: ['Varga'], entities: [], position: 0 };
const east: Side = { id: 2, name: 'East', members: ['Osk'], entities: [], position: 1 };

describe('cited tables', () => {
  it('compare view: a topic column, one column per side, a citation per claim and the relations', () => {
    const view: CompareView = {
      sides: [west, east],
      unassigned: 0,
      rows: [
        { topic: 'closure', cells: [[claim(1, 'Elena Varga', '2025-03-02')], [claim(2, 'Ivo Osk', null), claim(3, 'Ivo Osk', '2025-03-05')]], relations: [{ a: 1, b: 2, kind: 'contradicts' }] },
        { topic: 'deadline', cells: [[], [claim(4, 'Ivo Osk', '2025-03-06')]], relations: [] },
      ],
    };
    const t = compareTable(view);
    expect(t.header).toEqual(['Topic', 'West', 'East', 'Relations']);
    expect(t.caption).toBe('Compare: West · East');
    expect(t.rows[0]?.[0]).toEqual([['closure']]);
    expect(t.rows[0]?.[1]).toEqual([['Elena Varga, 2 Mar 2025: ', { kind: 'claim', claimId: 1 }]]);
    // No date of its own: the article's.
    expect(t.rows[0]?.[2]?.[0]).toEqual(['Ivo Osk, 4 Mar 2025: ', { kind: 'claim', claimId: 2 }]);
    expect(t.rows[0]?.[3]).toEqual([['Elena Varga contradicts Ivo Osk']]);
    expect(t.rows[1]?.[1]).toEqual([]);
    expect(citationCount(t)).toBe(4);
  });

  it('matrix: propositions × sides, supports and denies with their grades, "—" for none', () => {
    const graded: Grades = { claim: { credibility: 2, flags: ['disputed'] }, speaker: { reliability: 'B', flags: [] }, outlet: { reliability: 'C', flags: [] } };
    const matrix: StanceMatrix = {
      sides: [west, east],
      propositions: [{ id: 7, text: 'The port is closed', evidence: [] }],
      cells: [[{ supports: [claim(1, 'Elena Varga', null, graded)], denies: [] }, { supports: [], denies: [] }]],
    };
    const t = matrixTable(matrix);
    expect(t.header).toEqual(['Proposition', 'West', 'East']);
    expect(t.rows[0]?.[1]).toEqual([['Supports — ', 'Elena Varga, 4 Mar 2025 [B2]: ', { kind: 'claim', claimId: 1 }]]);
    expect(t.rows[0]?.[2]).toEqual([['—']]);
    expect(gradeCode(graded)).toBe('B2');
    expect(gradeText(graded)).toContain('disputed');
    expect(gradeCode(ungraded)).toBeNull();
  });

  it('timeline: one row per statement with date, side, speaker and its citation', () => {
    const entries: TimelineEntry[] = [
      { claim: claim(1, 'Elena Varga', '2025-03-02'), date: '2025-03-02', precision: 'day', sideId: 1 },
      { claim: claim(2, null, null), date: '2025-03', precision: 'month', sideId: null },
    ];
    const t = timelineTable(entries, (id) => (id === 1 ? 'West' : '—'));
    expect(t.rows).toEqual([
      [[['2 Mar 2025']], [['West']], [['Elena Varga']], [[{ kind: 'claim', claimId: 1 }]]],
      [[['Mar 2025 (month)']], [['—']], [['Unattributed']], [[{ kind: 'claim', claimId: 2 }]]],
    ]);
  });
});

describe('timeline layout', () => {
  const opts = { width: 800, labelWidth: 150, laneHeight: 30, top: 20, stack: 8 };
  const entry = (id: number, speaker: string | null, date: string, sideId: number | null): TimelineEntry => ({ claim: claim(id, speaker, date), date, precision: 'day', sideId });

  it('puts speakers in lanes by side order, dates left to right, same-day statements side by side', () => {
    const layout = layoutTimeline(
      [entry(1, 'Ivo Osk', '2025-03-10', 2), entry(2, 'Elena Varga', '2025-03-01', 1), entry(3, 'Elena Varga', '2025-03-01', 1), entry(4, null, '2025-03-05', null), entry(5, 'Zed Bystander', '2025-03-05', null)],
      [west, east],
      opts,
    );
    expect(layout.lanes.map((l) => l.label)).toEqual(['Elena Varga', 'Ivo Osk', 'Zed Bystander', 'Unattributed']);
    const at = (id: number) => layout.points.find((p) => p.entry.claim.id === id);
    expect(at(2)?.y).toBe(at(3)?.y);
    expect((at(3)?.x ?? 0) - (at(2)?.x ?? 0)).toBe(8);
    expect(at(2)?.x).toBeLessThan(at(4)?.x ?? 0);
    expect(at(4)?.x).toBeLessThan(at(1)?.x ?? 0);
    expect(at(1)?.y).toBeGreaterThan(at(2)?.y ?? 0);
    expect(layout.ticks[0]?.label).toBe('1 Mar 2025');
    expect(Math.max(...layout.points.map((p) => p.x))).toBeLessThanOrEqual(opts.width);
  });

  it('reads partial ISO dates and skips unreadable ones', () => {
    expect(dayOf('2025-03')).toBe(Date.UTC(2025, 2, 1));
    expect(dayOf('--03-01')).toBeNull();
    expect(layoutTimeline([entry(1, 'A', 'soon', null)], [], opts).points).toEqual([]);
  });
});

describe('narrowed matrix', () => {
  const matrix: StanceMatrix = {
    sides: [west, east],
    propositions: [
      { id: 1, text: 'The closure was planned', evidence: [] },
      { id: 2, text: 'The staff left on time', evidence: [] },
    ],
    cells: [
      [{ supports: [claim(1, 'Elena Varga', null)], denies: [] }, { supports: [], denies: [claim(2, 'Ivo Osk', null)] }],
      [{ supports: [], denies: [] }, { supports: [claim(3, 'Ivo Osk', null)], denies: [] }],
    ],
  };

  it('keeps the propositions whose words or evidence match every word, cells aligned; Insert takes what is kept', () => {
    const byText = narrowMatrix(matrix, 'closure');
    expect(byText.propositions.map((p) => p.id)).toEqual([1]);
    expect(byText.cells).toEqual([matrix.cells[0]]);
    expect(narrowMatrix(matrix, 'osk statement 3').propositions.map((p) => p.id)).toEqual([2]);
    expect(narrowMatrix(matrix, '  ')).toBe(matrix);
    expect(matrixTable(narrowMatrix(matrix, 'staff')).rows).toHaveLength(1);
  });
});
