// Quoted words set inline in a brief: the outer and inner quotation marks of the quote's language
// (“ ‘ ’ ” in English, « „ “ » in Russian and Ukrainian), and the closing punctuation that follows
// the quote placed as the citation style asks (US: commas and full stops inside the marks).

export interface QuoteMarks {
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
}

const ENGLISH: QuoteMarks = { open: '“', close: '”', innerOpen: '‘', innerClose: '’' };
const GUILLEMETS: QuoteMarks = { open: '«', close: '»', innerOpen: '„', innerClose: '“' };

/** The marks for a quote in `language` (ISO 639-1; anything unknown is set as English). */
export function quoteMarksFor(language: string | null | undefined): QuoteMarks {
  const lang = (language ?? '').toLowerCase().slice(0, 2);
  return lang === 'ru' || lang === 'uk' || lang === 'be' ? GUILLEMETS : ENGLISH;
}

/** Where commas and full stops after a closing quotation mark go. */
export type Punctuation = 'inside' | 'outside';

const OPENERS = new Set(['“', '«', '„', '‘', '‚']);
const CLOSER_OF: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’', '‚': '‘' };
const WORD = /[\p{L}\p{N}]/u;

/**
 * The quoted words with every quotation inside them set in the inner marks. One pass, one
 * character of look-around: a straight " opens after a space or bracket and closes otherwise;
 * curly marks pair with their own closer; an apostrophe (’ between letters) is left alone.
 */
export function nestQuotes(words: string, marks: QuoteMarks): string {
  const out: string[] = [];
  const open: string[] = [];
  const chars = [...words];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const prev = chars[i - 1] ?? ' ';
    const next = chars[i + 1] ?? ' ';
    const expected = open[open.length - 1];
    if (ch === '"') {
      const opens = expected !== '"' || (/[\s([{—–-]/u.test(prev) && !/\s/u.test(next));
      if (opens) open.push('"');
      else open.pop();
      out.push(opens ? marks.innerOpen : marks.innerClose);
    } else if (expected !== undefined && expected !== '"' && ch === CLOSER_OF[expected] && !(ch === '’' && WORD.test(prev) && WORD.test(next))) {
      open.pop();
      out.push(marks.innerClose);
    } else if (OPENERS.has(ch) && !(ch === '‘' && WORD.test(prev)) && CLOSER_OF[ch] !== undefined) {
      open.push(ch);
      out.push(marks.innerOpen);
    } else if ((ch === '”' || ch === '»') && open.length === 0) {
      // A closer without its opener (the quote began before the cited words): still an inner mark.
      out.push(marks.innerClose);
    } else out.push(ch);
  }
  return out.join('');
}

/**
 * Quoted words in their outer marks: “not an expulsion” / «это не высылка». `inside` is a comma
 * or full stop set inside the closing marks, inner ones too (“… ‘temporary.’”).
 */
export function quoteInline(words: string, language: string | null | undefined, inside = ''): string {
  const marks = quoteMarksFor(language);
  const nested = nestQuotes(words.trim(), marks);
  const body = inside && nested.endsWith(marks.innerClose) ? `${nested.slice(0, -marks.innerClose.length)}${inside}${marks.innerClose}` : `${nested}${inside}`;
  return `${marks.open}${body}${marks.close}`;
}

/** The language's own rule wins: Russian and Ukrainian always put punctuation outside « ». */
export function punctuationFor(style: Punctuation, language: string | null | undefined): Punctuation {
  return quoteMarksFor(language) === GUILLEMETS ? 'outside' : style;
}
