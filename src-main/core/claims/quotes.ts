// Direct-quote spans: the words inside quote marks, paragraph by paragraph. Straight "…",
// doubled apostrophes ''…'' (as some wire feeds write them), curly “…”, German „…“ and guillemets «…». A quote never crosses a blank line: one left open
// ends with its paragraph, and a stray mark is ignored rather than swallowing the article.
import type { TextRange } from '../text/ranges';

export interface QuoteSpan {
  /** Position of the opening mark. */
  open: number;
  /** Position just past the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** The claim span: the quoted words, without the marks, surrounding space or trailing , . ; : */
  start: number;
  end: number;
  /** Index of the paragraph holding the quote. */
  paragraph: number;
  /** True when the quote was left open at the paragraph end. */
  unclosed: boolean;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrNone = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const MARK = /["“”„«»]|''/g;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;

/** A straight " (or '') opens when it follows space or an opening bracket / dash and precedes a non-space. */
function straightOpens(text: string, i: number, from: number, len = 1): boolean {
  const prev = i > from ? text[i - 1] : undefined;
  const next = text[i + len];
  return (prev === undefined || OPEN_CONTEXT.test(prev)) && !isSpaceOrNone(next);
}

/** Closing marks accepted for each opening mark. */
const CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '"': '"',
  "''": "''",
};

/** The claim span inside the marks: trimmed of space and of trailing , ; : and a sentence-final period. */
function innerSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  for (;;) {
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const last = text[end - 1];
    if (last === ',' || last === ';' || last === ':') {
      end--;
      continue;
    }
    if (last === '.' && text[end - 2] !== '.') {
      // Keep the period of an abbreviation ("the U.S."), drop a sentence-final one.
      let w = end - 1;
      while (w > start && /[\p{L}.]/u.test(text[w - 1] ?? '')) w--;
      const word = text.slice(w, end - 1);
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) break;
      end--;
      continue;
    }
    break;
  }
  return { start, end };
}

/** All quote spans in `text`, given its paragraph ranges; ordered, non-overlapping. */
export function findQuotes(text: string, paragraphs: readonly TextRange[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  paragraphs.forEach((para, p) => {
    let openAt = -1;
    let openLen = 1;
    let closers = '';
    const emit = (open: number, contentEnd: number, close: number, unclosed: boolean): void => {
      const inner = innerSpan(text, open + openLen, contentEnd);
      if (inner.end <= inner.start) return;
      if (!/[\p{L}\p{N}]/u.test(text.slice(inner.start, inner.end))) return;
      out.push({ open, close, start: inner.start, end: inner.end, paragraph: p, unclosed });
    };
    MARK.lastIndex = para.start;
    for (let m = MARK.exec(text); m && m.index < para.end; m = MARK.exec(text)) {
      const i = m.index;
      const ch = m[0];
      if (openAt < 0) {
        if (ch === '"' || ch === "''") {
          if (straightOpens(text, i, para.start, ch.length)) {
            openAt = i;
            openLen = ch.length;
            closers = CLOSERS[ch]!;
          }
        } else if (ch === '“' || ch === '„' || ch === '«') {
          openAt = i;
          openLen = 1;
          closers = CLOSERS[ch]!;
        } else if (ch === '”' && isSpaceOrNone(i > para.start ? text[i - 1] : undefined) && isWordChar(text[i + 1])) {
          // ”…” (Swedish / Finnish style): a ” after space and before a word opens.
          openAt = i;
          openLen = 1;
          closers = '”';
        }
        // Any other mark with nothing open is stray: ignored.
        continue;
      }
      if (ch === closers && (ch === '"' || ch === "''") && /\s/.test(text[i - 1] ?? '') && straightOpens(text, i, para.start, ch.length)) {
        // Space before and a word after: this mark opens. A closing mark never follows a space,
        // so the one open before was stray; it ends here, unclosed.
        emit(openAt, i, i, true);
        openAt = i;
      } else if (closers === "''" ? ch === "''" : ch.length === 1 && closers.includes(ch)) {
        emit(openAt, i, i + ch.length, false);
        openAt = -1;
      } else if (ch === '“' || ch === '„' || ch === '«') {
        // A new opening mark while one is open: the earlier one was never closed; end it here.
        emit(openAt, i, i, true);
        openAt = i;
        openLen = 1;
        closers = CLOSERS[ch]!;
      }
    }
    if (openAt >= 0) emit(openAt, para.end, para.end, true);
  });
  return out;
}
