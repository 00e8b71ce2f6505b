// A Russian and an English article on the same (invented) expulsion, imported through the
// service: the Russian quote is attributed to "Мария Захарова" in Cyrillic, one entity holds her
// statements from both articles with the Latin spelling as an alias, and a Latin search finds
// the Russian quote. The articles are written for this test (tests/fixtures/ru).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './service-helpers';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ru');
let h: Harness;
const ids: Record<string, number> = {};

beforeAll(async () => {
  h = openHarness();
  for (const [key, file] of [['ru', 'expulsion-ru.txt'], ['en', 'expulsion-en.txt']] as const) {
    const out = await h.call('articles.import', { fileName: file, data: readFileSync(join(FIXTURES, file)).toString('base64') });
    ids[key] = out.article.id;
  }
});
afterAll(() => h?.dispose());

describe('one speaker across a Russian and an English article', () => {
  it('attributes the Russian quote to the speaker in Cyrillic', async () => {
    const article = await h.call('articles.get', { id: ids.ru! });
    expect(article.language).toBe('ru');
    const claims = await h.call('claims.list', { articleId: ids.ru! });
    const quote = claims.find((c) => c.text.startsWith('На все безосновательные высылки'));
    expect(quote).toMatchObject({ kind: 'direct', speaker: 'Мария Захарова' });
    expect(claims.find((c) => c.text.startsWith('Решение уже передано'))?.speaker).toBe('Мария Захарова');
    expect(claims.find((c) => c.text.startsWith('власти Вельдрии'))?.speaker).toBe('Мария Захарова');
  });

  it('keeps one entity with her statements from both articles', async () => {
    const people = (await h.call('entities.list', {})).filter((e) => e.kind === 'person' && /Захарова|Zakharova/.test(e.name));
    expect(people).toHaveLength(1);
    const page = await h.call('entities.get', { id: people[0]!.id });
    expect(page.name).toBe('Мария Захарова');
    expect(page.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Maria Zakharova']));
    const from = new Set(page.said.map((c) => c.articleId));
    expect(from).toEqual(new Set([ids.ru, ids.en]));
  });

  it('finds the Russian quote by a Latin query and a word form', async () => {
    const latin = await h.call('search.query', { q: 'Zakharova' });
    expect(latin.some((hit) => hit.type === 'claim' && hit.articleId === ids.ru)).toBe(true);
    const form = await h.call('search.query', { q: 'высылка' });
    expect(form.some((hit) => hit.type === 'article' && hit.id === ids.ru)).toBe(true);
  });
});
