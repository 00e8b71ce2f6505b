// Splitting a run of the reader's text at annotation boundaries, so each piece can carry the
// highlights covering it. Offsets are UTF-16 indexes into the stored text, as everywhere: pieces
// are slices, never searches, so a highlight is exactly where its annotation says it is.

export interface AnnotationSpan {
  id: number;
  start: number;
  end: number;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  /** Annotations covering the piece, shortest (innermost) first; empty when none. */
  ids: number[];
}

/** Cuts text[start, end) at every annotation boundary inside it. */
export function annotationPieces(text: string, start: number, end: number, spans: readonly AnnotationSpan[]): Piece[] {
  const inside = spans.filter((s) => s.end > start && s.start < end && s.end > s.start);
  if (inside.length === 0) return [{ start, end, text: text.slice(start, end), ids: [] }];
  const cuts = new Set<number>([start, end]);
  for (const s of inside) {
    if (s.start > start) cuts.add(s.start);
    if (s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const ids = inside
      .filter((s) => s.start <= a && s.end >= b)
      .sort((x, y) => x.end - x.start - (y.end - y.start) || x.id - y.id)
      .map((s) => s.id);
    pieces.push({ start: a, end: b, text: text.slice(a, b), ids });
  }
  return pieces;
}

/**
 * Vertical places for margin cards: each wants to sit level with its highlight, none may overlap
 * the one above it. `wanted` in document order; returns the tops, same order.
 */
export function stackCards(wanted: readonly { top: number; height: number }[], gap = 6): number[] {
  const tops: number[] = [];
  let floor = -Infinity;
  for (const w of wanted) {
    const top = Math.max(w.top, floor);
    tops.push(top);
    floor = top + w.height + gap;
  }
  return tops;
}
