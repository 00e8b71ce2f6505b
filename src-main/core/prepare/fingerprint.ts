// An article's fingerprints: how near-duplicates and other outlets' coverage of one story are found
// (LSH band keys) and measured (the MinHash signatures), without comparing every pair.
import { lshBandKeys, minhashSignature } from '../ingest/fingerprint';
import { topicSignature } from '../ingest/related';

export interface Fingerprint {
  /** 128 MinHash values over word 5-shingles (near-duplicates). */
  signature: number[];
  /** 64 MinHash values over content-word stems (related coverage). */
  topic: number[];
  /** LSH band keys of both signatures: the only way candidates are found. */
  bandKeys: string[];
}

/** Related-coverage band keys: 32 bands of 2 rows over the 64-value topic signature. */
const TOPIC_ROWS = 2;

function topicBandKeys(topic: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b * TOPIC_ROWS < topic.length; b++) {
    const rows = topic.slice(b * TOPIC_ROWS, (b + 1) * TOPIC_ROWS);
    // An empty text's signature is all 0xffffffff: such bands would link every empty article.
    if (rows.every((v) => v === 0xffffffff)) continue;
    keys.push(`t${String(b).padStart(2, '0')}:${rows.map((v) => v.toString(16)).join('.')}`);
  }
  return keys;
}

export function fingerprintOf(text: string): Fingerprint {
  const signature = minhashSignature(text);
  const topic = topicSignature(text);
  const empty = signature.every((v) => v === 0xffffffff);
  return { signature, topic, bandKeys: [...(empty ? [] : lshBandKeys(signature)), ...topicBandKeys(topic)] };
}
