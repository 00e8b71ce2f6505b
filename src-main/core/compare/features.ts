// What conflict detection reads from one claim: its terms (with polarity), the quantities and
// dates it states, the framing words it uses, and who said it.
import { sameName } from '../claims/entities';
import { frameOf, type FrameUse } from './lexicon';
import { oppositeOf } from './opposites';
import { termKey, termsOf, type Mode, type Term } from './terms';

/** A claim as the compare core sees it (plain data; offsets of facts are not needed). */
export interface CompareClaim {
  id: number;
  articleId: number;
  text: string;
  speaker: string | null;
  /** The speaker's role as the text gives it ("Russia Foreign Ministry spokesperson"). */
  role?: string | null;
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  facts: readonly CompareFact[];
}

export interface CompareFact {
  kind: 'number' | 'date';
  value: number | string;
  unit?: string;
  qualifier?: string;
  text: string;
}

export type Polarity = 'negated' | 'asserted';

export interface KeyUse {
  /** The first way it is written. */
  surface: string;
  /** Negated when every non-hypothetical use is negated; asserted when none is; else absent. */
  polarity?: Polarity;
  /** The first use with that polarity (for quoting it in a reason). */
  term: Term;
}

export interface Quantity {
  /** What is counted, grouped ("persons" for people, diplomats, staff …; else the unit's stem). */
  kind: string;
  /** The unit word's own stem (a tighter match than the kind). */
  unit: string;
  /** Interval the statement allows (inclusive bounds; open ends are Infinity). */
  low: number;
  high: number;
  text: string;
}

export interface DateFact {
  /** "MM-DD". */
  monthDay: string;
  year: number | null;
  deadline: boolean;
  text: string;
}

export interface Features {
  claim: CompareClaim;
  terms: Term[];
  keys: Map<string, KeyUse>;
  quantities: Quantity[];
  dates: DateFact[];
  /** Frame group → the rival vocabulary it uses and the word (groups where it uses two are left out). */
  frames: Map<number, { frame: number; surface: string; key: string }>;
  /**
   * What the stated facts are about, as keys beside the words: '#q:persons' (a count of people),
   * '#m:01' (a date in January), '#deadline', '#f:0' (words of frame group 0, whichever frame).
   * They count towards the topic like words.
   */
  facets: Set<string>;
  /** Normalised text: one statement relayed twice has the same. */
  normText: string;
  /** Base keys of words it asserts with a negating prefix ("unjustified" → "justifi"). */
  opposites: string[];
  /** Pair of opposites → the side it asserts and the word ("rose" in rise / fall); pairs it uses both sides of are left out. */
  antonyms: Map<number, { side: number; term: Term }>;
}

/** Prefixes that make an opposite ("unjustified" / "justified", "illegal" / "legal"). */
export const NEGATING_PREFIX = /^(?:un|non-?|il|ir)(\p{L}{4,})$/u;

/** Nouns that count people: their numbers are comparable with one another. */
const PERSON_UNITS = new Set(
  (
    'people person persons individual individuals diplomat diplomats staff staffer staffers employee employees worker workers ' +
    'official officials officer officers soldier soldiers troop troops civilian civilians child children adult adults woman ' +
    'women man men resident residents citizen citizens national nationals migrant migrants refugee refugees student students ' +
    'patient patients victim victims member members delegate delegates lawmaker lawmakers voter voters passenger passengers ' +
    'prisoner prisoners detainee detainees hostage hostages protester protesters protestors journalist journalists personnel ' +
    'comrade comrades colleague colleagues operative operatives agent agents fighter fighters'
  ).split(/\s+/),
);

/** How a qualifier widens a stated number into the interval it allows. */
function interval(value: number, qualifier: string | undefined): [number, number] {
  switch (qualifier) {
    case 'more than':
    case 'over':
      return [value + Number.EPSILON * Math.max(1, value), Infinity];
    case 'at least':
      return [value, Infinity];
    case 'less than':
    case 'fewer than':
    case 'under':
      return [-Infinity, value - Number.EPSILON * Math.max(1, value)];
    case 'at most':
    case 'up to':
      return [-Infinity, value];
    case 'nearly':
    case 'almost':
      return [value * 0.85, value];
    case 'about':
    case 'around':
    case 'roughly':
    case 'approximately':
    case 'some':
      return [value * 0.9, value * 1.1];
    default:
      return [value, value];
  }
}

/** The words right after a fact's text in the claim ("12 intelligence| operatives"). */
function wordsAfter(claimText: string, f: CompareFact, n: number): string[] {
  const at = claimText.indexOf(f.text);
  if (at < 0) return [];
  return (claimText.slice(at + f.text.length).match(/^(?:\s+[\p{L}-]+){1,3}/u)?.[0] ?? '').trim().split(/\s+/).slice(0, n).map((w) => w.toLowerCase());
}

