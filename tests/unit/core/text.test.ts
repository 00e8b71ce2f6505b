import { describe, expect, it } from 'vitest';
import { isAbbreviation } from '../../../src-main/core/text/abbreviations';
import { nameEndingAt, nameStartingAt, namedMentions } from '../../../src-main/core/text/names';
import { paragraphRanges } from '../../../src-main/core/text/paragraphs';
import { sentenceRanges } from '../../../src-main/core/text/sentences';
import { wordsIn } from '../../../src-main/core/text/words';
import { isBoilerplateLine } from '../../../src-main/core/ingest/boilerplate';
import { dateLineValue, findFullDate } from '../../../src-main/core/ingest/dates';
import { readByline, readDateline } from '../../../src-main/core/ingest/metadata';

const slices = (text: string, ranges: { start: number; end: number }[]): string[] => ranges.map((r) => text.slice(r.start, r.end));

describe('text helpers', () => {
  it('paragraphs are blank-line separated and trimmed', () => {
    const text = '  One.\nstill one.\n\n\n Two. \n \nThree.';
    expect(slices(text, paragraphRanges(text))).toEqual(['One.\nstill one.', 'Two.', 'Three.']);
  });

  it('sentences: abbreviations, initials and dotted acronyms do not end a sentence', () => {
    const text = 'Feb. 28 (UPI) -- Sen. J. Doe met U.S. officials at 10 a.m. on Monday. “We agreed.” She left! Did he? Yes.';
    expect(slices(text, sentenceRanges(text, { start: 0, end: text.length }))).toEqual([
      'Feb. 28 (UPI) -- Sen. J. Doe met U.S. officials at 10 a.m. on Monday.',
      '“We agreed.”',
      'She left!',
      'Did he?',
      'Yes.',
    ]);
    expect(isAbbreviation('U.S')).toBe(true);
    expect(isAbbreviation('Jan')).toBe(true);
    expect(isAbbreviation('Monday')).toBe(false);
  });

  it('words keep dotted acronyms and drop sentence periods', () => {
    expect(wordsIn('The U.S. said so. Mr. Lee’s dog.').map((w) => w.text)).toEqual(['The', 'U.S.', 'said', 'so', 'Mr.', 'Lee’s', 'dog']);
  });

  it('names: roles dropped, institutions kept whole, appositives skipped', () => {
    const end = (s: string): string | undefined => nameEndingAt(s, 0, s.length)?.name;
    expect(end('Russia Foreign Ministry spokesperson Maria Zakharova ')).toBe('Maria Zakharova');
    expect(end('Russian Ambassador to the U.N. Vassily Nebenzia ')).toBe('Vassily Nebenzia');
    expect(end('Last week, Russia’s ambassador to the United States Anatoly Antonov ')).toBe('Anatoly Antonov');
    expect(end('Earlier Monday, U.S. Secretary of State Antony Blinken ')).toBe('Antony Blinken');
    expect(end('The U.S. Embassy in Russia ')).toBe('U.S. Embassy in Russia');
    expect(end('The State Department ')).toBe('State Department');
    expect(end('Olivia Dalton, a spokeswoman for the U.S. Mission to the United Nations, ')).toBe('Olivia Dalton');
    expect(end('Ambassador Lena Ortiz, Ostrana’s envoy in the Veldrian capital, ')).toBe('Lena Ortiz');
    expect(end('Paul Dane, his deputy, ')).toBe('Paul Dane');
    expect(nameEndingAt('ships left Port Arlen ', 11, 21)).toMatchObject({ kind: 'entity', name: 'Port Arlen' });
    expect(nameEndingAt('he ', 0, 3)).toMatchObject({ kind: 'pronoun', name: 'he' });
    expect(nameEndingAt('the embassy ', 0, 12)).toMatchObject({ kind: 'generic', name: 'the embassy' });
    expect(nameEndingAt('The moves ', 0, 10)).toBeNull();
    const s = 'Vallemont mayor Claire Duprès on Monday';
    expect(nameStartingAt(s, 0, s.length)?.name).toBe('Claire Duprès');
  });

  it('named mentions split at possessives and find people and institutions', () => {
    const text = 'Russia’s Foreign Ministry and Secretary of State Antony Blinken met the U.S. Embassy in Belarus.';
    const found = namedMentions(text).map((r) => [r.kind, r.name]);
    expect(found).toContainEqual(['person', 'Antony Blinken']);
    expect(found).toContainEqual(['institution', 'Foreign Ministry']);
    expect(found).toContainEqual(['institution', 'U.S. Embassy in Belarus']);
  });
});

describe('ingest helpers', () => {
  it('boilerplate lines: page furniture only, never article sentences', () => {
    for (const junk of ['License Photo', '4 mins read', 'Leave a Reply', 'Your email address will not be published.', 'Send this to a friend', 'Recommended Video', 'Related Topics', 'Share this article', 'Sign up for our daily newsletter', '1 of 2 | A man walks by. Photo by Jane Doe/UPI |', 'Photo: Jane Doe/AP', '(Reporting by Jane Doe; Editing by John Roe)', 'Advertisement']) {
      expect(isBoilerplateLine(junk), junk).toBe(true);
    }
    for (const body of ['The photo by a local resident was shared widely on Monday.', 'Reporting by the agency was thin.', 'Share prices fell 3 percent on Tuesday.', '| Year | Total |']) {
      expect(isBoilerplateLine(body), body).toBe(false);
    }
  });

  it('dates: full dates only, validated', () => {
    expect(findFullDate('on March 3, 2022 at noon')).toBe('2022-03-03');
    expect(findFullDate('3 March 2022')).toBe('2022-03-03');
    expect(findFullDate('3/29/2018')).toBe('2018-03-29');
    expect(findFullDate('29/3/2018')).toBe('2018-03-29');
    expect(findFullDate('2018-02-30')).toBeNull();
    expect(findFullDate('Feb. 28')).toBeNull();
    expect(dateLineValue('Updated: March 3, 2022 10:04 AM EST')).toBe('2022-03-03');
    expect(dateLineValue('Published Tuesday, 12 January 2021')).toBe('2021-01-12');
    expect(dateLineValue('The vote on March 3, 2022 was close.')).toBeNull();
  });

  it('datelines and bylines', () => {
    expect(readDateline('Feb. 28 (UPI) -- The United States')).toMatchObject({ outlet: 'UPI', published: null });
    expect(readDateline('KYIV, Ukraine, March 3, 2022 (Reuters) - Troops')).toMatchObject({ outlet: 'Reuters', published: '2022-03-03' });
    expect(readDateline('The United States on Monday')).toBeNull();
    expect(readByline('By Jane Doe')).toEqual({ author: 'Jane Doe', outlet: null });
    expect(readByline('By Jane Doe and John Roe, Reuters')).toEqual({ author: 'Jane Doe and John Roe', outlet: 'Reuters' });
    expect(readByline('Jane Doe, Reuters')).toEqual({ author: 'Jane Doe', outlet: 'Reuters' });
    expect(readByline('By Jane Doe, Staff Writer')).toEqual({ author: 'Jane Doe', outlet: null });
    expect(readByline('By Monday the talks had collapsed and both sides went home.')).toBeNull();
  });
});
