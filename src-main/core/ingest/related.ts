// Related coverage (the same story told by another outlet): rewrites share almost no 5-word
// runs, so the near-duplicate fingerprint cannot see them (002 vs 003 of the corpus: 0.00).
// This signature is a MinHash over the article's content-word stems (function words dropped,
// words cut to 6 letters), an estimate of their vocabulary overlap.
//
// Measured on ../shared/corpus (tests/corpus/fingerprint-real.test.ts), 64 values so ±0.05:
// 002 vs 003 (one story, two outlets) 0.17; 000 vs 002 / 003 (same topic — expulsions of
// diplomats — but another event) 0.16 / 0.14; any of them vs an unrelated article 0.00–0.02.
// Suggested: ≥ 0.10 "related coverage" candidate. Vocabulary separates related from unrelated
// clearly, but cannot tell the same event from the same topic: the analyst (or shared quotes,
// names and dates) decides.
import { isStopWord } from './language';
import { agreement, hash32, minhash, normalisedWords } from './minhash';

export const TOPIC_SIGNATURE_SIZE = 64;
export const RELATED_THRESHOLD = 0.1;

/** 64 MinHash values over the content-word stems of the text. */
export function topicSignature(text: string): number[] {
  const set = new Set<number>();
  for (const w of normalisedWords(text)) {
    if (w.length < 3 || isStopWord(w) || /^\d+$/.test(w)) continue;
    set.add(hash32(w.slice(0, 6)));
  }
  return minhash(Uint32Array.from(set), TOPIC_SIGNATURE_SIZE);
}

export function topicSimilarity(a: number[], b: number[]): number {
  return agreement(a, b);
}
