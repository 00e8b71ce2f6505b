// Near-duplicate fingerprints (MinHash of word 5-shingles, LSH band keys) and the related-coverage
// signature, measured on the real corpus.
import { describe, expect, it } from 'vitest';
import { lshBandKeys, minhashSignature, signatureSimilarity } from '../../../src-main/core/ingest/fingerprint';
import { RELATED_THRESHOLD, topicSignature, topicSimilarity } from '../../../src-main/core/ingest/related';
import { fixtureBytes, ingestBytes, ingestCorpus } from './helpers';

const UNRELATED =
  'More than 600 volunteers pulled 3 tonnes of rubbish from the Lenne river on Saturday, organisers said. ' +
  '"This is the best turnout in the event\'s twelve-year history," organiser Piet Lamm said. The council said it would fund skips for next year\'s cleanup, ' +
  'and local schools will join the effort with a poster competition about plastic waste and the fish that live in the river.';

describe('minhashSignature / lshBandKeys / signatureSimilarity', () => {
  it('128 deterministic unsigned 32-bit values; 32 band keys "bNN:hex"', async () => {
    const text = (await ingestCorpus('staff-shortage-report.txt')).text;
    const sig = minhashSignature(text);
    expect(sig).toHaveLength(128);
    for (const v of sig) expect(Number.isInteger(v) && v >= 0 && v <= 0xffffffff).toBe(true);
    expect(minhashSignature(text)).toEqual(sig);
    const keys = lshBandKeys(sig);
    expect(keys).toHaveLength(32);
    keys.forEach((k, i) => expect(k).toMatch(new RegExp(`^b${String(i).padStart(2, '0')}:[0-9a-f]{8}$`)));
    expect(signatureSimilarity(sig, sig)).toBe(1);
  });

  it('normalisation: case, punctuation, quotes and line breaks do not matter', () => {
    const a = minhashSignature('“We need more time,” the chair said.\nThe vote was delayed until April by the council.');
    const b = minhashSignature('"we need more time" - The Chair said. The vote was delayed until april, by the council');
    expect(signatureSimilarity(a, b)).toBe(1);
  });

  it('near-duplicates: the same article as HTML and as trimmed text share band keys and score ≥ 0.5', async () => {
    const html = (await ingestBytes('article.html', fixtureBytes('article.html'))).text;
    const paras = html.split('\n\n');
    const trimmed = paras.slice(0, 3).join('\n\n') + '\n\nThe council declined further comment on Wednesday.';
    const s1 = minhashSignature(html);
    const s2 = minhashSignature(trimmed);
    expect(signatureSimilarity(s1, s2)).toBeGreaterThanOrEqual(0.5);
    const k2 = new Set(lshBandKeys(s2));
    expect(lshBandKeys(s1).some((k) => k2.has(k))).toBe(true);
    // Reprint of corpus 002 with one paragraph dropped and a new footer.
    const t = (await ingestCorpus('staff-shortage-report.txt')).text;
    const reprint = t.split('\n\n').filter((_, i) => i !== 5).join('\n\n') + '\n\nThis story first appeared elsewhere.';
    expect(signatureSimilarity(minhashSignature(t), minhashSignature(reprint))).toBeGreaterThanOrEqual(0.8);
  });

  it('corpus: other outlets’ rewrites share no 5-word runs, so 5-shingle MinHash sees 0 (as unrelated text does)', async () => {
    const [t0, t2, t3] = await Promise.all(['mission-expulsions-wire.txt', 'staff-shortage-report.txt', 'ambassador-farewell.txt'].map(async (n) => (await ingestCorpus(n)).text));
    const s = [t0!, t2!, t3!, UNRELATED].map(minhashSignature);
    for (const [i, j] of [[0, 1], [0, 2], [1, 2], [0, 3], [1, 3], [2, 3]] as const) expect(signatureSimilarity(s[i]!, s[j]!)).toBeLessThan(0.05);
  });
});

describe('topicSignature (related coverage)', () => {
  it('002 vs 003 (one story, two outlets) scores clearly above unrelated text', async () => {
    const [t0, t2, t3] = await Promise.all(['mission-expulsions-wire.txt', 'staff-shortage-report.txt', 'ambassador-farewell.txt'].map(async (n) => (await ingestCorpus(n)).text));
    const [s0, s2, s3, su] = [t0!, t2!, t3!, UNRELATED].map(topicSignature);
    const same = topicSimilarity(s2!, s3!);
    expect(same).toBeGreaterThanOrEqual(RELATED_THRESHOLD);
    for (const s of [s0!, s2!, s3!]) expect(topicSimilarity(s, su!)).toBeLessThan(0.06);
    expect(same).toBeGreaterThan(3 * Math.max(topicSimilarity(s2!, su!), topicSimilarity(s3!, su!), 0.02));
    // 000 (the same topic, a different event) sits in between: vocabulary cannot tell them apart fully.
    expect(topicSimilarity(s0!, s3!)).toBeLessThan(same);
  });
});