function quantityOf(f: CompareFact, claimText: string): Quantity | null {
  if (f.kind !== 'number' || typeof f.value !== 'number' || !f.unit) return null;
  const unitWord = f.unit.trim().split(/\s+/).pop()!.toLowerCase();
  // A count of people whose noun follows a modifier the fact took as its unit ("12 intelligence operatives").
  const person = PERSON_UNITS.has(unitWord) || wordsAfter(claimText, f, 2).some((w) => PERSON_UNITS.has(w));
  const unit = /^[$€£]$|^percent$/.test(unitWord) ? unitWord : termKey(unitWord);
  if (!unit) return null;
  const [low, high] = interval(f.value, f.qualifier);
  return { kind: person ? 'persons' : unit, unit, low, high, text: f.text };
}

function dateOf(f: CompareFact): DateFact | null {
  if (f.kind !== 'date' || typeof f.value !== 'string') return null;
  const m = /^(\d{4}|--)-?(\d{2}-\d{2})$/.exec(f.value);
  if (!m) return null;
  return { monthDay: m[2]!, year: m[1] === '--' ? null : Number(m[1]), deadline: f.unit === 'deadline', text: f.text };
}

/** Lowercase letters and digits, single spaces: quote marks and punctuation do not count. */
export const normaliseText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function keyUses(terms: readonly Term[]): Map<string, KeyUse> {
  const counts = new Map<string, Record<Mode, number> & { first: Term; firstNeg?: Term; firstPos?: Term }>();
  for (const t of terms) {
    let c = counts.get(t.key);
    if (!c) {
      c = { asserted: 0, negated: 0, hypothetical: 0, first: t };
      counts.set(t.key, c);
    }
    c[t.mode]++;
    if (t.mode === 'negated') c.firstNeg ??= t;
    if (t.mode === 'asserted') c.firstPos ??= t;
  }
  const out = new Map<string, KeyUse>();
  for (const [key, c] of counts) {
    if (c.negated > 0 && c.asserted === 0) out.set(key, { surface: c.first.surface, polarity: 'negated', term: c.firstNeg! });
    else if (c.asserted > 0 && c.negated === 0) out.set(key, { surface: c.first.surface, polarity: 'asserted', term: c.firstPos! });
    else out.set(key, { surface: c.first.surface, term: c.first });
  }
  return out;
}

export function featuresOf(claim: CompareClaim): Features {
  const terms = termsOf(claim.text);
  const frames = new Map<number, { frame: number; surface: string; key: string }>();
  const mixed = new Set<number>();
  for (const t of terms) {
    const use: FrameUse | undefined = frameOf(t.key);
    if (!use || t.mode !== 'asserted') continue;
    const seen = frames.get(use.group);
    if (seen && seen.frame !== use.frame) mixed.add(use.group);
    else if (!seen) frames.set(use.group, { frame: use.frame, surface: t.surface, key: t.key });
  }
  for (const g of mixed) frames.delete(g);
  const quantities = claim.facts.map((f) => quantityOf(f, claim.text)).filter((q): q is Quantity => q !== null);
  const dates = claim.facts.map(dateOf).filter((d): d is DateFact => d !== null);
  const facets = new Set<string>([
    ...[...frames.keys()].map((g) => `#f:${g}`),
    ...quantities.map((q) => `#q:${q.kind}`),
    ...dates.map((d) => `#m:${d.monthDay.slice(0, 2)}`),
    ...(dates.some((d) => d.deadline) ? ['#deadline'] : []),
  ]);
  const keys = keyUses(terms);
  const opposites: string[] = [];
  for (const use of keys.values()) {
    const m = NEGATING_PREFIX.exec(use.surface.toLowerCase());
    const base = m && use.polarity === 'asserted' ? termKey(m[1]!) : '';
    if (base) opposites.push(base);
  }
  const antonyms = new Map<number, { side: number; term: Term }>();
  const bothSides = new Set<number>();
  for (const t of terms) {
    const use = t.mode === 'asserted' ? oppositeOf(t.surface) : undefined;
    if (!use) continue;
    const seen = antonyms.get(use.pair);
    if (seen && seen.side !== use.side) bothSides.add(use.pair);
    else if (!seen) antonyms.set(use.pair, { side: use.side, term: t });
  }
  for (const pair of bothSides) antonyms.delete(pair);
  return { claim, terms, keys, quantities, dates, frames, facets, normText: normaliseText(claim.text), opposites, antonyms };
}

const ORG_WORD = /\b(?:embassy|ministry|department|mission|office|government|agency|council|committee|service|administration|house|kremlin|nations|union|party|forces|army|police|court|bank|officials|spokesperson|spokesman|spokeswoman)\b/i;

/** A person's name rather than an institution ("Anatoly Antonov", "Antonov"). */
export const personLike = (name: string): boolean => {
  const words = name.trim().split(/\s+/);
  return words.length <= 4 && !ORG_WORD.test(name) && !/\b(?:of|in|for|the)\b/.test(name) && words.every((w) => /^\p{Lu}/u.test(w));
};

/**
 * Same speaker: the same name once folded, or two spellings of one person's name ("Anatoly
 * Antonov" / "Antoly Antonov" / "Antonov"). Institutions must match whole.
 */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (normaliseText(a) === normaliseText(b)) return true;
  return personLike(a) && personLike(b) && sameName(a, b);
}
