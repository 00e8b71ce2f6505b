// Metadata read from text: datelines, date lines, bylines, language. Never invented.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src-main/core/ingest/language';
import { readDateline } from '../../../src-main/core/ingest/metadata';
import { ingestString } from './helpers';

describe('datelines', () => {
  it.each([
    ['Feb. 28 (UPI) -- The United States on Monday ordered the expulsion.', 'UPI', 17],
    ['MOSCOW (Reuters) - The Kremlin said on Monday it was ready.', 'Reuters', 19],
    ['KYIV, Ukraine (AP) — Air raid sirens sounded.', 'AP', 21],
    ['MOSCOW—The Kremlin said on Monday it was ready.', null, 7],
    ['WASHINGTON — Officials said on Monday.', null, 13],
    ['ТВЕРЬ, 12 марта 2024 (Волжские вести) — Мэрия сообщила.', 'Волжские вести', 40],
  ])('%s', (lead, outlet, length) => {
    expect(readDateline(lead)).toMatchObject({ outlet, length });
  });

  it('ordinary sentences are not datelines', () => {
    for (const s of ['NATO-Russia talks ended without a deal.', 'U.S. officials said on Monday.', 'The EU — and NATO — disagreed.']) expect(readDateline(s)).toBeNull();
  });

  it('a dateline with a year dates the article; one without never does', async () => {
    expect((await ingestString('a.txt', 'Port closes for repairs\n\nSALTMERE, March 3, 2024 (Bay Courier) -- The port closed.')).published).toBe('2024-03-03');
    expect((await ingestString('b.txt', 'Port closes for repairs\n\nMOSCOW—The port closed on Monday, officials said.')).published).toBeNull();
  });
});

describe('date lines and bylines', () => {
  const header = async (lines: string): Promise<{ published: string | null; updated: string | null; author: string | null; outlet: string | null; text: string }> =>
    ingestString('h.txt', `Ferry fares rise in spring\n${lines}\n\nThe council raised ferry fares by 12 per cent on Tuesday.`);

  it.each([
    ['3/29/2018', '2018-03-29'],
    ['Published 06/04/2024', '2024-06-04'],
    ['Published: 29 March 2018', '2018-03-29'],
    ['Posted on Tuesday, June 4, 2024 at 9:15', '2024-06-04'],
  ])('%s', async (line, date) => {
    const a = await header(line);
    expect(a.published).toBe(date);
    expect(a.text).toBe('The council raised ferry fares by 12 per cent on Tuesday.');
  });

  it('"Updated:" is the update date; published stays for the publication date', async () => {
    const a = await header('Published: 29 March 2018\nUpdated: March 3, 2022 10:04 AM EST');
    expect(a).toMatchObject({ published: '2018-03-29', updated: '2022-03-03', text: 'The council raised ferry fares by 12 per cent on Tuesday.' });
  });

  it.each([
    ['By Lena Ortiz', 'Lena Ortiz', null],
    ['By Lena Ortiz and Sam Ward, Reuters', 'Lena Ortiz and Sam Ward', 'Reuters'],
    ['Lena Ortiz | Harbor Times', 'Lena Ortiz', 'Harbor Times'],
    ['By Lena Ortiz, Staff Writer', 'Lena Ortiz', null],
    ['Par Élodie Marchand', 'Élodie Marchand', null],
  ])('%s', async (line, author, outlet) => {
    expect(await header(line)).toMatchObject({ author, outlet });
  });

  it('a body sentence starting with "By" is not a byline', async () => {
    const a = await header('By Monday the talks had collapsed, officials said.');
    expect(a.author).toBeNull();
  });
});

describe('language', () => {
  it.each([
    ['en', 'The council said on Tuesday that it would delay the vote, and the mayor was not in favour of the plan.'],
    ['ru', 'Мэрия сообщила, что ремонт моста перенесён на осень. По словам заместителя мэра, движение будет ограничено не более чем на два месяца, и это было решено ещё в марте.'],
    ['uk', 'Міська рада повідомила, що ремонт мосту перенесено на осінь. За словами заступника мера, рух буде обмежено не більше ніж на два місяці, і це було вирішено ще в березні.'],
    ['de', 'Der Stadtrat hat die Abstimmung über die Fahrpreise verschoben, sagte der Bürgermeister am Dienstag. Es ist nicht klar, wann die Entscheidung fällt.'],
    ['fr', 'Le conseil municipal a reporté le vote sur les tarifs, a déclaré le maire mardi. Il est pas clair quand la décision sera prise dans cette affaire.'],
    ['es', 'El consejo municipal aplazó la votación sobre las tarifas, dijo el alcalde el martes. No está claro cuándo se tomará la decisión para los vecinos.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('a Russian article quoting an English and a Ukrainian statement is Russian: paragraphs vote with their letters', () => {
    const text = [
      'Мэрия сообщила, что ремонт моста перенесён на осень. По словам заместителя мэра, движение будет ограничено не более чем на два месяца.',
      'Городской совет добавил, что объезд для грузовиков откроется уже в понедельник, а автобусы пойдут по новому маршруту.',
      'The contractor said in a statement that the work would be finished before the first frost, weather permitting.',
      'Міська рада повідомила, що рух буде обмежено.',
    ].join('\n\n');
    expect(detectLanguage(text)).toBe('ru');
  });

  it('null when unsure', () => {
    expect(detectLanguage('Quarry 2024')).toBeNull();
    expect(detectLanguage('12 34 56 78 90 11 22')).toBeNull();
    expect(detectLanguage('Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod')).toBeNull();
  });
});
