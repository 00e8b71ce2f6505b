// Schema 6 (annotations #5) on a store that already holds data: annotations written by schema 5
// keep their anchors and text, gain the anchored state, and work with tags afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';
import { MIGRATIONS, Store } from '../../src-main/store/index';
import { REPO_RESOURCES } from './service-helpers';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-anno-mig-'));
  dbPath = join(dir, 'quire.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'First paragraph of a stored article.\n\nThe minister said the plan was final. Critics disagreed.';

describe('migration 006', () => {
  it('upgrades a schema-5 store with annotations: rows kept, state anchored, tags usable', async () => {
    const old = Store.open(dbPath, { migrations: MIGRATIONS.slice(0, 5) });
    expect(old.schemaVersion).toBe(5);
    const at = new Date().toISOString();
    const articleId = Number(
      old.db
        .prepare(`INSERT INTO articles (title, text, chars, content_hash, imported_at) VALUES ('Old', ?, ?, 'h1', ?)`)
        .run(TEXT, TEXT.length, at).lastInsertRowid,
    );
    const start = TEXT.indexOf('the plan was final');
    const end = start + 'the plan was final'.length;
    old.db
      .prepare(
        `INSERT INTO annotations (article_id, start_offset, end_offset, quote, prefix, suffix, comment, color, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'written before tags', 'green', ?, ?)`,
      )
      .run(articleId, start, end, TEXT.slice(start, end), TEXT.slice(start - 10, start), TEXT.slice(end, end + 10), at, at);
    // A stored anchor that no longer verifies (its quote is not what its article says there).
    old.db
      .prepare(
        `INSERT INTO annotations (article_id, start_offset, end_offset, quote, prefix, suffix, comment, created_at, updated_at)
         VALUES (?, 0, 5, 'words nowhere in it', '', '', 'broken anchor', ?, ?)`,
      )
      .run(articleId, at, at);
    old.close();

    const opened = openService({ dbPath, resourcesDir: REPO_RESOURCES });
    try {
      const call = async (method: string, args: unknown): Promise<unknown> => {
        const r = await dispatch(opened.service, method, args);
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const list = (await call('annotations.list', { articleId })) as { comment: string; state: string; orphanReason: string | null; quote: string; color: string | null; tags: string[] }[];
      expect(list).toHaveLength(2);
      expect(list.find((a) => a.comment === 'written before tags')).toMatchObject({ state: 'anchored', quote: 'the plan was final', color: 'green', tags: [] });
      expect(list.find((a) => a.comment === 'broken anchor')).toMatchObject({ state: 'orphaned', orphanReason: 'quote_missing' });
      expect(((await call('annotations.orphans', {})) as { comment: string }[]).map((a) => a.comment)).toEqual(['broken anchor']);
      const first = list.find((a) => a.comment === 'written before tags') as unknown as { id: number };
      const updated = (await call('annotations.update', { id: first.id, tags: ['Policy'] })) as { tags: string[]; displayColor: string };
      expect(updated).toMatchObject({ tags: ['Policy'], displayColor: 'green' });
    } finally {
      opened.close();
    }
    const store = Store.open(dbPath);
    expect(store.schemaVersion).toBeGreaterThanOrEqual(6);
    store.close();
  });
});
