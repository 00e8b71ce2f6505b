import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src-main/core/claims/index';
import { CORPUS, ingestCorpus, ingestFixture } from './corpus';
import { direct, expectWellFormed } from './claims-contract';


describe('extractClaims on the written corpus', () => {
  it.each(CORPUS)('%s: every claim is exactly its slice of the text; sorted; same kinds never overlap', (name) => {
    const { text } = ingestCorpus(name);
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(5);
    expectWellFormed(text, claims);
  });
});

describe('extractClaims on written fixtures', () => {
  it('stray and unmatched quote marks: nothing swallowed, nothing crashes', () => {
    const { text } = ingestFixture('stray-quotes.txt');
    const claims = extractClaims(text);
    expectWellFormed(text, claims);
    // Unclosed quotes end with their paragraph.
    expect(direct(claims, 'a matter for the county, not for us')?.speaker).toBe('Ines Vorland');
    expect(direct(claims, 'more than any other firm in town')).toBeDefined();
    // Labelled by the sentence's own subject, not carried over from the mayor's paragraph.
    expect(direct(claims, 'land grab')?.speaker).toBe('Residents');
    for (const c of claims) expect(c.text).not.toContain('\n\n');
    expect(direct(claims, 'We will keep the trucks off the school road')?.speaker).toBe('Lena Fisk');
    expect(direct(claims, 'not enough')?.speaker).toBe('Paul Okafor');
    // The closing mark with nothing open ("spring” after") opens nothing.
    expect(claims.some((c) => c.text.includes('after a second hearing'))).toBe(false);
  });

  it('« » and „ “ quotes', () => {
    const { text } = ingestFixture('guillemets.txt');
    const claims = extractClaims(text);
    expectWellFormed(text, claims);
    expect(direct(claims, "C'est une journée historique pour la région")?.speaker).toBe('Claire Duprès');
    expect(direct(claims, 'Wir haben lange darauf gewartet')).toBeDefined();
    expect(direct(claims, 'at least another century')?.speaker).toBe('Rosa Lind');
  });

  it('a quote split by its attribution, pronoun attribution and continuation', () => {
    const { text } = ingestFixture('split-quote.txt');
    const claims = extractClaims(text);
    expectWellFormed(text, claims);
    expect(direct(claims, 'Students asked us for this for years')?.speaker).toBe('Hannah Sorel');
    expect(direct(claims, 'and we finally found the money')?.speaker).toBe('Hannah Sorel');
    expect(direct(claims, 'The evening staff will be new hires')?.speaker).toBe('Hannah Sorel');
    expect(direct(claims, 'Nobody will work longer hours')?.speaker).toBe('Hannah Sorel');
    expect(direct(claims, 'It is a trade-off')?.speaker).toBe('Marco Quint');
    expect(direct(claims, 'We will review it in a year')?.speaker).toBe('Marco Quint');
    expect(claims.find((c) => c.kind === 'indirect' && c.speaker === 'Marco Quint')?.text).toBe('the weekend hours could be cut if the budget shrinks');
    // "its director announced" in the lead is the director named just after.
    expect(claims.find((c) => c.kind === 'indirect' && c.text.startsWith('The Northgate library'))?.speaker).toBe('Hannah Sorel');
  });

  it('a quote left open at the end of the text ends there', () => {
    const text = 'She said: "We will not move\n\nThe next paragraph is plain.';
    const claims = extractClaims(text);
    expectWellFormed(text, claims);
    expect(claims.filter((c) => c.kind === 'direct').map((c) => c.text)).toEqual(['We will not move']);
  });

  it('a paragraph that re-opens a quote starts a new quote', () => {
    const text = '“We came here to talk,” Mayor Ada Lunn said. “And we will keep talking.\n\n“Nobody leaves this room until we agree.”';
    const claims = extractClaims(text).filter((c) => c.kind === 'direct');
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ['We came here to talk', 'Ada Lunn'],
      ['And we will keep talking', 'Ada Lunn'],
      ['Nobody leaves this room until we agree', 'Ada Lunn'],
    ]);
  });

  it('labelling verbs, appositives, inverted roles and quotes sharing one attribution', () => {
    const text = [
      '"We will not back down," said Interior Minister Karl Hense on Tuesday.',
      'Hense, 54, added that police would patrol the border "around the clock."',
      'The opposition leader, Marta Illes, called the plan "a disgrace" and said she would challenge it in court.',
      '"Why now?" asked local councillor Omar Farid.',
      'The report said the costs were underestimated, citing internal documents.',
      'He said that "the plan works" and that "nobody was hurt".',
    ].join('\n\n');
    const claims = extractClaims(text);
    expectWellFormed(text, claims);
    expect(direct(claims, 'We will not back down')?.speaker).toBe('Karl Hense');
    expect(direct(claims, 'around the clock')?.speaker).toBe('Karl Hense');
    expect(direct(claims, 'a disgrace')?.speaker).toBe('Marta Illes');
    expect(direct(claims, 'Why now?')?.speaker).toBe('Omar Farid');
    // "He" is the last named person who spoke; both quotes of his sentence are his.
    expect(direct(claims, 'the plan works')?.speaker).toBe('Omar Farid');
    expect(direct(claims, 'nobody was hurt')?.speaker).toBe('Omar Farid');
    // What "the report" says is a claim; it names no speaker.
    expect(claims.filter((c) => c.text.includes('costs were underestimated')).map((c) => c.speaker)).toEqual([null]);
  });

  it('"according to" and never-guess cases', () => {
    const text = [
      '“The dam is safe,” according to engineer Pia Moll.',
      '',
      'Nobody explained the “temporary” closure.',
      '',
      '“It will reopen soon.” The river rose again.',
    ].join('\n');
    const claims = extractClaims(text);
    expect(direct(claims, 'The dam is safe')?.speaker).toBe('Pia Moll');
    expect(direct(claims, 'temporary')?.speaker).toBeNull();
    expect(direct(claims, 'It will reopen soon')?.speaker).toBeNull();
  });
});

