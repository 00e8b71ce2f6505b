// Scoring one pair of claims: how much they are about the same thing (shared rare terms), and
// where they differ — polarity (one denies what the other asserts), numbers or dates for the same
// quantity, or rival framing words for the same act.
import { NEGATING_PREFIX, type DateFact, type Features, type Quantity } from './features';
import { frameAct } from './lexicon';
import { termKey, type Term } from './terms';

const oppositeBase = (surface: string): string => {
  const m = NEGATING_PREFIX.exec(surface.toLowerCase());
  return m ? termKey(m[1]!) : '';
};

/** Could the two differ at all? A cheap test before any scoring. */
export function mayDiffer(fa: Features, fb: Features): boolean {
  if (fa.dates.length > 0 && fb.dates.length > 0) return true;
  for (const q of fa.quantities) if (fb.quantities.some((r) => r.kind === q.kind)) return true;
  for (const [group, use] of fa.frames) {
    const other = fb.frames.get(group);
    if (other && other.frame !== use.frame) return true;
  }
  const [small, large] = fa.keys.size <= fb.keys.size ? [fa, fb] : [fb, fa];
  for (const [key, use] of small.keys) {
    const p = use.polarity;
    if (p && large.keys.get(key)?.polarity === (p === 'negated' ? 'asserted' : 'negated')) return true;
  }
  for (const [pair, use] of fa.antonyms) {
    const other = fb.antonyms.get(pair);
    if (other && other.side !== use.side) return true;
  }
  return fa.opposites.some((k) => fb.keys.has(k)) || fb.opposites.some((k) => fa.keys.has(k));
}

/** Opposite words asserted about the same thing ("prices rose" / "prices fell"). */
function antonyms(fa: Features, fb: Features): OppositeFinding | null {
  for (const [pair, use] of fa.antonyms) {
    const other = fb.antonyms.get(pair);
    if (!other || other.side === use.side) continue;
    const quote = (f: Features, t: Term): string => snippet(f.claim.text, assertStart(f.claim.text, t.start), t.end);
    return { signal: 'polarity', key: null, strength: 0.8, a: quote(fa, use.term), b: quote(fb, other.term) };
  }
  return null;
}

export type Signal = 'polarity' | 'number' | 'date' | 'framing';

/** Weight of a key: rare keys say more about what a claim is about. */
export type Weigh = (key: string) => number;

export interface PolarityFinding {
  signal: 'polarity';
  key: string;
  /** Which side denies: 'a' or 'b'. */
  denier: 'a' | 'b';
  strength: number;
  /** The denying words and the asserting words, as written. */
  denied: string;
  asserted: string;
}

/** Opposite words asserted by each ("rose" / "fell"). */
export interface OppositeFinding {
  signal: 'polarity';
  key: null;
  strength: number;
  /** The words as written, each with up to two words before it. */
  a: string;
  b: string;
}

export interface NumberFinding {
  signal: 'number';
  strength: number;
  a: Quantity;
  b: Quantity;
}

export interface DateFinding {
  signal: 'date';
  strength: number;
  a: DateFact;
  b: DateFact;
}

export interface FramingFinding {
  signal: 'framing';
  strength: number;
  act: string;
  a: string;
  b: string;
}

export type Finding = PolarityFinding | OppositeFinding | NumberFinding | DateFinding | FramingFinding;

export interface PairScore {
  score: number;
  /** 0…1: how much the two are about the same thing. */
  topic: number;
  findings: Finding[];
  /** Shared keys, rarest first, as written in the first claim. */
  shared: { key: string; surface: string }[];
}


