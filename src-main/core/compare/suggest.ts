// Suggested conflicts over many claims without comparing all pairs: claims are put into blocks
// by topic (a term one denies and another asserts, a pair of opposite words, or a rare key term
// together with what could differ — a kind of quantity, a date, a frame group), and only pairs
// inside a block are scored. A block too large to mean a topic is split by its members' other
// key terms, or skipped. Work grows with the claims times their few key terms.
import { otherAct, personCounts } from './acts';
import { campsOf, sameCamp } from './camps';
import { featuresOf, sameSpeaker, type CompareClaim, type Features } from './features';
import { reasonFor } from './reason';
import { scorePair, type PairScore, type Signal, type Weigh } from './score';

export interface ConflictCandidate {
  a: number;
  b: number;
  score: number;
  reason: string;
  signals: Signal[];
  shared: string[];
}

export interface SuggestOptions {
  /** Best first, at most this many (default 50). */
  limit?: number;
  /** Only pairs with this claim. */
  focus?: number;
  /** Pairs never to suggest (already related, rejected): called with the two claim ids. */
  exclude?: (a: number, b: number) => boolean;
  /** Blocks making more pairs than this many claims would are too general to mean a topic (default 150). */
  maxBlock?: number;
  /**
   * How surely two claims' articles report the same story, 0…1 (1: the same article). A pair
   * from unrelated stories sharing a word is rarely a conflict: its score is scaled down.
   */
  story?: (a: CompareClaim, b: CompareClaim) => number;
}

/** What a denial keeps against an assertion about another act of the same kind (see acts.ts). */
const OTHER_ACT = 0.6;

/** What a pair of statements from one camp (both speakers on one side) keeps of its score. */
const ONE_CAMP = 0.5;

/** From this story overlap on two articles tell one story. */
const SAME_STORY = 0.8;

/** What a pair from wholly unrelated stories keeps of its score. */
const UNRELATED_STORY = 0.3;

/** Key terms per claim used to form blocks (its rarest ones). */
const KEY_TERMS = 8;
/** Claims shorter than this are quoted fragments ("expelled"), not statements. */
const MIN_WORDS = 3;

/** Claims not lying inside another claim of the same article (the quoted word inside its reported sentence). */
function withoutFragments(claims: readonly CompareClaim[]): CompareClaim[] {
  const byArticle = new Map<number, CompareClaim[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId) ?? [];
    list.push(c);
    byArticle.set(c.articleId, list);
  }
  const out: CompareClaim[] = [];
  for (const list of byArticle.values()) {
    list.sort((x, y) => x.start - y.start || y.end - x.end || x.id - y.id);
    let reach = -1;
    for (const c of list) {
      if (c.end > reach) out.push(c);
      reach = Math.max(reach, c.end);
    }
  }
  return out.sort((x, y) => x.id - y.id);
}

/** A count, not a source ("Twelve percent", "40 percent of voters"). */
const COUNT_WORDS = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|most|many|some|few)\b|.*\bpercent\b)/i;

/** A speaker that names a source: written with a capital (a name, an institution), not a count. */
const namedSource = (speaker: string | null): boolean => {
  const s = speaker?.trim() ?? '';
  return /^\p{Lu}/u.test(s) && !COUNT_WORDS.test(s);
};

/**
 * Claims worth comparing: whole statements (no fragments) long enough to say something, by a
 * named speaker (a conflict is between sources; an unattributed line or "its defenders" has none
 * to weigh).
 */
export const comparable = (claims: readonly CompareClaim[]): CompareClaim[] =>
  withoutFragments(claims).filter((c) => namedSource(c.speaker) && c.text.trim().split(/\s+/).length >= MIN_WORDS);

/** Ids of claims lying inside another claim of the same article. */
export function fragmentIds(claims: readonly CompareClaim[]): Set<number> {
  const whole = new Set(withoutFragments(claims).map((c) => c.id));
  return new Set(claims.filter((c) => !whole.has(c.id)).map((c) => c.id));
}

/** Inverse document frequency of each key over the claims. */
export function weights(features: readonly Features[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const k of [...f.keys.keys(), ...f.facets]) df.set(k, (df.get(k) ?? 0) + 1);
  const n = features.length;
  const w = new Map<string, number>();
  for (const [k, d] of df) w.set(k, Math.log(1 + n / d));
  return w;
}

