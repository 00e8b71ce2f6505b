// The hard cases of issue #4, written for these tests (invented names and facts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src-main/core/claims/index';
import type { ClaimDraft } from '../../../src-main/core/claims/types';

const pairs = (claims: readonly ClaimDraft[], kind: ClaimDraft['kind']): [string, string | null][] =>
  claims.filter((c) => c.kind === kind).map((c) => [c.text, c.speaker]);

function wellFormed(text: string, claims: readonly ClaimDraft[]): void {
  for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
}

describe('direct quotes: colon, dash and inverted titled speakers', () => {
  it('a quote introduced by a colon after a sentence naming the speaker', () => {
    const text = [
      'Works council chairman Jens Albrecht was less diplomatic: "Management saw this coming."',
      'Brevik had a blunt message for the union: "Come back with a realistic number.',
      'She was not impressed: “It is too little.”',
      'The weather was bad: "stormy" is the word.',
    ].join('\n\n');
    const claims = extractClaims(text);
    wellFormed(text, claims);
    expect(pairs(claims, 'direct')).toEqual([
      ['Management saw this coming', 'Jens Albrecht'],
      ['Come back with a realistic number', 'Brevik'],
      ['It is too little', null], // "she" with no named speaker before: not guessed
      ['stormy', null],
    ]);
  });

  it('a speaker after a dash', () => {
    const text = '“Nobody knows when the cranes will move again.” — Karin Holt, logistics manager\n\n"Is this how they thank us?" -- Albrecht, at the gate.';
    const claims = extractClaims(text);
    expect(pairs(claims, 'direct')).toEqual([
      ['Nobody knows when the cranes will move again', 'Karin Holt'],
      ['Is this how they thank us?', 'Albrecht'],
    ]);
  });

  it('an inverted speaker with a possessive and a long title', () => {
    const text = '"There are 340 people missing," said Ostrana\'s Special Envoy for Humanitarian Affairs Ambassador Mirela Tanasescu.';
    const [c] = extractClaims(text);
    expect(c).toMatchObject({ speaker: 'Mirela Tanasescu', speakerRole: "Ostrana's Special Envoy for Humanitarian Affairs Ambassador" });
  });
});

describe('reported speech', () => {
  it('coordinated verbs, prepositional phrases before "that", participles, datelines', () => {
    const text = [
      'Port Authority Chief Executive Tomas Brevik said in a statement that the offer was fair and warned that 40 ships were waiting.',
      'Chief executive Lena Voss said in an interview with Radio Lindhaven that demand had collapsed.',
      '"It is a rounding error," said Priya Nair, adding that fares had risen 9 percent.',
      'GENEVA, Oct. 20 (Wire) — Donor countries have pledged $2 billion, the United Nations said on Monday, but aid agencies warned the money would arrive too slowly.',
      'The state economy ministry said residents would be compensated.',
      'A new round is scheduled for Sept. 10, the mediators announced.',
    ].join('\n\n');
    const claims = extractClaims(text);
    wellFormed(text, claims);
    expect(pairs(claims, 'indirect')).toEqual([
      ['the offer was fair', 'Tomas Brevik'],
      ['40 ships were waiting', 'Tomas Brevik'],
      ['demand had collapsed', 'Lena Voss'],
      ['fares had risen 9 percent', 'Priya Nair'],
      ['Donor countries have pledged $2 billion', 'United Nations'],
      ['the money would arrive too slowly', 'aid agencies'],
      ['residents would be compensated', 'state economy ministry'],
      ['A new round is scheduled for Sept. 10', 'mediators'],
    ]);
  });

  it('"the company" resolves to the company introduced by a descriptor; a document is not a speaker', () => {
    const text = 'Chip maker Orbis Silicon will cut 800 jobs, the company said on Thursday.\n\nThe report said costs had risen sharply.';
    // What a report says is still a claim; it has no person or organisation to show as speaker.
    expect(pairs(extractClaims(text), 'indirect')).toEqual([
      ['Chip maker Orbis Silicon will cut 800 jobs', 'Orbis Silicon'],
      ['costs had risen sharply', null],
    ]);
  });

  it('"according to a tally by" names the outlet as the source', () => {
    const claims = extractClaims('At least 14 villages remain cut off, according to a tally by the Delta Herald.');
    expect(pairs(claims, 'indirect')).toEqual([['At least 14 villages remain cut off', 'Delta Herald']]);
  });

  it('a trailing credit after "citing" is cut and kept as the relaying outlet', () => {
    const [c] = extractClaims('Ostrana claimed that Velar had moved prisoners, Radio Meridian reported, citing two diplomats.');
    expect(c).toMatchObject({ text: 'Velar had moved prisoners', speaker: 'Ostrana', via: 'Radio Meridian' });
  });
});