/** Up to `words` words of `text` before offset `end`'s word, through `end`, without quote marks. */
function snippet(text: string, from: number, end: number): string {
  return text
    .slice(from, end)
    .replace(/["“”«»„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a quote of the asserting words starts: two words back (articles not counted), within the clause. */
function assertStart(text: string, termStart: number): number {
  const before = text.slice(0, termStart);
  const cut = Math.max(...[...',;:.!?()—–'].map((ch) => before.lastIndexOf(ch)));
  const words = [...before.slice(cut + 1).matchAll(/[\p{L}\p{N}'’-]+/gu)];
  let start = termStart;
  let counted = 0;
  for (let k = words.length - 1; k >= 0 && counted < 2; k--) {
    const w = words[k]!;
    start = cut + 1 + w.index;
    if (!/^(?:a|an|the)$/i.test(w[0])) counted++;
  }
  return start;
}

/** A negated auxiliary or modal ("don’t", "isn’t", "cannot") or a "non-" prefix (linear: one word, a fixed tail). */
const WEAK_NEGATION = /\b(?:\p{L}+n['’]t|cannot|non-)/iu;
const WEAK_POLARITY = 0.8;
/** What a denial keeps when it is about another thing than the assertion ("good night" / "Monday night"). */
const OTHER_THING = 0.3;

/** Keys of the content words written right before and after `t` (only spaces or a hyphen between; names left out). */
function neighbours(f: Features, t: Term): string[] {
  const at = f.terms.findIndex((x) => x.start === t.start);
  const out: string[] = [];
  const prev = f.terms[at - 1];
  const next = f.terms[at + 1];
  if (prev && !prev.name && /^[\s-]+$/.test(f.claim.text.slice(prev.end, t.start))) out.push(prev.key);
  if (next && !next.name && /^[\s-]+$/.test(f.claim.text.slice(t.end, next.start))) out.push(next.key);
  return out;
}

/**
 * The denied and the asserted words name different things: the denied word comes with a word the
 * asserted one does not come with ("not the working class" / "the middle class", "no single point
 * of failure" / "a single year", "isn't tax reform" / "a tax increase").
 */
function otherThing(denier: Features, denied: Term, asserter: Features, asserted: Term): boolean {
  const dn = neighbours(denier, denied);
  const an = neighbours(asserter, asserted);
  if (dn.some((k) => !an.includes(k))) return true;
  const subject = deniedOf(denier, denied);
  return subject !== '' && !asserter.keys.has(subject);
}

/**
 * What "X is not Y" denies of: the subject X when it is a content word ("the goal is not
 * revenue" denies that revenue is the goal, not revenue); '' for "it is not", "this isn't",
 * "what's happening is not", "what the council plans is not".
 */
function deniedOf(f: Features, t: Term): string {
  if (t.negStart === undefined) return '';
  const before = f.claim.text.slice(0, t.negStart);
  const clause = before.slice(Math.max(...[...',;:.!?()—–'].map((ch) => before.lastIndexOf(ch))) + 1);
  // "What the council plans is not …" names no subject of its own.
  if (/\bwhat\b/i.test(clause)) return '';
  const m = /([\p{L}'’-]+)\s+(?:is|was|are|were)\s+$/iu.exec(clause);
  return m ? termKey(m[1]!) : '';
}

function polarity(fa: Features, fb: Features, shared: readonly string[], weigh: Weigh, maxWeight: number): PolarityFinding | null {
  let best: PolarityFinding | null = null;
  const consider = (key: string, denier: Features, asserter: Features, which: 'a' | 'b', dKey: string, aKey: string): void => {
    const d = denier.keys.get(dKey);
    const s = asserter.keys.get(aKey);
    if (!d || !s) return;
    const dTerm = d.term;
    const denied = dTerm.negStart !== undefined ? snippet(denier.claim.text, dTerm.negStart, dTerm.negEnd ?? dTerm.end) : dTerm.surface;
    // Denying a thing ("not an expulsion", "no visas") is the dispute; a negated auxiliary
    // ("don't want", "isn't right", "can't talk") and a prefix ("non-emergency") are weaker:
    // everyday speech is full of them about unrelated matters.
    const weak = dKey !== key || dTerm.negStart === undefined || WEAK_NEGATION.test(denied);
    const other = otherThing(denier, dTerm, asserter, s.term);
    const strength = (0.6 + 0.4 * (weigh(key) / maxWeight)) * (weak ? WEAK_POLARITY : 1) * (other ? OTHER_THING : 1);
    if (best && best.strength >= strength) return;
    best = { signal: 'polarity', key, denier: which, strength, denied, asserted: snippet(asserter.claim.text, assertStart(asserter.claim.text, s.term.start), s.term.end) };
  };
  for (const key of shared) {
    const pa = fa.keys.get(key)?.polarity;
    const pb = fb.keys.get(key)?.polarity;
    if (pa === 'negated' && pb === 'asserted') consider(key, fa, fb, 'a', key, key);
    else if (pa === 'asserted' && pb === 'negated') consider(key, fb, fa, 'b', key, key);
  }
  // "unjustified" against "justified": an opposite by prefix, both asserted.
  const prefixed = (f: Features, other: Features, which: 'a' | 'b'): void => {
    for (const base of f.opposites) {
      if (other.keys.get(base)?.polarity !== 'asserted' || f.keys.has(base)) continue;
      const word = [...f.keys].find(([, use]) => use.polarity === 'asserted' && oppositeBase(use.surface) === base)?.[0];
      if (word) consider(base, f, other, which, word, base);
    }
  };
  prefixed(fa, fb, 'a');
  prefixed(fb, fa, 'b');
  return best;
}

const disjoint = (x: Quantity, y: Quantity): boolean => x.high < y.low || y.high < x.low;

function numbers(fa: Features, fb: Features): NumberFinding | null {
  let best: NumberFinding | null = null;
  const kinds = new Set(fa.quantities.map((q) => q.kind));
  for (const kind of kinds) {
    const qa = fa.quantities.filter((q) => q.kind === kind);
    const qb = fb.quantities.filter((q) => q.kind === kind);
    if (qb.length === 0) continue;
    // Any agreeing pair means they may well give the same figure for this quantity.
    if (qa.some((x) => qb.some((y) => !disjoint(x, y)))) continue;
    for (const x of qa) {
      for (const y of qb) {
        // Counts of differently named groups ("27 people", "more than 50 diplomats") may well count different people.
        const strength = x.unit === y.unit ? 0.85 : 0.45;
        if (!best || strength > best.strength) best = { signal: 'number', strength, a: x, b: y };
      }
    }
  }
  return best;
}

const DAY = 86_400_000;
const dayOf = (d: DateFact, year: number): number => Date.UTC(year, Number(d.monthDay.slice(0, 2)) - 1, Number(d.monthDay.slice(3)));
const sameDate = (x: DateFact, y: DateFact): boolean => x.monthDay === y.monthDay && (x.year === null || y.year === null || x.year === y.year);
function daysApart(x: DateFact, y: DateFact): number {
  const year = x.year ?? y.year ?? 2000;
  const d = Math.abs(dayOf(x, x.year ?? year) - dayOf(y, y.year ?? year)) / DAY;
  // Without years, Dec. 31 and Jan. 1 are a day apart.
  return x.year === null || y.year === null ? Math.min(d, 365 - d) : d;
}

function dates(fa: Features, fb: Features): DateFinding | null {
  if (fa.dates.length === 0 || fb.dates.length === 0) return null;
  // Deadlines are compared with deadlines when both state one; otherwise all their dates.
  const deadlinesA = fa.dates.filter((d) => d.deadline);
  const deadlinesB = fb.dates.filter((d) => d.deadline);
  const both = deadlinesA.length > 0 && deadlinesB.length > 0;
  const da = both ? deadlinesA : fa.dates;
  const db = both ? deadlinesB : fb.dates;
  if (da.some((x) => db.some((y) => sameDate(x, y)))) return null;
  let best: DateFinding | null = null;
  for (const x of da) {
    for (const y of db) {
      const base = x.deadline && y.deadline ? 0.85 : x.deadline || y.deadline ? 0.65 : 0.5;
      const strength = base * (daysApart(x, y) <= 45 ? 1 : 0.7);
      if (!best || strength > best.strength) best = { signal: 'date', strength, a: x, b: y };
    }
  }
  return best;
}

function framing(fa: Features, fb: Features, shared: readonly string[], sameStory: boolean): FramingFinding | null {
  for (const [group, ua] of fa.frames) {
    const ub = fb.frames.get(group);
    if (!ub || ub.frame === ua.frame) continue;
    // The rival words alone do not make the same topic: something else must be shared, a word
    // or the story the two articles tell.
    if (!sameStory && !shared.some((k) => k !== ua.key && k !== ub.key)) continue;
    // "the war in Ukraine" / "operations at the embassy": words for acts on different things.
    const oa = objectOf(fa, ua.key);
    const ob = objectOf(fb, ub.key);
    const apart = (oa !== '' && !fb.keys.has(oa)) || (ob !== '' && !fa.keys.has(ob));
    return { signal: 'framing', strength: apart ? FRAMED_APART : 0.7, act: frameAct(group), a: ua.surface, b: ub.surface };
  }
  return null;
}

/** Rival words for acts on different things weigh this much. */
const FRAMED_APART = 0.35;

const OBJECT_LINK = /^\s+(?:in|at|of|on|from|against|over|into)\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?$/i;

/** What an act word is done to or where ("war in Ukraine" → Ukraine): the content word after a preposition, or ''. */
function objectOf(f: Features, key: string): string {
  const at = f.terms.findIndex((t) => t.key === key && t.mode === 'asserted');
  const t = f.terms[at];
  const next = f.terms[at + 1];
  return t && next && OBJECT_LINK.test(f.claim.text.slice(t.end, next.start)) ? next.key : '';
}

/** Units that count anything at all. */
const GENERIC_UNITS = /^(?:[$€£]|percent)$/;

/** Below this topic overlap two claims are not about the same thing. */
export const MIN_TOPIC = 0.12;

/**
 * Scores a pair, or null when it is no suggested conflict (nothing shared, or no difference).
 * `sameStory`: their articles tell one story, so rival words for one act need no other shared word.
 * The score (0…1) mixes the strongest difference with the topic overlap; more kinds of difference
 * and direct quotes on both sides add a little.
 */
export function scorePair(fa: Features, fb: Features, weigh: Weigh, sameStory = false): PairScore | null {
  if (!mayDiffer(fa, fb)) return null;
  const sharedKeys: string[] = [];
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const key of fa.keys.keys()) {
    const w = weigh(key);
    na += w * w;
    if (fb.keys.has(key)) {
      sharedKeys.push(key);
      dot += w * w;
    }
  }
  for (const key of fb.keys.keys()) nb += weigh(key) ** 2;
  let sharedFacets = 0;
  for (const facet of fa.facets) {
    const w = weigh(facet);
    na += w * w;
    if (fb.facets.has(facet)) {
      sharedFacets++;
      dot += w * w;
    }
  }
  for (const facet of fb.facets) nb += weigh(facet) ** 2;
  const findings: Finding[] = [];
  const maxWeight = sharedKeys.reduce((m, k) => Math.max(m, weigh(k)), 0);
  const pol = polarity(fa, fb, sharedKeys, weigh, Math.max(maxWeight, 1e-9));
  if (pol) findings.push(pol);
  // An opposite by prefix shares its base word, which counts towards the topic.
  if (pol && !sharedKeys.includes(pol.key)) {
    sharedKeys.push(pol.key);
    dot += weigh(pol.key) ** 2;
  }
  if (sharedKeys.length + sharedFacets === 0 || na === 0 || nb === 0) return null;
  const topic = Math.min(1, dot / Math.sqrt(na * nb));
  if (topic < MIN_TOPIC) return null;
  sharedKeys.sort((x, y) => weigh(y) - weigh(x) || (x < y ? -1 : 1));
  // Opposite words need no shared word of their own: the shared topic is the rest.
  const opposite = pol ? null : antonyms(fa, fb);
  if (opposite) findings.push(opposite);
  // Sums of money or shares alone ("$12", "$500") say nothing of what they count: a word must be shared.
  const num = numbers(fa, fb);
  if (num && (sharedKeys.length > 0 || !GENERIC_UNITS.test(num.a.kind))) findings.push(num);
  const date = dates(fa, fb);
  if (date) findings.push(date);
  const frame = framing(fa, fb, sharedKeys, sameStory);
  if (frame) findings.push(frame);
  if (findings.length === 0) return null;

  const strongest = Math.max(...findings.map((f) => f.strength));
  let score = 0.55 * strongest + 0.45 * Math.sqrt(topic) - 0.05;
  score += 0.05 * (findings.length - 1);
  if (fa.claim.kind === 'direct') score += 0.03;
  if (fb.claim.kind === 'direct') score += 0.03;
  // The same word denied and asserted ("not an expulsion" / "amounts to expulsion") is the
  // plainest contradiction.
  if (pol && fa.keys.get(pol.key)?.surface.toLowerCase() === fb.keys.get(pol.key)?.surface.toLowerCase()) score += 0.04;
  return {
    score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000,
    topic,
    findings,
    shared: sharedKeys.map((key) => ({ key, surface: (fa.keys.get(key) ?? fb.keys.get(key))!.surface })),
  };
}
