// Entity shapes and the transliteration-aware name similarity shared by the English and Slavic
// entity readers: "Nebenzia" and "Nebenzya", a surname alone and the full name. General spelling
// alternations, never a list of names.
import { foldWord } from '../text/words';
import { hasCyrillic, latinOf, latinVariants } from './slavic/translit';

export type EntityKind = 'person' | 'organisation' | 'place';

export interface EntityMention {
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  kind: EntityKind;
  /** The fullest name seen. */
  name: string;
  /** Other spellings seen (surname-only forms and transliteration variants). */
  aliases: string[];
  mentions: EntityMention[];
}

/** Lowercase, no diacritics, Latin letters only (Cyrillic transliterated by the standard schemes). */
function fold(s: string): string {
  return foldWord(latinOf(s)).replace(/[^a-z]/g, '');
}

/**
 * A spelling key for one name token: diacritics dropped, common transliteration alternations
 * mapped to one form (ija/iya/ya/ia → ia, y/j → i, ks/x, w/ff/v → v, ph → f, kh → h, ck → k,
 * ou → u, final ey/ei → ei), doubled letters collapsed.
 */
export function translitKey(token: string): string {
  let s = fold(token);
  s = s.replace(/ph/g, 'f').replace(/kh/g, 'h').replace(/ck/g, 'k').replace(/ks/g, 'x').replace(/cz/g, 'ch');
  s = s.replace(/ff/g, 'v').replace(/w/g, 'v').replace(/ou/g, 'u');
  s = s.replace(/ij?a/g, 'ia').replace(/iya/g, 'ia').replace(/ya/g, 'ia').replace(/yu/g, 'iu').replace(/ju/g, 'iu');
  s = s.replace(/[yj]/g, 'i');
  s = s.replace(/(.)\1+/g, '$1');
  s = s.replace(/e[iy]$/, 'ei').replace(/ii$/, 'i');
  return s;
}

export const skeleton = (key: string): string => key.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Similarity of two name tokens in [0, 1]: 1 for the same transliteration key; high when only
 * vowels differ by little (same consonant skeleton, "Antoly" / "Anatoly"); otherwise the
 * normalised edit distance, damped so that a changed consonant ("Porter" / "Potter") stays low.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (hasCyrillic(a) || hasCyrillic(b)) {
    // Each Latin reading of a Cyrillic word (a Ukrainian one has two): the best pair counts.
    let best = 0;
    for (const x of latinVariants(a)) for (const y of latinVariants(b)) best = Math.max(best, latinSimilarity(x, y));
    return best;
  }
  return latinSimilarity(a, b);
}

function latinSimilarity(a: string, b: string): number {
  const x = translitKey(a);
  const y = translitKey(b);
  if (x.length === 0 || y.length === 0) return 0;
  if (x === y) return 1;
  const d = levenshtein(x, y);
  const plain = 1 - d / Math.max(x.length, y.length);
  if (skeleton(x) === skeleton(y) && d <= Math.max(1, Math.floor(Math.max(x.length, y.length) / 4))) return Math.max(0.86, plain);
  return plain * 0.8;
}

/** Same-entity threshold for {@link nameSimilarity}. */
export const SAME_NAME = 0.85;

export const tokens = (name: string): string[] =>
  name.split(/\s+/).filter((t) => t.length > 0 && !/^(?:the|of|de|van|von|der|al|bin|jr\.?|sr\.?)$/i.test(t));

/**
 * Similarity of two person names in [0, 1]. Surnames (last words) must match; given names, when
 * both are written, must match too (an initial matches its letter); a surname alone matches the
 * full name.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const surname = tokenSimilarity(ta[ta.length - 1]!, tb[tb.length - 1]!);
  if (ta.length === 1 || tb.length === 1) return surname;
  const fa = ta[0]!;
  const fb = tb[0]!;
  let given: number;
  if (/^\p{L}\.?$/u.test(fa) || /^\p{L}\.?$/u.test(fb)) given = fold(fa)[0] === fold(fb)[0] ? 1 : 0;
  else given = tokenSimilarity(fa, fb);
  return Math.min(surname, given);
}

export const sameName = (a: string, b: string): boolean => nameSimilarity(a, b) >= SAME_NAME;

/** Organisation and place names: compared whole, folded, without a leading "the". */
export const orgKey = (name: string): string => fold(name.replace(/^the\s+/i, ''));
