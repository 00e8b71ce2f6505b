// One act or another of the same kind: "the expulsion of the 12 diplomats" is not the expulsion
// an article about 27 departing diplomats denies. An act is told apart by the count of people it
// names: a statement naming a count its rival's article never gives, while that article gives
// counts of its own, is about another act (another expulsion, another arrest).
import type { Features, Quantity } from './features';

/** Counts of people each article's statements give. */
export function personCounts(features: readonly Features[]): Map<number, Quantity[]> {
  const out = new Map<number, Quantity[]>();
  for (const f of features) {
    const people = f.quantities.filter((q) => q.kind === 'persons');
    if (people.length === 0) continue;
    const list = out.get(f.claim.articleId) ?? [];
    list.push(...people);
    out.set(f.claim.articleId, list);
  }
  return out;
}

const overlaps = (x: Quantity, y: Quantity): boolean => !(x.high < y.low || y.high < x.low);

/** `f` names a count of people that `other`'s article, which gives counts of its own, never gives. */
function countElsewhere(f: Features, other: Features, counts: ReadonlyMap<number, readonly Quantity[]>): boolean {
  const mine = f.quantities.filter((q) => q.kind === 'persons');
  const theirs = counts.get(other.claim.articleId) ?? [];
  return mine.length > 0 && theirs.length > 0 && !mine.some((q) => theirs.some((t) => overlaps(q, t)));
}

/** The two statements, from two articles, are about two acts. */
export const otherAct = (fa: Features, fb: Features, counts: ReadonlyMap<number, readonly Quantity[]>): boolean =>
  fa.claim.articleId !== fb.claim.articleId && (countElsewhere(fa, fb, counts) || countElsewhere(fb, fa, counts));
