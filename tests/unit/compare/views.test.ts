// Side membership and the compare view's alignment of claims by topic.
import { describe, expect, it } from 'vitest';
import type { CompareClaim } from '../../../src-main/core/compare/features';
import { alignRows } from '../../../src-main/core/compare/align';
import { sideOf, sideOfClaim } from '../../../src-main/core/compare/sides';

describe('which side a speaker is on', () => {
  const sides = [
    { id: 1, members: ['Washington', 'U.S.', 'State Department', 'Blinken'] },
    { id: 2, members: ['Moscow', 'Russia', 'Antonov', 'Zakharova'] },
  ];
  it('matches a member that is the name or part of it, in any case, on word boundaries', () => {
    expect(sideOf('State Department', sides)).toBe(1);
    expect(sideOf('state department', sides)).toBe(1);
    expect(sideOf('Antony Blinken', sides)).toBe(1);
    expect(sideOf('Anatoly Antonov', sides)).toBe(2);
    expect(sideOf('Antoly Antonov', sides)).toBe(2);
    expect(sideOf('Russia Foreign Ministry', sides)).toBe(2);
    expect(sideOf('Prussian envoy', sides)).toBeNull();
    expect(sideOf('Olivia Dalton', sides)).toBeNull();
    expect(sideOf(null, sides)).toBeNull();
  });

  it('places a speaker no side holds by entity with the institution the role names, not where they are posted', () => {
    const bySets = [
      { id: 1, members: [], entityIds: [10], entityNames: ['Veldria'] },
      { id: 2, members: [], entityIds: [20], entityNames: ['Ostmark Foreign Ministry'] },
    ];
    expect(sideOfClaim('Anna Berg', 30, bySets, 'Ostmark Foreign Ministry spokeswoman')).toBe(2);
    expect(sideOfClaim('Karl Weiss', 31, bySets, 'Veldrian ambassador to Ostmark Foreign Ministry talks')).toBe(1);
    expect(sideOfClaim('Petra Lind', 32, [...bySets, { id: 3, members: [], entityIds: [40], entityNames: ['Ostmark'] }], 'Ostmark’s ambassador to Veldria')).toBe(3);
    expect(sideOfClaim('Ivo Brandt', 33, bySets, 'harbour master')).toBeNull();
    // The speaker's own entity still rules.
    expect(sideOfClaim('Anna Berg', 10, bySets, 'Ostmark Foreign Ministry spokeswoman')).toBe(1);
  });

  it('prefers the whole name, then a member the name starts with, then the longer member', () => {
    // "Russia" is in the name too, but the name starts with the U.S. member.
    expect(sideOf('U.S. Embassy in Russia', sides)).toBe(1);
    expect(sideOf('Russia', [{ id: 7, members: ['Russia Today'] }, { id: 8, members: ['Russia'] }])).toBe(8);
    expect(sideOf('Kremlin spokesman Dmitry Peskov', [{ id: 3, members: ['Peskov'] }, { id: 4, members: ['Dmitry Peskov'] }])).toBe(4);
  });
});

let id = 0;
const claim = (text: string): CompareClaim => {
  id++;
  return { id, articleId: id, text, speaker: null, kind: 'direct', start: 0, end: text.length, facts: [] };
};

describe('aligning claims of several sides by topic', () => {
  it('puts claims of different sides about the same thing in one row, rarest shared term first', () => {
    const claims = [
      claim('The consulate closure is not an expulsion'), // side 0
      claim('The consulate closure amounts to an expulsion of our staff'), // side 1
      claim('Grain exports through the corridor will continue'), // side 0
      claim('The grain corridor is closed to our ships'), // side 1
      claim('We will respond to any provocation'), // side 1, alone
    ];
    const rows = alignRows(claims, [0, 1, 0, 1, 1], 2);
    const ids = (r: (typeof rows)[number]): number[][] => r.cells;
    expect(rows.map(ids)).toEqual([
      [[claims[0]!.id], [claims[1]!.id]],
      [[claims[2]!.id], [claims[3]!.id]],
      [[], [claims[4]!.id]],
    ]);
    expect(rows[0]!.topic).toMatch(/expulsion|consulate|closure/);
    expect(rows[1]!.topic).toMatch(/grain|corridor/);
    // Every claim is placed exactly once.
    expect(rows.flatMap((r) => r.cells.flat()).sort((a, b) => a - b)).toEqual(claims.map((c) => c.id));
  });

  it('keeps a topic several statements are about in one row rather than splitting it on an incidental word', () => {
    const claims = [
      claim('What is happening is not an expulsion'), // 0
      claim('The expulsion of our staff was planned for months'), // 1
      claim('Their diplomats are being expelled'), // 0
      claim('The move amounts to expulsion'), // 1
      claim('The move was taken under the headquarters agreement'), // 0
      claim('The expulsion came hours after the announcement'), // 1
      claim('Grain exports through the corridor will continue'), // 0
      claim('The grain corridor is closed to our ships'), // 1
      claim('Grain prices rose this week'), // 0
      claim('Our grain harvest is the largest in years'), // 1
    ];
    const rows = alignRows(claims, [0, 1, 0, 1, 0, 1, 0, 1, 0, 1], 2);
    expect(rows[0]!.topic).toBe('expulsion');
    expect(rows[0]!.cells).toEqual([
      [claims[0]!.id, claims[2]!.id],
      [claims[1]!.id, claims[3]!.id, claims[5]!.id],
    ]);
  });

  it('takes no topic from a word most claims use (the subject of the whole view)', () => {
    const claims = [
      claim('The harbour closure is not a blockade'),
      claim('The harbour closure amounts to a blockade'),
      claim('Ships may leave the harbour by March 12'),
      claim('Ships may not leave the harbour before March 20'),
    ];
    const rows = alignRows(claims, [0, 1, 0, 1], 2);
    expect(rows.map((r) => r.cells)).toEqual([
      [[claims[0]!.id], [claims[1]!.id]],
      [[claims[2]!.id], [claims[3]!.id]],
    ]);
    for (const r of rows) expect(r.topic).not.toMatch(/harbour/);
  });

  it('gives an empty list no rows and one side only single rows', () => {
    expect(alignRows([], [], 2)).toEqual([]);
    const one = [claim('Talks on the treaty resume'), claim('The treaty talks stalled in March')];
    const rows = alignRows(one, [0, 0], 1);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.cells).toHaveLength(1);
  });
});
