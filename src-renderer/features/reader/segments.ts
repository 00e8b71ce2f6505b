// Article text → paragraphs → runs, each run either plain text or part of a claim. Offsets are
// UTF-16 indexes into the stored text (the contract's unit): everything here is slicing, never
// searching, so a highlight is exactly where the claim says it is.

export interface ClaimSpan {
  id: number;
  start: number;
  end: number;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  /** The innermost claim covering this run, or null. */
  claimId: number | null;
}

export interface Paragraph {
  start: number;
  end: number;
  runs: Run[];
}

/** Paragraph ranges: blocks separated by one or more blank lines; outer whitespace trimmed. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const sep = /\n[ \t\r\f\v]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end });
  };
  for (const m of text.matchAll(sep)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Splits [start, end) at every claim boundary; each piece takes its shortest covering claim. */
export function runsFor(text: string, start: number, end: number, claims: readonly ClaimSpan[]): Run[] {
  const inside = claims.filter((c) => c.end > start && c.start < end && c.end > c.start);
  const cuts = new Set<number>([start, end]);
  for (const c of inside) {
    if (c.start > start) cuts.add(c.start);
    if (c.end < end) cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    let best: ClaimSpan | null = null;
    for (const c of inside) {
      if (c.start <= a && c.end >= b && (!best || c.end - c.start < best.end - best.start)) best = c;
    }
    const claimId = best ? best.id : null;
    const prev = runs[runs.length - 1];
    if (prev && prev.claimId === claimId) {
      prev.end = b;
      prev.text = text.slice(prev.start, b);
    } else {
      runs.push({ start: a, end: b, text: text.slice(a, b), claimId });
    }
  }
  return runs;
}

export function segmentArticle(text: string, claims: readonly ClaimSpan[]): Paragraph[] {
  const valid = claims.filter((c) => c.start >= 0 && c.end <= text.length && c.end > c.start);
  return paragraphRanges(text).map((p) => ({ ...p, runs: runsFor(text, p.start, p.end, valid) }));
}
