import { describe, expect, it } from 'vitest';
import { extractEntities, mergeEntities, nameSimilarity, sameName, translitKey } from '../../../src-main/core/claims/entities';

describe('transliteration-aware name similarity', () => {
  it('merges spelling variants of one name', () => {
    expect(sameName('Nebenzia', 'Nebenzya')).toBe(true);
    expect(sameName('Vassily Nebenzia', 'Vasily Nebenzya')).toBe(true);
    expect(sameName('Antonov', 'Anatoly Antonov')).toBe(true);
    expect(sameName('Antoly Antonov', 'Anatoly Antonov')).toBe(true);
    expect(sameName('Sergey Lavrov', 'Sergei Lavrov')).toBe(true);
    expect(sameName('Zelensky', 'Zelenskyy')).toBe(true);
    expect(sameName('Aleksandr Grushko', 'Alexander Grushko')).toBe(true);
    expect(sameName('Dmitry Peskov', 'Dmitri Peskow')).toBe(true);
    expect(sameName('Müller', 'Muller')).toBe(true);
  });

  it('keeps clearly different names apart', () => {
    expect(sameName('Antonov', 'Ivanov')).toBe(false);
    expect(sameName('Porter', 'Potter')).toBe(false);
    expect(sameName('Antony Blinken', 'Donald Blinken')).toBe(false);
    expect(sameName('Putin', 'Patan')).toBe(false);
    expect(sameName('Maria Zakharova', 'Maria Zakharov')).toBe(true); // same stem: an analyst splits if needed
    expect(nameSimilarity('Smith', 'Jones')).toBeLessThan(0.5);
  });

  it('maps the usual alternations to one key', () => {
    expect(translitKey('Ryabkov')).toBe(translitKey('Riabkov'));
    expect(translitKey('Maksim')).toBe(translitKey('Maxim'));
    expect(translitKey('Sergey')).toBe(translitKey('Sergei'));
    expect(translitKey('Yuri')).toBe(translitKey('Juri'));
  });
});

describe('extractEntities', () => {
  const text = [
    'Russian Ambassador Anatoly Antonov met U.S. officials at the State Department in Washington on Monday.',
    'Antonov said the talks were useful. Jalina Porter, a spokesperson, said the State Department would reply.',
    'Later, Porter added that Washington had not decided.',
  ].join('\n\n');

  it('finds people, organisations and places with offsets; surnames attach to the full name', () => {
    const entities = extractEntities(text);
    const antonov = entities.find((e) => e.name === 'Anatoly Antonov')!;
    expect(antonov.kind).toBe('person');
    expect(antonov.mentions.map((m) => m.text)).toEqual(['Anatoly Antonov', 'Antonov']);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(entities.find((e) => e.name === 'Jalina Porter')?.mentions).toHaveLength(2);
    expect(entities.find((e) => e.name === 'State Department')?.kind).toBe('organisation');
    expect(entities.find((e) => e.name === 'Washington')?.kind).toBe('place');
    expect(entities.some((e) => e.name === 'Monday' || e.name === 'Later')).toBe(false);
  });

  it('merges across articles by spelling variant, never different people', () => {
    const a = extractEntities('Russian envoy Vassily Nebenzia spoke first. Nebenzia then left.');
    const b = extractEntities('Vasily Nebenzya, the Russian envoy, replied. Ivan Ivanov disagreed.');
    const c = extractEntities('Ambassador Antoly Antonov said he was leaving.');
    const d = extractEntities('Anatoly Antonov and Vladimir Ivanov met.');
    const merged = mergeEntities([a, b, c, d]);
    const neb = merged.filter((m) => m.kind === 'person' && /Nebenz/.test(m.name));
    expect(neb).toHaveLength(1);
    expect(neb[0]!.sources.size).toBe(2);
    const antonov = merged.filter((m) => m.kind === 'person' && /Antonov/.test(m.name));
    expect(antonov).toHaveLength(1);
    expect([...antonov[0]!.sources.keys()].sort()).toEqual([2, 3]);
    expect(merged.filter((m) => /Ivanov/.test(m.name))).toHaveLength(2);
  });
});
