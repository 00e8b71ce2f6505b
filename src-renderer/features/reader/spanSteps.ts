// Word-by-word moves of a claim's span edges over the article text (offsets are UTF-16 indexes,
// as everywhere). A span never becomes empty and never leaves the text.

export interface Span {
  start: number;
  end: number;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** The end moved past the next word (grow) or back before the last word (shrink). */
export function moveEnd(text: string, span: Span, dir: 1 | -1): Span {
  let e = span.end;
  if (dir > 0) {
    while (e < text.length && isSpace(text[e])) e++;
    while (e < text.length && !isSpace(text[e])) e++;
  } else {
    while (e > span.start && isSpace(text[e - 1])) e--;
    while (e > span.start && !isSpace(text[e - 1])) e--;
    while (e > span.start && isSpace(text[e - 1])) e--;
    if (e <= span.start) return span;
  }
  return { start: span.start, end: e };
}

/** The start moved back over the previous word (grow, dir -1) or past the first word (shrink, dir 1). */
export function moveStart(text: string, span: Span, dir: 1 | -1): Span {
  let s = span.start;
  if (dir < 0) {
    while (s > 0 && isSpace(text[s - 1])) s--;
    while (s > 0 && !isSpace(text[s - 1])) s--;
  } else {
    while (s < span.end && !isSpace(text[s])) s++;
    while (s < span.end && isSpace(text[s])) s++;
    if (s >= span.end) return span;
  }
  return { start: s, end: span.end };
}
