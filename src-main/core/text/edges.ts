// Trimming by scanning from both ends: linear however long a run of the trimmed characters sits
// inside the string (an end-anchored pattern such as /[*_\s]+$/ retries at every character of
// such a run, which is quadratic on a megabyte of spaces).

const isSpace = (ch: string): boolean => ch.trim() === '';

/** `s` without leading characters `lead` accepts and trailing ones `trail` accepts. */
export function trimEdges(s: string, lead: (ch: string) => boolean, trail: (ch: string) => boolean = lead): string {
  let start = 0;
  let end = s.length;
  while (start < end && lead(s[start]!)) start++;
  while (end > start && trail(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/** A line without Markdown emphasis, heading and quote marks or spaces at its edges. */
export const stripMarkupEdges = (line: string): string =>
  trimEdges(
    line,
    (ch) => ch === '*' || ch === '_' || ch === '#' || ch === '>' || isSpace(ch),
    (ch) => ch === '*' || ch === '_' || isSpace(ch),
  );
