// Shapes of attribution that real news feeds use (sentences written for this test).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src-main/core/claims/index';
import type { ClaimDraft } from '../../../src-main/core/claims/types';

const pairs = (claims: ClaimDraft[]): [string, string, string | null][] => claims.map((c) => [c.kind, c.text, c.speaker]);
const wellFormed = (text: string, claims: ClaimDraft[]): void => {
  for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
};

describe('attribution shapes of news copy', () => {
  it("reads doubled apostrophes as quotation marks, with a title's period inside the speaker's name", () => {
    const text = "''The ferry will run all winter,'' said Mr. Halvorsen. ''Nobody will be stranded.''";
    const claims = extractClaims(text);
    wellFormed(text, claims);
    expect(pairs(claims)).toEqual([
      ['direct', 'The ferry will run all winter', 'Halvorsen'],
      ['direct', 'Nobody will be stranded', 'Halvorsen'],
    ]);
  });

  it('postposed, parenthetical and according-to attributions, and subjects with appositives', () => {
    const text = [
      'The depot will close in June, Deputy Transport Minister Ilse Brandt said on Friday.',
      'Rather, she said, the buses will be moved to the northern yard.',
      'Ticket prices on the island routes, according to the Ferry Operators Association, will rise by a tenth.',
      'Jonas Ek, 61, a retired driver, said the closure would hurt the villages.',
      'Asked whether the depot could reopen, Brandt said the decision was final.',
    ].join('\n\n');
    const claims = extractClaims(text);
    wellFormed(text, claims);
    expect(pairs(claims)).toEqual([
      ['indirect', 'The depot will close in June', 'Ilse Brandt'],
      ['indirect', 'the buses will be moved to the northern yard', 'Ilse Brandt'],
      ['indirect', 'Ticket prices on the island routes', 'Ferry Operators Association'],
      ['indirect', 'will rise by a tenth', 'Ferry Operators Association'],
      ['indirect', 'the closure would hurt the villages', 'Jonas Ek'],
      ['indirect', 'whether the depot could reopen', null],
      ['indirect', 'the decision was final', 'Ilse Brandt'],
    ]);
  });

  it('a mixed quote is one reported claim; a pronoun goes to the nearest speaker of its gender', () => {
    const text = 'Ms. Ruth Olsen said the plan was “a gift to nobody.” Spokesman Per Lund said the plan stood. She said the vote would be close.';
    const claims = extractClaims(text);
    wellFormed(text, claims);
    expect(pairs(claims)).toEqual([
      ['indirect', 'the plan was “a gift to nobody.”', 'Ruth Olsen'],
      ['indirect', 'the plan stood', 'Per Lund'],
      ['indirect', 'the vote would be close', 'Ruth Olsen'],
    ]);
  });

  it('speech acts report their complement; a subject that names no one is shown as written', () => {
    const text = 'The senator urged the council to delay the vote. Most of the drivers said they would strike.';
    expect(pairs(extractClaims(text))).toEqual([
      ['indirect', 'the council to delay the vote', 'senator'],
      ['indirect', 'they would strike', 'Most of the drivers'],
    ]);
  });
});
