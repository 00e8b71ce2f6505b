// Search ranks the newest RANK_WINDOW matches of each kind (bm25), not every match: with fewer
// matches the ranking is exactly the full one; with more, the best of the newest come back,
// filters apply before the window, and every shown row has its snippet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATCH_CLOSE, MATCH_OPEN, Store } from '../../src-main/store/index';
import { SearchRepo } from '../../src-main/store/search';

let dir: string;
let store: Store;
const ids: Record<string, number> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-search-window-'));
  store = Store.open(join(dir, 'quire.sqlite'));
  const add = (key: string, title: string, text: string, outlet = 'Wire'): void => {
    ids[key] = store.articles.insert({ title, outlet, author: null, published: '2024-01-01', language: 'en', sourceName: null, text, contentHash: key }).id;
  };
  store.transaction(() => {
    // The oldest article is by far the most relevant to "levee".
    add('old', 'Levee levee levee', 'The levee held. The levee was inspected; the levee is sound, levee engineers said.');
    for (let i = 0; i < 12; i++) add(`n${i}`, `River report ${i}`, `Water rose along the valley ${i} times this spring, and a levee was mentioned once in report ${i}.`, i % 2 ? 'Wire' : 'Gazette');
    add('rare', 'Granary fire', 'A granary fire broke out near the levee road.');
  });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search over a window of the newest matches', () => {
  it('ranks exactly as a full ranking when the matches fit the window', () => {
    const small = new SearchRepo(store.db, 5);
    const full = new SearchRepo(store.db, 1e9);
    expect(small.query('granary', 10)).toEqual(full.query('granary', 10));
    expect(small.query('granary', 10).map((h) => h.id)).toEqual([ids.rare]);
    expect(new SearchRepo(store.db, 100).query('levee', 20)).toEqual(full.query('levee', 20));
    expect(full.query('levee', 20)[0]?.id).toBe(ids.old);
  });

  it('with more matches than the window, returns the best of the newest, each with its snippet', () => {
    const hits = new SearchRepo(store.db, 5).query('levee', 5);
    // The window: the 5 newest matching articles, ranked among themselves.
    const newest = [ids.rare, ids.n11, ids.n10, ids.n9, ids.n8];
    expect(hits.map((h) => h.id).sort()).toEqual([...newest].sort());
    expect(hits.map((h) => h.rank)).toEqual([...hits.map((h) => h.rank)].sort((a, b) => a - b));
    expect(hits.map((h) => h.id)).not.toContain(ids.old);
    for (const h of hits) expect(h.snippet).toContain(`${MATCH_OPEN}levee${MATCH_CLOSE}`);
    // A limit below the window: the best of those same five.
    expect(new SearchRepo(store.db, 5).query('levee', 2)).toEqual(hits.slice(0, 2));
  });

  it('applies filters before the window and never returns more than the limit', () => {
    const gazette = new SearchRepo(store.db, 3).query('levee', 3, { outlet: 'gazette' });
    expect(gazette.map((h) => h.id).sort()).toEqual([ids.n10, ids.n8, ids.n6].sort());
    expect(gazette.every((h) => h.outlet === 'Gazette')).toBe(true);
    // A limit above the window widens the window to the limit.
    expect(new SearchRepo(store.db, 3).query('levee', 20)).toHaveLength(14);
  });
});
