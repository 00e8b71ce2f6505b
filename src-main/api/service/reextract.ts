// Which fresh extraction results a re-extraction may add beside the claims the analyst decided.
// A draft at the exact span of a kept claim is that claim again. A claim whose span the analyst
// edited no longer sits where extraction put it, and the store keeps no original offsets, so its
// original is found as the draft of the same kind that overlaps it most (each edited claim
// claims at most one draft): suggesting that span again would undo the analyst's edit.

interface Span {
  start: number;
  end: number;
  kind: string;
}

export interface KeptClaim extends Span {
  origin: 'extracted' | 'analyst';
  edited: boolean;
}

const key = (s: Span): string => `${s.start}:${s.end}`;

/** Overlap of two spans as a share of their union (0 when they do not overlap). */
function overlapRatio(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** The drafts to insert: none at a kept span, none that is the original of a span-edited claim. */
export function freshSuggestions<D extends Span>(drafts: readonly D[], kept: readonly KeptClaim[]): D[] {
  const keptSpans = new Set(kept.map(key));
  const draftSpans = new Set(drafts.map(key));
  const candidates = drafts.filter((d) => !keptSpans.has(key(d)));
  const taken = new Set<D>();
  // An extracted claim the analyst touched whose span no draft has: its span was edited.
  for (const k of kept) {
    if (k.origin !== 'extracted' || !k.edited || draftSpans.has(key(k))) continue;
    let best: D | null = null;
    let bestRatio = 0;
    for (const d of candidates) {
      if (taken.has(d) || d.kind !== k.kind) continue;
      const r = overlapRatio(d, k);
      if (r > bestRatio) {
        best = d;
        bestRatio = r;
      }
    }
    if (best) taken.add(best);
  }
  return candidates.filter((d) => !taken.has(d));
}
