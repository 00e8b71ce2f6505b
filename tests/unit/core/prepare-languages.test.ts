// Paragraph languages stored with an article: runs of paragraphs in one language, the article's
// own for paragraphs too short to tell.
import { describe, expect, it } from 'vitest';
import { languageRuns } from '../../../src-main/core/prepare/languages';

const RU = 'Министерство иностранных дел провело брифинг, посвященный работе консульства, которое закрывается по требованию властей.';
const RU2 = 'Представитель министерства напомнил журналистам, что консульство обслуживало более двадцати тысяч граждан в год.';
const EN = 'The foreign ministry said in an English-language statement that the consulate could reopen once a new agreement is signed.';
const UK = 'Посольство України повідомило, що консульські послуги для громадян надаватимуться у звичайному режимі до кінця місяця.';

describe('languageRuns', () => {
  it('gives each stretch of paragraphs its language, joining neighbours of one language', () => {
    const text = [RU, RU2, EN, UK, 'Да.'].join('\n\n');
    const runs = languageRuns(text, 'ru');
    expect(runs.map((r) => [text.slice(r.start, r.end).slice(0, 12), r.language])).toEqual([
      [RU.slice(0, 12), 'ru'],
      [EN.slice(0, 12), 'en'],
      [UK.slice(0, 12), 'uk'],
      // Too short to tell: the article's language.
      ['Да.', 'ru'],
    ]);
    expect(runs[0]?.end).toBe(RU.length + 2 + RU2.length);
  });

  it('is one run for an article in one language, and nothing for an empty text', () => {
    const text = `${EN}\n\n${EN}`;
    expect(languageRuns(text, 'en')).toEqual([{ start: 0, end: text.length, language: 'en' }]);
    expect(languageRuns('', 'en')).toEqual([]);
  });
});