describe('extractClaims: "according to" reports', () => {
  it('finds "<clause>, according to X" and "According to X, <clause>", never for quotes; an unnamed source gives no speaker', () => {
    const text = [
      'The troops will leave the valley by June, according to Defense Minister Ana Ruiz.',
      'According to the Harbor Authority, the port handled 2 million containers last year.',
      '“We are ready,” Ruiz said, according to Reuters.',
      'Prices rose 4 percent, according to official data.',
    ].join('\n\n');
    const claims = extractClaims(text);
    expectWellFormed(text, claims);
    expect(claims.filter((c) => c.kind === 'indirect').map((c) => [c.text, c.speaker])).toEqual([
      ['The troops will leave the valley by June', 'Ana Ruiz'],
      ['the port handled 2 million containers last year', 'Harbor Authority'],
      ['Prices rose 4 percent', null],
    ]);
    expect(direct(claims, 'We are ready')?.speaker).toBe('Ana Ruiz');
  });
});

describe('extractClaims robustness', () => {
  it('property: any text gives well-formed claims', () => {
    const pieces = fc.constantFrom('"', '“', '”', '„', '«', '»', ' said ', ' Jane Doe', ' he told reporters', ', ', '.', '\n\n', '\n', ' that ', 'It is', ' U.S. ', 'According to ', 'X');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expectWellFormed(text, extractClaims(text));
      }),
      { numRuns: 400 },
    );
  });

  // Throughput is printed by `npm run bench`; here only that a 1 MB article comes out whole.
  it('handles a 1 MB article', { timeout: 60_000 }, () => {
    const paragraphs: string[] = [];
    const base = CORPUS.map((n) => ingestCorpus(n).text).join('\n\n');
    while (paragraphs.join('\n\n').length < 1_000_000) paragraphs.push(base);
    const big = `${paragraphs.join('\n\n')}\n\n"an unclosed quote at the very end`;
    const claims = extractClaims(big);
    expect(claims.length).toBeGreaterThan(1000);
    for (const c of claims) if (big.slice(c.start, c.end) !== c.text) throw new Error(`bad slice at ${c.start}`);
  });

  // Speed is the bench's business; this proves the extractor finishes (no runaway backtracking:
  // the generous timeout only stops a hang) with well-formed claims.
  it('a pathological text (one huge paragraph of marks) is handled', { timeout: 60_000 }, () => {
    const big = '“a '.repeat(100_000) + '”, he said '.repeat(50_000) + '"'.repeat(100_000);
    const claims = extractClaims(big);
    expectWellFormed(big, claims.slice(0, 2000));
  });
});