interface Block {
  /** Members by role: pairs are formed across roles (one role: all pairs inside). */
  roles: number[][];
}

function addTo(blocks: Map<string, Block>, key: string, role: number, member: number, roles: number): void {
  let b = blocks.get(key);
  if (!b) {
    b = { roles: Array.from({ length: roles }, () => []) };
    blocks.set(key, b);
  }
  b.roles[role]!.push(member);
}

/** Why two given claims would be a conflict (weights from all `claims`), or null when nothing differs. */
export function explainPair(claims: readonly CompareClaim[], a: CompareClaim, b: CompareClaim): Omit<ConflictCandidate, 'a' | 'b'> | null {
  const features = comparable(claims).map(featuresOf);
  const w = weights([...features, featuresOf(a), featuresOf(b)]);
  const fa = featuresOf(a);
  const fb = featuresOf(b);
  const pair = scorePair(fa, fb, (k) => w.get(k) ?? 0);
  return pair ? candidateOf(fa, fb, pair) : null;
}

function candidateOf(fa: Features, fb: Features, pair: PairScore): Omit<ConflictCandidate, 'a' | 'b'> {
  return {
    score: pair.score,
    reason: reasonFor(fa, fb, pair),
    signals: [...new Set(pair.findings.map((f) => f.signal))],
    shared: pair.shared.slice(0, 6).map((s) => s.surface),
  };
}

/**
 * Calls `visit(i, j)` for every pair of `features` sharing a block (a pair may come more than
 * once). A block making more pairs than `maxBlock` claims would is split by the members' other key
 * terms (pairs must share one more); what is still too large is skipped as too general a topic.
 */
export function visitCandidatePairs(features: readonly Features[], weigh: Weigh, maxBlock: number, visit: (i: number, j: number) => void): void {
  const df = (k: string): number => features.length / (Math.exp(weigh(k)) - 1);
  const topKeys = features.map((f) =>
    [...f.keys.keys(), ...f.facets]
      .filter((k) => df(k) >= 1.5)
      .sort((x, y) => weigh(y) - weigh(x) || (x < y ? -1 : 1))
      .slice(0, KEY_TERMS),
  );
  const blocks = new Map<string, Block>();
  features.forEach((f, i) => {
    // Polarity: a term denied here and asserted there.
    for (const [k, use] of f.keys) {
      if (use.polarity) addTo(blocks, `p:${k}`, use.polarity === 'negated' ? 0 : 1, i, 2);
    }
    // Opposites by prefix meet their base word's block.
    for (const base of f.opposites) addTo(blocks, `p:${base}`, 0, i, 2);
    // Opposite words: each side of a pair meets the other.
    for (const [pair, use] of f.antonyms) addTo(blocks, `o:${pair}`, use.side, i, 2);
    const kinds = new Set(f.quantities.map((q) => q.kind));
    for (const k of topKeys[i]!) {
      for (const kind of kinds) addTo(blocks, `n:${kind}:${k}`, 0, i, 1);
      if (f.dates.length) addTo(blocks, `d:${k}`, 0, i, 1);
      for (const [group, use] of f.frames) addTo(blocks, `f:${group}:${k}`, use.frame, i, 2);
    }
  });

  const pairsIn = (roles: readonly (readonly number[])[]): void => {
    if (roles.length === 1) {
      const m = roles[0]!;
      for (let p = 0; p < m.length; p++) for (let q = p + 1; q < m.length; q++) visit(m[p]!, m[q]!);
      return;
    }
    for (let r = 0; r < roles.length; r++) {
      for (let s = r + 1; s < roles.length; s++) for (const i of roles[r]!) for (const j of roles[s]!) visit(i, j);
    }
  };
  // A block is judged by the pairs it makes: a term denied by a few and asserted by many is fine.
  const maxPairs = (maxBlock * (maxBlock - 1)) / 2;
  const pairCount = (roles: readonly (readonly number[])[]): number => {
    if (roles.length === 1) return (roles[0]!.length * (roles[0]!.length - 1)) / 2;
    let pairs = 0;
    for (let r = 0; r < roles.length; r++) for (let s = r + 1; s < roles.length; s++) pairs += roles[r]!.length * roles[s]!.length;
    return pairs;
  };
  for (const block of blocks.values()) {
    if (pairCount(block.roles) <= maxPairs) {
      pairsIn(block.roles);
      continue;
    }
    // Too general alone ("expel" across a whole collection about expulsions): split by co-terms.
    const sub = new Map<string, number[][]>();
    block.roles.forEach((members, role) => {
      for (const i of members) {
        for (const k of topKeys[i]!) {
          let roles = sub.get(k);
          if (!roles) {
            roles = block.roles.map(() => []);
            sub.set(k, roles);
          }
          roles[role]!.push(i);
        }
      }
    });
    for (const roles of sub.values()) if (pairCount(roles) <= maxPairs) pairsIn(roles);
  }
}

