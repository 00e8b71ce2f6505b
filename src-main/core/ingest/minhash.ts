// MinHash primitives shared by the near-duplicate fingerprint (fingerprint.ts) and the
// related-coverage signature (related.ts): deterministic 32-bit hashes, word normalisation.

export const SHINGLE_WORDS = 5;

/** Lowercase, NFKC, quotes/dashes unified, punctuation dropped; words of letters and digits. */
export function normalisedWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  ).map((w) => w.replace(/'s$/, ''));
}

/** FNV-1a over UTF-16 code units, then murmur3's fmix32 finaliser: a well-spread 32-bit hash. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed per-position seeds (derived deterministically, never random). */
export const SEEDS: readonly number[] = Array.from({ length: 256 }, (_, i) => fmix((i + 1) * 0x9e3779b9));

/** The set of shingle hashes of a text (word 5-grams; shorter texts give one shingle of all their words). */
export function shingleHashes(text: string): Uint32Array {
  const words = normalisedWords(text);
  if (words.length === 0) return new Uint32Array(0);
  const n = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const set = new Set<number>();
  for (let i = 0; i < n; i++) set.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(set);
}

/** MinHash of a set of 32-bit element hashes: `size` values (0xffffffff when the set is empty). */
export function minhash(elements: Uint32Array, size: number): number[] {
  const sig = new Array<number>(size).fill(0xffffffff);
  for (let k = 0; k < size; k++) {
    const seed = SEEDS[k]!;
    let min = 0xffffffff;
    for (let j = 0; j < elements.length; j++) {
      // Elements are already well-mixed 32-bit hashes: one multiply-xorshift per position suffices.
      let v = Math.imul(elements[j]! ^ seed, 0x85ebca6b);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < min) min = v;
    }
    sig[k] = min;
  }
  return sig;
}

/** Fraction of positions where two MinHash signatures agree (≈ Jaccard similarity of the sets). */
export function agreement(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / Math.max(a.length, b.length);
}
