// The sentence a quote sits in, for the citation hover card (pure: no DOM, no API).
import type { QuoteContext } from '../../../src-main/api/contract/methods';

/** The sentence around [start, end) of `text`, cut at sentence ends and line breaks (≤ 300 chars each way). */
export function sentenceAround(text: string, start: number, end: number): QuoteContext {
  const MAX = 300;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const from = Math.max(lineStart, start - MAX);
  const to = Math.min(lineEndAt < 0 ? text.length : lineEndAt, end + MAX);
  const head = text.slice(from, start);
  const ends = [...head.matchAll(/[.!?…]["”’')\]]*\s+(?=[\p{Lu}"“‘(])/gu)];
  const lastEnd = ends.at(-1);
  const before = lastEnd ? head.slice((lastEnd.index ?? 0) + lastEnd[0].length) : head;
  const tail = text.slice(end, to);
  const next = /[.!?…]["”’')\]]*(?=\s|$)/u.exec(tail);
  const after = next ? tail.slice(0, next.index + next[0].length) : tail;
  return { before: before.trimStart(), after: after.trimEnd() };
}