interface Found {
  fa: Features;
  fb: Features;
  pair: PairScore;
}

/** Ranking: higher score first, then lower claim ids. */
const better = (x: Found, y: Found): boolean =>
  x.pair.score !== y.pair.score
    ? x.pair.score > y.pair.score
    : x.fa.claim.id !== y.fa.claim.id
      ? x.fa.claim.id < y.fa.claim.id
      : x.fb.claim.id < y.fb.claim.id;

export function suggestConflicts(claims: readonly CompareClaim[], options: SuggestOptions = {}): ConflictCandidate[] {
  const limit = options.limit ?? 50;
  const features = comparable(claims).map(featuresOf);
  const w = weights(features);
  const weigh = (k: string): number => w.get(k) ?? 0;

  const seen = new Set<number>();
  const n = features.length;
  const found: Found[] = [];
  // Speakers compared once per pair of names, not once per pair of claims.
  const names = [...new Set(features.map((f) => f.claim.speaker ?? ''))];
  const nameIndex = new Map(names.map((name, i) => [name, i]));
  const speakerOf = features.map((f) => nameIndex.get(f.claim.speaker ?? '')!);
  const sameMemo = new Map<number, boolean>();
  const oneSpeaker = (x: number, y: number): boolean => {
    const [p, q] = speakerOf[x]! <= speakerOf[y]! ? [speakerOf[x]!, speakerOf[y]!] : [speakerOf[y]!, speakerOf[x]!];
    const key = p * names.length + q;
    let same = sameMemo.get(key);
    if (same === undefined) sameMemo.set(key, (same = sameSpeaker(names[p] || null, names[q] || null)));
    return same;
  };
  const camps = features.map((f) => campsOf(f.claim.speaker, f.claim.role));
  const counts = personCounts(features);
  const focusIndex = options.focus === undefined ? -1 : features.findIndex((f) => f.claim.id === options.focus);
  if (options.focus !== undefined && focusIndex < 0) return [];
  visitCandidatePairs(features, weigh, options.maxBlock ?? 150, (i, j) => {
    if (i === j) return;
    const [x, y] = i < j ? [i, j] : [j, i];
    if (focusIndex >= 0 && x !== focusIndex && y !== focusIndex) return;
    const id = x * n + y;
    if (seen.has(id)) return;
    seen.add(id);
    const fa = features[x]!;
    const fb = features[y]!;
    // One speaker does not contradict themself (usually); one statement relayed twice is one statement.
    if (oneSpeaker(x, y) || fa.normText === fb.normText) return;
    if (options.exclude?.(fa.claim.id, fb.claim.id)) return;
    const story = options.story ? Math.max(0, Math.min(1, options.story(fa.claim, fb.claim))) : 1;
    const scored = scorePair(fa, fb, weigh, !!options.story && story >= SAME_STORY);
    if (!scored) return;
    const denial = scored.findings.every((f) => f.signal === 'polarity');
    const scale =
      (UNRELATED_STORY + (1 - UNRELATED_STORY) * story) * (sameCamp(camps[x]!, camps[y]!) ? ONE_CAMP : 1) * (denial && otherAct(fa, fb, counts) ? OTHER_ACT : 1);
    const pair = scale === 1 ? scored : { ...scored, score: Math.round(scored.score * scale * 1000) / 1000 };
    // Only the best `limit` are kept (sorted, best first), so memory stays small.
    const entry = { fa, fb, pair };
    if (found.length === limit && better(found[limit - 1]!, entry)) return;
    let at = found.length;
    while (at > 0 && better(entry, found[at - 1]!)) at--;
    found.splice(at, 0, entry);
    if (found.length > limit) found.pop();
  });
  // Reasons are written for the ones returned only.
  return found.map(({ fa, fb, pair }) => ({ a: fa.claim.id, b: fb.claim.id, ...candidateOf(fa, fb, pair) }));
}
