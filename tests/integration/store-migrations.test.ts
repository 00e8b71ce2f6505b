// The store on a real file: pragmas, migrations on PRAGMA user_version, refusal of newer stores,
// the immutable-text trigger, cascades, broken-not-deleted citations and FTS kept in step.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../src-main/api/service/index';
import { LATEST_VERSION, MIGRATIONS, Store, StoreVersionError, toMatchExpression, type Migration } from '../../src-main/store/index';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-store-'));
  dbPath = join(dir, 'quire.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const article = (text: string, hash: string) => ({
  title: `About ${hash}`,
  outlet: 'Wire',
  author: null,
  published: '2025-03-04',
  language: null,
  sourceName: `${hash}.txt`,
  text,
  contentHash: hash,
});

describe('opening and migrating', () => {
  it('creates a fresh store at the latest schema, in WAL mode with foreign keys on', () => {
    const store = Store.open(dbPath);
    try {
      expect(LATEST_VERSION).toBe(MIGRATIONS.length);
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      const tables = (store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
      for (const t of ['articles', 'claims', 'entities', 'entity_aliases', 'notes', 'citations', 'note_links', 'annotations', 'claim_relations', 'articles_fts', 'claims_fts', 'notes_fts']) {
        expect(tables).toContain(t);
      }
    } finally {
      store.close();
    }
  });

  it('reopening an up-to-date store changes nothing', () => {
    Store.open(dbPath).close();
    const store = Store.open(dbPath);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    store.close();
  });

  it('upgrades from every earlier version', () => {
    for (let from = 0; from < LATEST_VERSION; from++) {
      const path = join(dir, `from-${from}.db`);
      if (from > 0) Store.open(path, { migrations: MIGRATIONS.slice(0, from) }).close();
      const store = Store.open(path);
      expect(store.schemaVersion).toBe(LATEST_VERSION);
      store.close();
    }
  });

  it('refuses a store written by a newer Quire, with a clear message, and leaves the file as it was', () => {
    const store = Store.open(dbPath);
    store.db.pragma(`user_version = ${LATEST_VERSION + 3}`);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const before = readFileSync(dbPath);
    const message = `this Quire store was written by a newer version of Quire (schema ${LATEST_VERSION + 3}, this app knows ${LATEST_VERSION}); update Quire`;
    expect(() => Store.open(dbPath)).toThrow(StoreVersionError);
    expect(() => Store.open(dbPath)).toThrow(message);
    expect(() => openService({ dbPath, resourcesDir: dir })).toThrow(message);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('runs pending migrations in one transaction: a failing step leaves the previous version intact', () => {
    Store.open(dbPath).close();
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => Store.open(dbPath, { migrations: [...MIGRATIONS, broken] })).toThrow('boom');
    const store = Store.open(dbPath);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    expect(store.db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()).toBeUndefined();
    store.close();
  });

  it('two connections (app and CLI) share one file: a write in one is seen by the other', () => {
    const app = Store.open(dbPath);
    const cli = Store.open(dbPath);
    try {
      const a = cli.transaction(() => cli.articles.insert(article('Written by the CLI.', 'cli')));
      expect(app.articles.get(a.id)?.title).toBe('About cli');
      expect(app.search.query('CLI', 10).map((h) => h.id)).toEqual([a.id]);
    } finally {
      cli.close();
      app.close();
    }
  });

  it('refuses a migration list whose versions are not 1, 2, 3 …', () => {
    const skip: Migration = { version: LATEST_VERSION + 2, up() {} };
    expect(() => Store.open(dbPath, { migrations: [...MIGRATIONS, skip] })).toThrow(/expected/);
  });
});

describe('tables and triggers', () => {
  it('never lets an article text change, and refuses an exact duplicate hash', () => {
    const store = Store.open(dbPath);
    try {
      const a = store.articles.insert(article('He said "it is routine" on Tuesday.', 'h1'));
      expect(() => store.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run('rewritten', a.id)).toThrow(/never changes/);
      expect(store.articles.text(a.id)).toBe('He said "it is routine" on Tuesday.');
      expect(() => store.articles.insert(article('other text', 'h1'))).toThrow(/UNIQUE/);
      expect(store.articles.count()).toBe(1);
      // The title may change; the index follows.
      store.db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Renamed piece', a.id);
      expect(store.search.query('renamed', 10).map((h) => h.id)).toEqual([a.id]);
    } finally {
      store.close();
    }
  });

  it('cascades claims with their article, keeps citations as broken, and keeps FTS in step', () => {
    const store = Store.open(dbPath);
    try {
      const text = 'The minister said "we will respond" on Wednesday.';
      const a = store.transaction(() => {
        const row = store.articles.insert(article(text, 'h2'));
        store.claims.insertMany(row.id, [{ kind: 'direct', text: 'we will respond', speaker: 'Keller', start: 19, end: 34 }]);
        return row;
      });
      const [claim] = store.claims.list(a.id);
      expect(claim && text.slice(claim.start, claim.end)).toBe('we will respond');
      const note = store.notes.create('Brief', '{}');
      store.transaction(() =>
        store.notes.save(note.id, { title: 'Brief', content: '{}', text: 'respond' }, [
          { kind: 'claim', targetId: claim!.id, claimId: claim!.id, articleId: null, start: null, end: null, quote: claim!.text },
          { kind: 'article', targetId: a.id, claimId: null, articleId: a.id, start: 0, end: 12, quote: text.slice(0, 12) },
        ], []),
      );
      expect(store.search.query('respond', 10).map((h) => h.type).sort()).toEqual(['article', 'claim', 'note']);

      expect(store.articles.delete(a.id)).toBe(true);
      expect(store.claims.count()).toBe(0);
      const citations = store.notes.citations(note.id);
      expect(citations.map((c) => [c.kind, c.targetId, c.claimId, c.articleId, c.quote])).toEqual([
        ['claim', claim!.id, null, null, 'we will respond'],
        ['article', a.id, null, null, 'The minister'],
      ]);
      expect(store.search.query('respond', 10).map((h) => h.type)).toEqual(['note']);
      for (const fts of ['articles_fts', 'claims_fts', 'notes_fts', 'annotations_fts']) {
        expect(() => store.db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run()).not.toThrow();
      }
      // Ids are never reused, so a broken citation can never silently point at a new article.
      const b = store.articles.insert(article('Another text.', 'h3'));
      expect(b.id).toBeGreaterThan(a.id);
    } finally {
      store.close();
    }
  });
});

describe('search expressions', () => {
  it('quotes every word and turns user syntax into plain words', () => {
    expect(toMatchExpression('espionage activities')).toBe('"espionage" "activities"*');
    expect(toMatchExpression('a" OR NEAR(b c) NOT *')).toBe('"a" "OR" "NEAR" "b" "c" "NOT"*');
    expect(toMatchExpression('title:foo^ -bar')).toBe('"title" "foo" "bar"*');
    expect(toMatchExpression('"*() - :^')).toBeNull();
    expect(toMatchExpression('Kellerová')).toBe('"Kellerová"*');
  });

  it('never fails on hostile input and ignores diacritics', () => {
    const store = Store.open(dbPath);
    try {
      store.articles.insert(article('Ambassador Lena Kellerová told reporters at the port.', 'h4'));
      for (const q of ['"', 'a" OR "b', 'NEAR(a b, 2)', '*', 'col:x', '^start', 'a AND', '(((', "'; DROP TABLE articles; --"]) {
        expect(() => store.search.query(q, 10)).not.toThrow();
      }
      expect(store.search.query('kellerova', 10)).toHaveLength(1);
      expect(store.search.query('KELLER', 10)).toHaveLength(1);
      expect(store.search.query('"*()', 10)).toEqual([]);
      expect(store.articles.count()).toBe(1);
    } finally {
      store.close();
    }
  });
});
