// Near-duplicate fingerprints and the related-coverage signature on the real corpus (../shared/corpus).
import { describe, expect, it } from 'vitest';
import { minhashSignature, signatureSimilarity } from '../../src-main/core/ingest/fingerprint';
import { RELATED_THRESHOLD, topicSignature, topicSimilarity } from '../../src-main/core/ingest/related';
import { ingestCorpus } from './ingest-helpers';

const UNRELATED =
  'More than 600 volunteers pulled 3 tonnes of rubbish from the Lenne river on Saturday, organisers said. ' +
  '"This is the best turnout in the event\'s twelve-year history," organiser Piet Lamm said. The council said it would fund skips for next year\'s cleanup, ' +
  'and local schools will join the effort with a poster competition about plastic waste and the fish that live in the river.';


describe('MinHash on the real corpus', () => {
  it('corpus: other outlets’ rewrites share no 5-word runs, so 5-shingle MinHash sees 0 (as unrelated text does)', async () => {
    const [t0, t2, t3] = await Promise.all(['000_543b9cac1bd99c26.txt', '002_72e9264fc770830b.txt', '003_79306dbecdb1af6b.txt'].map(async (n) => (await ingestCorpus(n)).text));
    const s = [t0!, t2!, t3!, UNRELATED].map(minhashSignature);
    for (const [i, j] of [[0, 1], [0, 2], [1, 2], [0, 3], [1, 3], [2, 3]] as const) expect(signatureSimilarity(s[i]!, s[j]!)).toBeLessThan(0.05);
  });
});

describe('topicSignature (related coverage)', () => {
  it('002 vs 003 (one story, two outlets) scores clearly above unrelated text', async () => {
    const [t0, t2, t3] = await Promise.all(['000_543b9cac1bd99c26.txt', '002_72e9264fc770830b.txt', '003_79306dbecdb1af6b.txt'].map(async (n) => (await ingestCorpus(n)).text));
    const [s0, s2, s3, su] = [t0!, t2!, t3!, UNRELATED].map(topicSignature);
    const same = topicSimilarity(s2!, s3!);
    expect(same).toBeGreaterThanOrEqual(RELATED_THRESHOLD);
    for (const s of [s0!, s2!, s3!]) expect(topicSimilarity(s, su!)).toBeLessThan(0.06);
    expect(same).toBeGreaterThan(3 * Math.max(topicSimilarity(s2!, su!), topicSimilarity(s3!, su!), 0.02));
    // 000 (the same topic, a different event) sits in between: vocabulary cannot tell them apart fully.
    expect(topicSimilarity(s0!, s3!)).toBeLessThan(same);
  });
});
