// Suggestions weighed by story, named sources and the kind of denial; sides placed by entity; an
// accepted relation on one row. Claims written for these tests.
import { describe, expect, it } from 'vitest';
import { joinRelated } from '../../../src-main/core/compare/align';
import type { CompareClaim } from '../../../src-main/core/compare/features';
import { sideOfClaim } from '../../../src-main/core/compare/sides';
import { suggestConflicts } from '../../../src-main/core/compare/suggest';

let nextId = 1;
const claim = (text: string, speaker: string | null, articleId: number): CompareClaim => ({ id: nextId++, articleId, text, speaker, kind: 'direct', start: 0, end: text.length, facts: [] });

const filler = (article: number): CompareClaim[] =>
  ['The harbour reopened after the storm passed', 'Grain prices rose again this week in the north', 'The council will meet on the budget soon', 'Teachers asked for smaller classes this year'].map((t, i) => claim(t, `Speaker ${article}-${i}`, article));

describe('suggestions', () => {
  it('never suggests an unattributed claim, and names both speakers in the reason', () => {
    const denied = claim('What is happening is not an expulsion of the envoys', 'Mira Osk', 1);
    const asserted = claim('The move amounts to an expulsion of the envoys', 'Dana Varga', 2);
    const nobody = claim('Officials say it is an expulsion of the envoys', null, 3);
    const found = suggestConflicts([denied, asserted, nobody, ...filler(4)], { limit: 50 });
    expect(found.some((s) => s.a === nobody.id || s.b === nobody.id)).toBe(false);
    const top = found.find((s) => [s.a, s.b].includes(denied.id) && [s.a, s.b].includes(asserted.id));
    expect(top?.reason).toMatch(/Mira Osk denies it .* Dana Varga asserts it/);
  });

  it('ranks a pair from the same story above the same words from unrelated stories', () => {
    const a = claim('What is happening is not an expulsion of the envoys', 'Mira Osk', 1);
    const b = claim('The move amounts to an expulsion of the envoys', 'Dana Varga', 2);
    const c = claim('The league called it an expulsion of the envoys from the final', 'Coach Brandt', 3);
    const claims = [a, b, c, ...filler(4)];
    const story = (x: CompareClaim, y: CompareClaim): number => (new Set([x.articleId, y.articleId]).has(3) ? 0 : 1);
    const plain = suggestConflicts(claims, { limit: 50 });
    const weighed = suggestConflicts(claims, { limit: 50, story });
    const score = (list: typeof plain, x: CompareClaim, y: CompareClaim): number => list.find((s) => [s.a, s.b].includes(x.id) && [s.a, s.b].includes(y.id))?.score ?? 0;
    expect(score(plain, a, c)).toBeGreaterThan(0);
    expect(score(weighed, a, c)).toBeLessThan(score(plain, a, c));
    expect(score(weighed, a, b)).toBe(score(plain, a, b));
    expect(weighed[0] && [weighed[0].a, weighed[0].b].sort()).toEqual([a.id, b.id].sort());
  });

  it('weighs a denied thing above a negated auxiliary about the same word', () => {
    const noun = claim('There was no ceasefire along the river', 'Ines Calder', 1);
    const yes = claim('A ceasefire along the river held overnight', 'Tomas Reyl', 2);
    const aux = claim('We don’t want a ceasefire along the river now', 'Jonas Novak', 3);
    const score = (list: ReturnType<typeof suggestConflicts>, x: CompareClaim): number => list.find((s) => [s.a, s.b].includes(x.id) && [s.a, s.b].includes(yes.id))?.score ?? 0;
    const withAux = suggestConflicts([noun, yes, aux, ...filler(5)], { limit: 50 });
    expect(score(withAux, noun)).toBeGreaterThan(score(withAux, aux));
  });
});

describe('sides by entity', () => {
  const sides = [
    { id: 1, members: ['Russia'], entityIds: [10] },
    { id: 2, members: [], entityIds: [20, 21] },
  ];
  it('places a claim by its speaker entity, whatever its name says', () => {
    expect(sideOfClaim('U.S. Embassy in Russia', 20, sides)).toBe(2);
    expect(sideOfClaim('Zakharova', 10, sides)).toBe(1);
  });
  it('matches names only against sides of names, and only for a claim no entity side holds', () => {
    const byName = [{ id: 3, members: ['Russia'] }, ...sides.slice(1)];
    expect(sideOfClaim('Russia’s foreign ministry', null, byName)).toBe(3);
    expect(sideOfClaim('U.S. Embassy in Russia', 99, sides)).toBeNull();
  });
});

describe('one row per accepted relation', () => {
  it('moves the second claim of a related pair to the first one’s row', () => {
    const rows = [
      { topic: 'expulsion', cells: [[1], [2]] },
      { topic: 'visas', cells: [[3], [4]] },
      { topic: 'rotation', cells: [[], [5]] },
    ];
    const joined = joinRelated(rows, [[3, 5]]);
    expect(joined).toEqual([
      { topic: 'expulsion', cells: [[1], [2]] },
      { topic: 'visas', cells: [[3], [4, 5]] },
    ]);
  });
});
