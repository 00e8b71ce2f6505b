// Paragraphs of a stored body text: blocks separated by at least one blank line.
import { trimRange, type TextRange } from './ranges';

const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

/** Trimmed, non-empty paragraph ranges, in order. Linear in the text length. */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    const r = trimRange(text, { start, end });
    if (r.end > r.start) ranges.push(r);
  };
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return ranges;
}
