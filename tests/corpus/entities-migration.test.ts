// Schema 5 on a store that already holds data (written at schema 4): the articles, claims and
// notes stay, the new tables start empty, re-extraction then fills entities in.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../src-main/api/contract/methods';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';
import { MIGRATIONS, Store } from '../../src-main/store/index';
import { CORPUS_DIR, CORPUS_FILES, REPO_RESOURCES } from './shared';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-entities-mig-'));
  dbPath = join(dir, 'quire.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 5 (entities)', () => {
  it('upgrades a schema-4 store with articles, claims and entities, keeping them, then re-extraction links them', async () => {
    const old = Store.open(dbPath, { migrations: MIGRATIONS.slice(0, 4) });
    const text = readFileSync(join(CORPUS_DIR, CORPUS_FILES[1]), 'utf8');
    const row = old.articles.insert({ title: 'Old', outlet: 'Wire', author: null, published: '2022-01-15', language: 'en', sourceName: 'old.txt', text, contentHash: 'h-old' });
    const start = text.indexOf('Antonov');
    old.claims.insertMany(row.id, [{ kind: 'indirect', text: text.slice(start, start + 40), speaker: 'Anatoly Antonov', start, end: start + 40 }]);
    old.db.prepare(`INSERT INTO entities (name, kind, created_at) VALUES ('Old entity', 'person', '2022-01-01')`).run();
    old.close();

    const store = Store.open(dbPath);
    expect(store.schemaVersion).toBeGreaterThanOrEqual(5);
    const cols = (table: string): string[] => (store.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(cols('claims')).toContain('speaker_entity_id');
    expect(cols('entity_mentions')).toEqual(['id', 'entity_id', 'article_id', 'start_offset', 'end_offset', 'text', 'origin']);
    expect(cols('entity_aliases')).toEqual(expect.arrayContaining(['probe', 'origin']));
    expect(cols('note_entity_links')).toEqual(['from_note', 'entity_id']);
    expect(store.claims.count()).toBe(1);
    expect(store.entities.get(1)).toMatchObject({ name: 'Old entity', kind: 'person', origin: 'extracted' });
    // A claim pointing at an entity loses only the link when the entity goes.
    store.entities.linkClaim(1, 1);
    store.db.prepare('DELETE FROM entities WHERE id = 1').run();
    expect(store.entities.speakerEntityOf(1)).toBeNull();
    expect(store.claims.count()).toBe(1);
    store.close();

    const opened = openService({ dbPath, resourcesDir: REPO_RESOURCES });
    try {
      const r = await dispatch(opened.service, 'articles.reextract', { id: row.id });
      expect(r.ok).toBe(true);
      const list = await dispatch(opened.service, 'claims.list', {});
      if (!list.ok) throw new Error(list.error.message);
      const kept = (list.value as Claim[]).find((c) => c.speaker === 'Anatoly Antonov');
      expect(kept?.speakerEntity?.name).toMatch(/Antonov$/);
    } finally {
      opened.close();
    }
  });
});
