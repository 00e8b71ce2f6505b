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

describe('what is no person, and no fragment', () => {
  const kinds = (text: string): Record<string, string> => Object.fromEntries(extractEntities(text).map((e) => [e.name, e.kind]));

  it('reads places and outlets named like people as places and organisations', () => {
    const k = kinds(
      'Mayor Lena Holm flew to New York on Tuesday. Traders met her on Harbour Street, and she visited North Carolina. ' +
        'The Arlen Enquirer and the Coast Institute had reported it, and Lena Holm said so in Port Vessel.',
    );
    expect(k['Lena Holm']).toBe('person');
    expect(k['New York']).toBe('place');
    expect(k['North Carolina']).toBe('place');
    expect(k['Harbour Street']).toBe('place');
    expect(k['Arlen Enquirer']).toBe('organisation');
    expect(k['Coast Institute']).toBe('organisation');
    expect(Object.entries(k).filter(([, kind]) => kind === 'person').map(([name]) => name)).toEqual(['Lena Holm']);
  });

  it('takes no fragment across a joining word, no law, war or day, no people by nationality', () => {
    const k = kinds(
      'Trains ran from Arlen to Vessel all night, Ivo Brandt said. The Harbour Fees Act passed on Election Day, long after the Cold War. ' +
        'Ostmark Americans cheered, and the Mission to the United Nations wrote back.',
    );
    expect(k['Arlen to Vessel']).toBeUndefined();
    expect(k['Harbour Fees Act']).toBeUndefined();
    expect(k['Election Day']).toBeUndefined();
    expect(k['Cold War']).toBeUndefined();
    expect(k['Ostmark Americans']).toBeUndefined();
    expect(k['Mission to the United Nations']).toBe('organisation');
    expect(k['Ivo Brandt']).toBe('person');
  });

  it('makes no names of a headline’s capitals unless the body names them too', () => {
    const k = kinds('Ostmark Orders Envoys Out As Talks Stall\n\nOstmark told the envoys of Veldria to leave, minister Karl Weiss said on Monday.');
    expect(k['Ostmark Orders Envoys Out']).toBeUndefined();
    expect(k['Ostmark Orders']).toBeUndefined();
    expect(k['Karl Weiss']).toBe('person');
  });

  it('in Russian and Ukrainian: a given name before a surname is a person, a council an organisation, a role no one’s name, a shouting headline nothing', () => {
    const ru = kinds('ГАВАНЬ ЗАКРЫВАЕТСЯ НАВСЕГДА\n\nВ порту выступил глава делегации Вельдрии Анатолий Веденов. В пятницу собрался Совет Безопасности, сообщил Анатолий Веденов.');
    expect(ru['Анатолий Веденов']).toBe('person');
    expect(ru['Совет Безопасности']).toBe('organisation');
    expect(Object.keys(ru).some((n) => n.includes('ГАВАНЬ') || n.includes('НАВСЕГДА'))).toBe(false);
    const uk = kinds('Заяву Президента Вельдрії оприлюднили вранці. Речник Андрій Коваленко сказав, що порт працює.');
    expect(uk['Президента Вельдрії']).toBeUndefined();
    expect(uk['Андрій Коваленко']).toBe('person');
  });
});
