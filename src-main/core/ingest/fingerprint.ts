// Near-duplicate fingerprints: MinHash over word 5-shingles of normalised text, with LSH band
// keys so candidates are found by key lookup, never by a pairwise scan of the library.
//
// Suggested thresholds for signatureSimilarity (an estimate of the Jaccard similarity of the
// two 5-shingle sets; ±0.04 at 128 values; unrelated text scores 0, since disjoint sets agree
// only on a 32-bit hash collision):
//   ≥ 0.50  near-duplicate: the same article re-published, re-formatted, trimmed or with another
//           header/footer (tests: the HTML fixture vs a trimmed copy; corpus 002 minus a
//           paragraph ≥ 0.8). 32 bands × 4 rows make such pairs share a band key with
//           P = 0.87 at 0.5, 0.99 at 0.6 (0.23 at 0.3, 0.05 at 0.2).
//   0.05–0.5  shares verbatim runs (wire copy, long quotes): "related coverage" that reuses text.
//   Other outlets' own rewrites of a story share no 5-word run at all: corpus 002 vs 003 (one
//   story, two outlets) scores 0.00 here, exactly like unrelated text. Related coverage is
//   therefore measured by related.ts (content-word MinHash), not by this fingerprint.
import { agreement, fmix, minhash, shingleHashes } from './minhash';

const MINHASH_SIZE = 128;
const BANDS = 32;
const ROWS = MINHASH_SIZE / BANDS;

/** 128 MinHash values over the word 5-shingles of the normalised text (deterministic 32-bit hashes). */
export function minhashSignature(text: string): number[] {
  return minhash(shingleHashes(text), MINHASH_SIZE);
}

/** 32 band keys ("b07:1a2b3c4d"): two signatures sharing any key are near-duplicate candidates. */
export function lshBandKeys(signature: number[]): string[] {
  if (signature.length !== MINHASH_SIZE) throw new Error(`a signature has ${MINHASH_SIZE} values, not ${signature.length}`);
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix(Math.imul(h ^ signature[b * ROWS + r]!, 0x01000193));
    keys.push(`b${String(b).padStart(2, '0')}:${h.toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** Fraction of positions where the two signatures agree (≈ Jaccard similarity of the 5-shingle sets). */
export function signatureSimilarity(a: number[], b: number[]): number {
  return agreement(a, b);
}
