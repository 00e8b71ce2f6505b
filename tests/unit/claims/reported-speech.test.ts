// Reported speech in the shapes real news uses beyond "X said that Y" (sentences written for this test).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src-main/core/claims/index';
import type { ClaimDraft } from '../../../src-main/core/claims/types';

const pairs = (claims: ClaimDraft[]): [string, string, string | null][] => claims.map((c) => [c.kind, c.text, c.speaker]);
const extract = (text: string): ClaimDraft[] => {
  const claims = extractClaims(text);
  for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  return claims;
};

describe('reported speech', () => {
  it('reads adverbs and progressive forms between the speaker and the verb, and leaves out what was not said', () => {
    const text = [
      'The mayor now says the harbour will reopen in spring.',
      'The ferry company is warning travellers that the crossings will be cancelled.',
      'The port authority did not immediately respond to a request for comment.',
    ].join('\n\n');
    expect(pairs(extract(text))).toEqual([
      ['indirect', 'the harbour will reopen in spring', 'mayor'],
      ['indirect', 'the crossings will be cancelled', 'ferry company'],
    ]);
  });

  it('ends a report at a semicolon and before a speech participle that opens the next one', () => {
    const text = 'Councillors said the vote was not rushed; they had studied the plan for a year. Ana Reyes said she would appeal, insisting that the plan ignored the valley.';
    expect(pairs(extract(text))).toEqual([
      ['indirect', 'the vote was not rushed', 'Councillors'],
      ['indirect', 'she would appeal', 'Ana Reyes'],
      ['indirect', 'the plan ignored the valley', 'Ana Reyes'],
    ]);
  });

  it('closes a postposed report with "told <someone>", and reads a question after "when asked"', () => {
    const text = 'The school had been open for a decade, a spokesman for the district told The Valley Courier. Lena Park smiled when asked whether she would run again.';
    expect(pairs(extract(text))).toEqual([
      ['indirect', 'The school had been open for a decade', 'a spokesman for the district'],
      ['indirect', 'whether she would run again', null],
    ]);
  });

  it('takes the name opening the sentence when the speaker stands far from the verb', () => {
    const text = 'Marta Quill, who ran the shelter for a decade, said the new rules would close it. The Valley Tribune survived two floods and says its presses will keep running.';
    expect(pairs(extract(text))).toEqual([
      ['indirect', 'the new rules would close it', 'Marta Quill'],
      ['indirect', 'its presses will keep running', 'Valley Tribune'],
    ]);
  });

  it('keeps a plural speaker whole and lets "they" stand for it', () => {
    const text = 'Residents’ groups said the bridge was unsafe. They said repairs would take a year. Federal and state officials said the money was ready.';
    expect(pairs(extract(text))).toEqual([
      ['indirect', 'the bridge was unsafe', 'Residents’ groups'],
      ['indirect', 'repairs would take a year', 'Residents’ groups'],
      ['indirect', 'the money was ready', 'Federal and state officials'],
    ]);
  });

  it('reads a title before the name after "said"', () => {
    const text = '“We will carry this county,” said Democratic presidential candidate Sen. Ana Vale (D-Ore.).';
    expect(pairs(extract(text))).toEqual([['direct', 'We will carry this county', 'Ana Vale']]);
  });

  it('gives a quote the speaker of a participle before it, and of a colon ending the paragraph before', () => {
    const text = 'The band shared the news last week, writing “We are coming home.”\n\nGovernor Ana Vale released this statement:\n\n“Our thoughts are with the families.”';
    const claims = extract(text);
    expect(pairs(claims)).toEqual([
      ['direct', 'We are coming home', null],
      ['direct', 'Our thoughts are with the families', 'Ana Vale'],
    ]);
  });

  it('reads a speech verb’s bare form right after "be" as a noun', () => {
    expect(extract('The council meets on Mondays. This is note 4 of the diary kept by the library.')).toEqual([]);
    expect(pairs(extract('Officials are warning that the pier is unsafe.'))).toEqual([['indirect', 'the pier is unsafe', 'Officials']]);
  });

  it('takes no speaker from a dateline opening the sentence', () => {
    const claims = extract('Feb. 28 (Wire) -- The ministry on Monday ordered the expulsion of 12 diplomats from the mission for alleged “spying activities” amid the fallout from the war.');
    expect(claims.every((c) => c.speaker !== 'Feb')).toBe(true);
  });
});
