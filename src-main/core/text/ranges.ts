/** A half-open span [start, end) of UTF-16 code units in a string. */
export interface TextRange {
  start: number;
  end: number;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** Shrinks a range so it neither starts nor ends with whitespace (may become empty). */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}
