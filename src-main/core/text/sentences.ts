// Sentence ranges inside a paragraph. A sentence ends at . ! ? or … (plus any closing quote
// marks or brackets) followed by whitespace and something that can start a sentence.
import { isAbbreviation } from './abbreviations';
import { trimRange, type TextRange } from './ranges';

const CLOSERS = '"”’\')]»';
const TERMINATOR = /[.!?]/g;
const OPENERS_AFTER = /[\p{Lu}\p{N}"“‘'([«„]/u;

/** Index just past the terminator at `i` (with its closing marks) if a sentence ends there, else -1. */
export function sentenceBreakAt(text: string, i: number, end: number): number {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return -1;
  let j = i + 1;
  while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
  while (j < end && CLOSERS.includes(text[j] ?? '')) j++;
  if (j >= end) return end;
  if (!/\s/.test(text[j] ?? '')) return -1;
  let k = j;
  while (k < end && /\s/.test(text[k] ?? '')) k++;
  if (k >= end) return j;
  if (!OPENERS_AFTER.test(text[k] ?? '')) return -1;
  if (ch === '.' && j === i + 1) {
    // The word before the period: an abbreviation does not end a sentence, unless it is
    // followed by an opening quote mark (a new quoted sentence).
    let w = i;
    while (w > 0 && /[\p{L}.]/u.test(text[w - 1] ?? '')) w--;
    const word = text.slice(w, i);
    if (isAbbreviation(word) && !/["“«„]/.test(text[k] ?? '')) return -1;
  }
  return j;
}

/** Trimmed sentence ranges covering `range` of `text`, in order. */
export function sentenceRanges(text: string, range: TextRange): TextRange[] {
  const out: TextRange[] = [];
  let from = range.start;
  TERMINATOR.lastIndex = range.start;
  for (let m = TERMINATOR.exec(text); m && m.index < range.end; m = TERMINATOR.exec(text)) {
    const brk = sentenceBreakAt(text, m.index, range.end);
    if (brk < 0) continue;
    const r = trimRange(text, { start: from, end: brk });
    if (r.end > r.start) out.push(r);
    from = brk;
    TERMINATOR.lastIndex = Math.max(brk, m.index + 1);
  }
  const last = trimRange(text, { start: from, end: range.end });
  if (last.end > last.start) out.push(last);
  return out;
}
