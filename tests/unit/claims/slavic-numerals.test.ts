// Numbers written as words in Russian and Ukrainian claims, in every case, as facts beside figures.
import { describe, expect, it } from 'vitest';
import { wordNumbers } from '../../../src-main/core/claims/slavic/numerals';
import { slavicFacts } from '../../../src-main/core/claims/slavic/dates';

const values = (text: string): number[] => wordNumbers(text).map((n) => n.value);

describe('numbers written as words', () => {
  it.each([
    ['вышлет двадцать пять дипломатов', [25]],
    ['трех атташе и двоих водителей', [3, 2]],
    ['около двухсот пятидесяти сотрудников', [250]],
    ['три тысячи сотрудников', [3000]],
    ['сорока семи посольств', [47]],
    ['полтора миллиона и два миллиона семьсот тысяч', [1_500_000, 2_700_000]],
    ['півтора мільйона', [1_500_000]],
    ["п'ятьох дипломатів і двісті п'ятдесят співробітників", [5, 250]],
    ['чотирьох консулів', [4]],
    ['тисячу громадян', [1000]],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves alone words that only begin as numerals do', () => {
    expect(values('в четверг семья и стол; одни уехали, одні поїхали, сторона стоит, статью')).toEqual([]);
  });

  it('are facts with the counted thing as their unit, beside figures and dates', () => {
    const text = 'Москва вышлет двадцать пять дипломатов и 40 сотрудников до 1 апреля.';
    const facts = slavicFacts(text, 0, text.length, new Date('2024-03-14T00:00:00Z'), 'ru');
    expect(facts.map((f) => [f.kind, f.value, f.text])).toEqual([
      ['number', 25, 'двадцать пять дипломатов'],
      ['number', 40, '40 сотрудников'],
      ['date', '2024-04-01', '1 апреля'],
    ]);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('finds no date where nothing speaks of time (an abbreviation is no weekday)', () => {
    const text = 'Справу передали в СБ України, а документи у Сергієнка.';
    expect(slavicFacts(text, 0, text.length, new Date('2024-03-14T00:00:00Z'), 'uk')).toEqual([]);
  });
});
