// Search as the app runs it: each kind on a worker thread with a read-only connection of its
// own, and the last word's prefix spelled out as the indexed words it begins. The results must be
// exactly those of the plain in-thread search and of FTS5's own prefix query, and a write must be
// visible to the very next search.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReader } from '../../src-main/store/db';
import { MATCH_CLOSE, MATCH_OPEN, toMatchExpression } from '../../src-main/store/index';
import { PREFIX_EXPANSION, SearchRepo } from '../../src-main/store/search';
import { SearchPool } from '../../src-main/workers/search-pool';
import { CORPUS_FILES, corpusBase64, lexical, openHarness, paragraph, text, type Harness } from './service-helpers';

let h: Harness;
let inThread: SearchRepo;
let reader: Database.Database;

beforeAll(async () => {
  h = openHarness();
  for (const name of CORPUS_FILES) await h.call('articles.import', { fileName: name, data: corpusBase64(name) });
  const note = await h.call('notes.create', { title: 'Expulsions and diplomats' });
  await h.call('notes.save', { id: note.id, title: note.title, content: lexical(paragraph(text('Both capitals dispute whether the closure amounts to an expulsion.'))) });
  reader = openReader(h.dbPath);
  inThread = new SearchRepo(reader);
});
afterAll(() => {
  reader.close();
  h.dispose();
});

/** Rowids FTS5 itself matches for the query, with the last word as its own prefix query. */
function nativeIds(table: string, q: string): number[] {
  const match = toMatchExpression(q);
  return (reader.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).pluck().all(match) as number[]);
}

describe('search on worker threads', () => {
  it('returns exactly what the in-thread search returns, kind by kind and merged', async () => {
    for (const q of ['expulsion', 'expul', 'diplomats Ostria', 'Ostrian diplomat', 'Voronova', 'amounts to expul', 'a']) {
      for (const limit of [5, 50]) {
        expect(await h.call('search.query', { q, limit })).toEqual(
          inThread.query(q, limit).map((r) => expect.objectContaining({ type: r.type, id: r.id, title: r.title, snippet: r.snippet })),
        );
      }
    }
    expect(await h.call('search.query', { q: 'expul', types: ['note'] })).toHaveLength(1);
    expect(await h.call('search.query', { q: '"*() - :^' })).toEqual([]);
  });

  it('answers from the worker threads themselves (not the in-thread fallback), side by side', async () => {
    const pool = new SearchPool(h.dbPath, undefined, 2);
    // Until its workers are ready, the pool hands searches back to the calling thread.
    expect(await pool.run('article', 'expul', 20, {})).toBeNull();
    await pool.warm();
    try {
      const [articles, claims] = await Promise.all([pool.run('article', 'expul', 20, {}), pool.run('claim', 'Ostria', 20, { outlet: 'wire' })]);
      expect(articles).not.toBeNull();
      expect(articles).toEqual(inThread.queryKind('article', 'expul', 20));
      expect(claims).toEqual(inThread.queryKind('claim', 'Ostria', 20, { outlet: 'wire' }));
      expect(claims?.length).toBeGreaterThan(0);
    } finally {
      pool.close();
    }
    // A closed pool hands searches back to the calling thread.
    expect(await pool.run('article', 'expul', 20, {})).toBeNull();
  });

  it('uses its workers once they are ready, even for searches sent back to back from one task', async () => {
    const pool = new SearchPool(h.dbPath, undefined, 1);
    try {
      // Awaiting an answered search runs no event-loop turn, so the workers' "ready" message is
      // never delivered inside this loop: only their shared flag can tell the pool.
      let answered: Awaited<ReturnType<SearchPool['run']>> = null;
      const deadline = Date.now() + 60_000;
      while (answered === null && Date.now() < deadline) answered = await pool.run('article', 'expul', 20, {});
      expect(answered).toEqual(inThread.queryKind('article', 'expul', 20));
    } finally {
      pool.close();
    }
  });

  it('sees a write at once: a note saved, then found by the next search', async () => {
    expect(await h.call('search.query', { q: 'quillwort' })).toEqual([]);
    const note = await h.call('notes.create', { title: 'Field notes' });
    await h.call('notes.save', { id: note.id, title: note.title, content: lexical(paragraph(text('A quillwort grows by the consulate gate.'))) });
    const hits = await h.call('search.query', { q: 'quillwo' });
    expect(hits.map((x) => [x.type, x.id])).toEqual([['note', note.id]]);
    expect(hits[0]?.snippet).toContain(`${MATCH_OPEN}quillwort${MATCH_CLOSE}`);
  });
});

describe('the last word as a prefix', () => {
  it('finds the same rows as FTS5’s own prefix query, for a few words begun and for very many', () => {
    const repo = new SearchRepo(reader, 1e9);
    const short = 's'; // begins far more words than are spelled out
    reader.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.test_terms USING fts5vocab(main, articles_fts, 'row')`);
    expect(reader.prepare(`SELECT count(*) FROM temp.test_terms WHERE term >= 's' AND term < 't'`).pluck().get()).toBeGreaterThan(PREFIX_EXPANSION);
    for (const q of ['expul', 'diplomat', 'Ostria amoun', short, 'Voro']) {
      for (const [type, table] of [['article', 'articles_fts'], ['claim', 'claims_fts']] as const) {
        const ids = repo.queryKind(type, q, 1e6).map((r) => r.id).sort((a, b) => a - b);
        expect(ids, `${type}: ${q}`).toEqual(nativeIds(table, q));
      }
    }
    expect(nativeIds('articles_fts', 'expul').length).toBeGreaterThan(0);
  });

  it('marks every word the prefix began in the snippets, and folds case and accents as the index does', () => {
    const hits = inThread.query('EXPUL', 50);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.snippet).toMatch(new RegExp(`${MATCH_OPEN}expul\\w*${MATCH_CLOSE}`, 'i'));
    // Each snippet comes from its own row's text (not from another match).
    const source = (type: string, id: number): string =>
      type === 'claim'
        ? (reader.prepare('SELECT text || char(10) || coalesce(speaker, \'\') FROM claims WHERE id = ?').pluck().get(id) as string)
        : type === 'article'
          ? (reader.prepare('SELECT title || char(10) || text FROM articles WHERE id = ?').pluck().get(id) as string)
          : (reader.prepare('SELECT title || char(10) || text FROM notes WHERE id = ?').pluck().get(id) as string);
    expect(new Set(hits.map((x) => x.snippet)).size).toBeGreaterThan(3);
    for (const hit of hits) {
      const own = source(hit.type, hit.id);
      for (const piece of hit.snippet.replace(/[\uE000\uE001]/g, '').split('…').filter(Boolean)) expect(own, `${hit.type} ${hit.id}`).toContain(piece);
    }
    // "Vóronova" is stored folded ("voronova"); the accented prefix finds it all the same.
    expect(inThread.query('Vóron', 50).map((x) => x.id)).toEqual(inThread.query('Voron', 50).map((x) => x.id));
    expect(inThread.query('Vóron', 50).length).toBeGreaterThan(0);
  });

  it('finds words beyond ASCII by their beginning, in any case and with or without accents', async () => {
    const note = await h.call('notes.create', { title: 'Cities' });
    await h.call('notes.save', { id: note.id, title: 'Cities', content: lexical(paragraph(text('Talks moved from Łódź to the Łódzki district.'))) });
    for (const q of ['Łód', 'Łódź', 'łodz', 'ŁÓDZK', 'łódzki']) {
      expect((await h.call('search.query', { q, types: ['note'] })).map((x) => x.id), q).toEqual([note.id]);
    }
  });
});
