import { describe, expect, it } from 'vitest';
import { claimsCsv, csvField, type ClaimRecord } from '../../../src-main/core/export/claims-table';
import { quoteContext } from '../../../src-main/core/export/quote-context';
import { escapeBibtex, sourcesBibtex } from '../../../src-main/core/export/sources';
import { ledger, varga } from './fixtures';

describe('sources as BibTeX', () => {
  it('writes one @article per source with unique keys and escaped fields', () => {
    const bib = sourcesBibtex([varga, { ...varga, id: 5 }, { ...ledger, title: '50% off {braces} & #tags_' }]);
    expect(bib.match(/^@article\{/gm)).toHaveLength(3);
    expect([...bib.matchAll(/^@article\{([^,]+),/gm)].map((m) => m[1])).toEqual(['smith2025veldria', 'smith2025veldriaa', 'theledger2025braces']);
    expect(bib).toContain('author = {Smith, John}');
    expect(bib).toContain('journal = {Harbor Wire}');
    expect(bib).toContain('date = {2025-03-04}');
    expect(bib).toContain('title = {{50\\% off \\{braces\\} \\& \\#tags\\_}}');
    expect(escapeBibtex('a\\b~c^')).toBe('a\\textbackslash{}b\\textasciitilde{}c\\textasciicircum{}');
  });
});

describe('claims as CSV', () => {
  const row: ClaimRecord = { id: 1, articleId: 2, articleTitle: 'T, "quoted"', outlet: null, published: '2025-01-02', kind: 'direct', speaker: '=HYPERLINK("x")', status: 'confirmed', start: 3, end: 9, text: 'line\nbreak' };
  it('quotes fields per RFC 4180 and defuses spreadsheet formulas', () => {
    const csv = claimsCsv([row]);
    expect(csv.split('\r\n')[0]).toBe('id,articleId,articleTitle,outlet,published,kind,speaker,status,start,end,text');
    expect(csv).toContain('1,2,"T, ""quoted""",,2025-01-02,direct,"\'=HYPERLINK(""x"")",confirmed,3,9,"line\nbreak"\r\n');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('-3')).toBe("'-3");
  });
});

describe('quote context', () => {
  const text = 'Intro line.\nShe said “U.S. staff must leave by Jan. 31,” the spokesperson said, adding more. Next sentence here.\nOther paragraph.';
  it('extends to the sentence around the quote, past abbreviations, not past the line', () => {
    const start = text.indexOf('U.S. staff');
    const end = text.indexOf(',”');
    expect(quoteContext(text, start, end)).toEqual({ before: 'She said “', after: ',” the spokesperson said, adding more.' });
  });
  it('stops at the line when no sentence ends', () => {
    const start = text.indexOf('Other');
    expect(quoteContext(text, start, start + 5)).toEqual({ before: '', after: ' paragraph.' });
  });
});
