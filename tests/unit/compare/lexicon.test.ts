// The bilingual concept lexicon: one key for one concept in English, Russian and Ukrainian, and
// its rival frames.
import { describe, expect, it } from 'vitest';
import { frameOf } from '../../../src-main/core/compare/lexicon';
import { termKey } from '../../../src-main/core/compare/terms';

describe('concept lexicon', () => {
  it('keys the words of one concept alike across languages and word forms', () => {
    const key = termKey('expulsion');
    for (const w of ['expelled', 'expel', 'высылка', 'высылкой', 'выдворение', 'выдворения', 'висилка', 'видворення']) expect(termKey(w)).toBe(key);
    expect(termKey('visas')).toBe(termKey('визы'));
    expect(termKey('ротация')).toBe(termKey('rotation'));
  });

  it('places rival words of one act in one group and different frames', () => {
    const expel = frameOf(termKey('высылка'))!;
    const rotation = frameOf(termKey('rotation'))!;
    const expiry = frameOf(termKey('истечение'))!;
    expect(expel.group).toBe(rotation.group);
    expect(expel.frame).not.toBe(rotation.frame);
    expect(expiry).toEqual(rotation);
    expect(frameOf(termKey('зеркальный'))?.group).toBe(frameOf(termKey('retaliation'))?.group);
  });
});
