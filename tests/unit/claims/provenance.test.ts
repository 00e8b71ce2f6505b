import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src-main/core/claims/index';
import { factsIn, referenceDate, saidOnFrom } from '../../../src-main/core/claims/dates';
import { channelOf, viaOf } from '../../../src-main/core/claims/provenance';
import type { ClaimDraft } from '../../../src-main/core/claims/types';

const find = (claims: ClaimDraft[], prefix: string): ClaimDraft => {
  const c = claims.find((x) => x.text.startsWith(prefix));
  if (!c) throw new Error(`no claim starting ${prefix}: ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
};

describe('speaker role, channel, secondary source and dates on claims', () => {
  const text = [
    'UNITED NATIONS, March 3 (Wire) — US Deputy Representative to the UN Ambassador Richard Mills said on Wednesday that the council would meet again next week.',
    '"We will not accept this," Mills told reporters.',
    'Olivia Dalton, a spokeswoman for the U.S. Mission to the United Nations, said in a tweet that 12 diplomats must leave by March 7.',
    'Officials, speaking on a background call with reporters, said sanctions would follow.',
    'Last week, Canada said it would move its embassy to Lviv, Politico reported.',
    'At least 27 people were killed, according to a tally by The New York Times.',
  ].join('\n\n');
  const claims = extractClaims(text, { published: '2022-03-03' });

  it('keeps the role apart from the name, for every claim of that speaker', () => {
    const mills = find(claims, 'the council would meet');
    expect(mills).toMatchObject({ speaker: 'Richard Mills', speakerRole: 'US Deputy Representative to the UN Ambassador' });
    expect(find(claims, 'We will not accept this')).toMatchObject({ speaker: 'Richard Mills', speakerRole: 'US Deputy Representative to the UN Ambassador' });
    expect(find(claims, '12 diplomats')).toMatchObject({ speaker: 'Olivia Dalton', speakerRole: 'spokeswoman for the U.S. Mission to the United Nations' });
  });

  it('reads the channel and the outlet that relayed it', () => {
    expect(find(claims, 'We will not accept this').channel).toBe('remarks to reporters');
    expect(find(claims, '12 diplomats').channel).toBe('tweet');
    expect(find(claims, 'sanctions would follow').channel).toBe('background call');
    expect(find(claims, 'it would move its embassy')).toMatchObject({ speaker: 'Canada', via: 'Politico' });
    expect(find(claims, 'At least 27 people')).toMatchObject({ speaker: 'New York Times' });
    expect(find(claims, 'the council would meet').via).toBeNull();
  });

  it('dates the statement from the publication date; the claim’s own dates are facts', () => {
    expect(find(claims, 'the council would meet').saidOn).toMatchObject({ date: '2022-03-02', precision: 'day' });
    expect(find(claims, 'it would move its embassy').saidOn).toMatchObject({ date: '2022-02-24', precision: 'week' });
    expect(find(claims, 'We will not accept this').saidOn).toMatchObject({ date: '2022-03-03', precision: 'unknown' });
    expect(find(claims, '12 diplomats').facts).toEqual([
      { kind: 'number', value: 12, unit: 'diplomats', text: '12 diplomats', start: expect.any(Number) as number, end: expect.any(Number) as number },
      { kind: 'date', value: '2022-03-07', unit: 'deadline', text: 'March 7', start: expect.any(Number) as number, end: expect.any(Number) as number },
    ]);
    for (const c of claims) for (const f of c.facts ?? []) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(find(claims, 'At least 27 people').facts?.[0]).toMatchObject({ value: 27, unit: 'people', qualifier: 'at least' });
  });

  it('without a publication date nothing is dated', () => {
    const c = extractClaims('Port director Ana Ruiz said on Monday that 40 ships were waiting.');
    expect(c[0]!.saidOn).toBeNull();
    expect(c[0]!.facts).toEqual([expect.objectContaining({ value: 40, unit: 'ships' })]);
  });
});

describe('provenance helpers', () => {
  it('channels', () => {
    expect(channelOf('X said in a video interview on Saturday')).toBe('video');
    expect(channelOf('Y announced during a briefing Wednesday')).toBe('briefing');
    expect(channelOf('told a news conference in Geneva')).toBe('press conference');
    expect(channelOf('wrote on Telegram')).toBe('social media post');
    expect(channelOf('the statement reads')).toBe('statement');
    expect(channelOf('Porter added')).toBeNull();
  });

  it('secondary sourcing', () => {
    expect(viaOf('      , the Wall Street Journal reported.', 'Antony Blinken')).toBe('Wall Street Journal');
    expect(viaOf('CNN reports that      ', null)).toBe('CNN');
    expect(viaOf('    , according to Zaxid.', 'Lviv officials')).toBe('Zaxid');
    expect(viaOf('    , according to a tally by The New York Times.', 'police')).toBe('New York Times');
    expect(viaOf('The State Department reported that      ', 'State Department')).toBeNull();
  });

  it('dates and numbers', () => {
    const ref = referenceDate('2021-12-01');
    expect(saidOnFrom('announced during a briefing Wednesday', ref)).toMatchObject({ date: '2021-12-01', precision: 'day' });
    expect(saidOnFrom('said on Friday', ref)).toMatchObject({ date: '2021-11-26', precision: 'day' });
    expect(saidOnFrom('Last month, the ministry said', ref)).toMatchObject({ precision: 'month' });
    expect(saidOnFrom('said', null)).toBeNull();
    const t = 'Some of them, 27 people, must leave by Jan. 30, and more than 50 diplomats left since June';
    const facts = factsIn(t, 0, t.length, ref);
    expect(facts.map((f) => [f.kind, f.value, f.unit ?? null])).toEqual([
      ['number', 27, 'people'],
      ['date', '2022-01-30', 'deadline'],
      ['number', 50, 'diplomats'],
      ['date', '2021-06-01', null],
    ]);
    // Numbers written as words count too, teens and tens included.
    const w = 'Fourteen staff were recalled and some ninety families stayed';
    expect(factsIn(w, 0, w.length, ref).map((f) => [f.value, f.unit ?? null, f.qualifier ?? null])).toEqual([
      [14, 'staff', null],
      [90, 'families', 'some'],
    ]);
    // A ten and a unit are one number.
    const compound = 'Twenty-five diplomats and about forty-two drivers left';
    expect(factsIn(compound, 0, compound.length, ref).map((f) => [f.value, f.unit ?? null, f.text])).toEqual([
      [25, 'diplomats', 'Twenty-five diplomats'],
      [42, 'drivers', 'about forty-two drivers'],
    ]);
    // A number word only as a whole word: "some tenants" states no number.
    expect(factsIn('some tenants stayed on', 0, 22, ref)).toEqual([]);
  });

  it('reads the speaker before a possessive appositive and keeps the appositive as the role', () => {
    const t = 'Lena Ortiz, Ostrana’s envoy in the capital, told reporters that the departures were "a decision we did not seek."';
    const claims = extractClaims(t);
    // A mixed quote: one reported claim holding the quoted words, no second direct claim.
    expect(claims.map((c) => [c.kind, c.speaker, c.speakerRole])).toEqual([['indirect', 'Lena Ortiz', 'Ostrana’s envoy in the capital']]);
  });
});
