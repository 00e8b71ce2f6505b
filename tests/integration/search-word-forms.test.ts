// Search finds Russian and Ukrainian word forms (stems indexed beside the exact text) and names
// across scripts (transliteration keys), while snippets stay on the exact words. Texts written for
// this test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATCH_CLOSE, MATCH_OPEN, Store } from '../../src-main/store/index';

let dir: string;
let store: Store;
const ids: Record<string, number> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-word-forms-'));
  store = Store.open(join(dir, 'quire.sqlite'));
  store.transaction(() => {
    const add = (key: string, title: string, text: string, language: string): number =>
      (ids[key] = store.articles.insert({ title, outlet: 'Wire', author: null, published: '2025-03-03', language, sourceName: null, text, contentHash: key }).id);
    const ru = 'Постпред Василий Небензя назвал высылку дипломатов из Нью-Тарска ошибкой. Он пообещал ответ.';
    add('ru', 'Ответ на высылку', ru, 'ru');
    ids.ruClaim = store.claims.insert(ids.ru!, { kind: 'indirect', text: 'высылку дипломатов из Нью-Тарска ошибкой', speaker: 'Василий Небензя', start: ru.indexOf('высылку'), end: ru.indexOf(' Он') - 1 });
    const en = 'Maria Zakharova said the expulsion of the diplomats from New Tarsk was unfounded.';
    add('en', 'Ministry answers', en, 'en');
    ids.enClaim = store.claims.insert(ids.en!, { kind: 'indirect', text: 'the expulsion of the diplomats from New Tarsk was unfounded', speaker: 'Maria Zakharova', start: en.indexOf('the expulsion'), end: en.length - 1 });
    add('uk', 'Висилка', 'Речник Олег Ніколенко заявив про висилку радника посольства.', 'uk');
  });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search by word form and across scripts', () => {
  it('finds a Russian word in another case, with the exact form in the snippet', () => {
    const hits = store.search.query('высылка', 10);
    const article = hits.find((h) => h.type === 'article' && h.id === ids.ru);
    expect(article).toBeDefined();
    expect(article!.snippet).toContain(`${MATCH_OPEN}высылку${MATCH_CLOSE}`);
    expect(hits.some((h) => h.type === 'claim' && h.id === ids.ruClaim)).toBe(true);
  });

  it('finds a Ukrainian word in another case', () => {
    expect(store.search.query('висилка', 10).some((h) => h.type === 'article' && h.id === ids.uk)).toBe(true);
  });

  it('finds a Cyrillic speaker by a Latin spelling and a Latin one by the Cyrillic spelling', () => {
    expect(store.search.query('Nebenzia', 10).some((h) => h.type === 'claim' && h.id === ids.ruClaim)).toBe(true);
    expect(store.search.query('Захарова', 10).some((h) => h.type === 'claim' && h.id === ids.enClaim)).toBe(true);
    expect(store.search.query('Kyslytsya', 10)).toEqual([]);
  });

  it('leaves plain English search as it was', () => {
    const hits = store.search.query('expulsion', 10);
    expect(hits.map((h) => `${h.type}:${h.id}`).sort()).toEqual([`article:${ids.en}`, `claim:${ids.enClaim}`].sort());
  });
});
