import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsText, type CitedArticle, type ResolvedQuote } from '../../../src-main/core/export/brief';
import { cslItem, cslNames, cslStyle, runsFromMarked } from '../../../src-main/core/export/csl-style';
import { statementStyle } from '../../../src-main/core/export/statement-style';
import { ledger, varga } from './fixtures';

const CSL_DIR = join(import.meta.dirname, '..', '..', '..', 'resources', 'csl');
const csl = (file: string): string => readFileSync(join(CSL_DIR, file), 'utf8');
const LOCALE = csl('locales-en-US.xml');
const quote = (article: CitedArticle, speaker: string | null, q: string): ResolvedQuote => ({ quote: q, speaker, article, context: null });

describe('statement style', () => {
  const style = statementStyle([varga, ledger]);
  it('note only: leads with the speaker and the exact quote, then outlet, date and title; short later', () => {
    const notes = style.notes([
      { cited: quote(varga, 'Elena Varga', 'This is a routine decision'), withQuote: true },
      { cited: quote(ledger, null, 'amounts to expulsion'), withQuote: true },
      { cited: quote(varga, 'Elena Varga', 'a "routine" step'), withQuote: true },
    ]);
    expect(notes.map(runsText)).toEqual([
      'Elena Varga — “This is a routine decision”, Harbor Wire, 4 March 2025 (Veldria orders closure).',
      '“amounts to expulsion”, The Ledger, March 2025 (Ostmark responds).',
      'Elena Varga — “a ‘routine’ step”, Harbor Wire, Veldria orders closure.',
    ]);
    expect(notes[0]?.find((r) => r.text === 'Veldria orders closure')?.marks).toEqual(['italic']);
    expect(style.punctuation).toBe('outside');
  });
  it('lists each source once, alphabetically', () => {
    expect(style.bibliography().map(runsText)).toEqual(['John Smith. Veldria orders closure. Harbor Wire, 4 March 2025.', 'Ostmark responds. The Ledger, March 2025.']);
  });
});

describe('CSL styles through citeproc', () => {
  it('Chicago: full first note, short later note, ibid. right after; full bibliography entry with the outlet in italics', () => {
    const style = cslStyle(csl('chicago-note-bibliography.csl'), LOCALE, [varga, ledger]);
    const notes = style.notes([
      { cited: quote(varga, 'Elena Varga', 'This is a routine decision'), withQuote: true },
      { cited: quote(ledger, null, 'amounts to expulsion'), withQuote: false },
      { cited: quote(varga, null, 'routine'), withQuote: false },
      { cited: quote(varga, null, 'routine'), withQuote: false },
    ]);
    expect(notes.map(runsText)).toEqual([
      'Elena Varga: “This is a routine decision” — John Smith, “Veldria Orders Closure,” Harbor Wire, March 4, 2025.',
      '“Ostmark Responds,” The Ledger, March 2025.',
      'Smith, “Veldria Orders Closure.”',
      'Ibid.',
    ]);
    expect(style.punctuation).toBe('inside');
    const bib = style.bibliography();
    expect(bib.map(runsText)).toEqual(['Smith, John. “Veldria Orders Closure.” Harbor Wire, March 4, 2025.', 'The Ledger. “Ostmark Responds.” March 2025.']);
    expect(bib[0]?.find((r) => r.text === 'Harbor Wire')?.marks).toEqual(['italic']);
  });

  it('APA 7: in-text citation closes the footnote; reference list with year first', () => {
    const style = cslStyle(csl('apa.csl'), LOCALE, [varga, ledger]);
    const notes = style.notes([
      { cited: quote(varga, null, 'This is a routine decision'), withQuote: true },
      { cited: quote(varga, null, 'This is a routine decision'), withQuote: false },
    ]);
    expect(notes.map(runsText)).toEqual(['“This is a routine decision” (Smith, 2025).', '(Smith, 2025).']);
    expect(style.bibliography().map(runsText)).toEqual(['Ostmark responds. (2025, March). The Ledger.', 'Smith, J. (2025, March 4). Veldria orders closure. Harbor Wire.']);
  });

  it('keeps hostile text as text: no marker or markup from data survives into runs', () => {
    const hostile: CitedArticle = { id: 3, title: 'Evil \uE010title <script>alert(1)</script> & co', outlet: 'Out\uE01Flet', author: null, published: null };
    const style = cslStyle(csl('apa.csl'), LOCALE, [hostile]);
    const entry = style.bibliography()[0] ?? [];
    expect(runsText(entry)).toBe('Evil title <script>alert(1)</script> & co. (n.d.). Outlet.');
    expect(entry.find((r) => r.text === 'Outlet')?.marks).toEqual(['italic']);
  });

  it('reads citeproc marker output back into runs, with normal cancelling italic', () => {
    expect(runsFromMarked('a \uE010b \uE011c\uE01F d\uE01F e')).toEqual([{ text: 'a ' }, { text: 'b ', marks: ['italic'] }, { text: 'c' }, { text: ' d', marks: ['italic'] }, { text: ' e' }]);
  });

  it('makes CSL-JSON items with names, outlet and date parts', () => {
    expect(cslItem(varga)).toEqual({
      id: 'article-1',
      type: 'article-newspaper',
      title: 'Veldria orders closure',
      'container-title': 'Harbor Wire',
      author: [{ family: 'Smith', given: 'John' }],
      issued: { 'date-parts': [[2025, 3, 4]] },
    });
    expect(cslNames('By Jane Doe and John Roe')).toEqual([
      { family: 'Doe', given: 'Jane' },
      { family: 'Roe', given: 'John' },
    ]);
    expect(cslNames('Reuters staff')).toEqual([{ literal: 'Reuters staff' }]);
  });
});
