// Migration 2 on a store written by schema 1 WITH DATA: articles, claims, notes, citations and
// annotations survive unchanged; old articles read as "nothing removed"; their fingerprints are
// filled in on the next import, so they take part in related coverage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';
import { readFile } from '../../src-main/api/service/library';
import { contentHash } from '../../src-main/api/service/text';
import { MIGRATIONS, Store, dumpTables } from '../../src-main/store/index';
import { CORPUS_DIR, CORPUS_FILES, REPO_RESOURCES } from './service-helpers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-mig-'));
  dbPath = join(dir, 'quire.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A schema-1 store holding two corpus articles, their claims, a note citing one, an annotation. */
function buildV1(): { ids: number[] } {
  const v1 = Store.open(dbPath, { migrations: MIGRATIONS.slice(0, 1) });
  try {
    expect(v1.schemaVersion).toBe(1);
    const ids: number[] = [];
    const at = '2025-01-01T00:00:00.000Z';
    v1.transaction(() => {
      for (const f of [CORPUS_FILES[1], CORPUS_FILES[0]]) {
        const { draft, claims } = readFile(f, readFileSync(join(CORPUS_DIR, f)));
        const info = v1.db
          .prepare(
            `INSERT INTO articles (title, outlet, author, published, language, source_name, text, chars, content_hash, imported_at)
             VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
          )
          .run(draft.title, draft.outlet ?? 'Wire', draft.author, draft.published, f, draft.text, draft.text.length, contentHash(draft.text), at);
        const id = Number(info.lastInsertRowid);
        ids.push(id);
        const ins = v1.db.prepare(
          `INSERT INTO claims (article_id, kind, text, speaker, start_offset, end_offset, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        for (const c of claims) ins.run(id, c.kind, c.text, c.speaker, c.start, c.end, at, at);
      }
      const claim = v1.db.prepare('SELECT id, text FROM claims ORDER BY id LIMIT 1').get() as { id: number; text: string };
      const note = v1.db.prepare(`INSERT INTO notes (title, content, text, created_at, updated_at) VALUES ('Brief', '{}', 'about it', ?, ?)`).run(at, at);
      v1.db
        .prepare(`INSERT INTO citations (note_id, position, kind, target_id, claim_id, quote) VALUES (?, 0, 'claim', ?, ?, ?)`)
        .run(note.lastInsertRowid, claim.id, claim.id, claim.text);
      v1.db
        .prepare(`INSERT INTO annotations (article_id, start_offset, end_offset, quote, comment, created_at, updated_at) VALUES (?, 0, 5, 'quote', 'check', ?, ?)`)
        .run(ids[0], at, at);
      v1.db.prepare('UPDATE claims SET status = ?, edited = 1 WHERE id = ?').run('confirmed', claim.id);
    });
    return { ids };
  } finally {
    v1.close();
  }
}

describe('migration 2 from a schema-1 store with data', () => {
  it('keeps every row, reads old articles as nothing removed, and backfills fingerprints', async () => {
    const { ids } = buildV1();
    const before = (() => {
      const s = Store.open(dbPath, { migrations: MIGRATIONS.slice(0, 1) });
      try {
        return dumpTables(s.db);
      } finally {
        s.close();
      }
    })();

    const opened = openService({ dbPath, resourcesDir: REPO_RESOURCES });
    try {
      const store = Store.open(dbPath);
      const after = dumpTables(store.db);
      expect(store.schemaVersion).toBe(MIGRATIONS.length);
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      store.close();
      for (const table of ['notes', 'citations', 'note_links', 'entities', 'claim_relations']) {
        expect(after[table]).toEqual(before[table]);
      }
      // Annotations keep every old column; migration 6's anchoring state starts as anchored.
      const stripAnnotations = (rows: unknown[]): unknown[] =>
        (rows as Record<string, unknown>[]).map(({ state, orphan_reason, carried_from, ...rest }) => {
          expect([state, orphan_reason, carried_from]).toEqual(['anchored', null, null]);
          return rest;
        });
      expect(stripAnnotations(after.annotations ?? [])).toEqual(before.annotations);
      // Old columns of claims unchanged; the provenance and facts of migration 4 and the speaker entity of 5 at their defaults.
      const stripClaims = (rows: unknown[]): unknown[] =>
        (rows as Record<string, unknown>[]).map(({ speaker_role, channel, via, said_on, said_precision, facts, speaker_entity_id, ...rest }) => {
          expect([speaker_role, channel, via, said_on, said_precision, facts, speaker_entity_id]).toEqual([null, null, null, null, null, '[]', null]);
          return rest;
        });
      expect(stripClaims(after.claims ?? [])).toEqual(before.claims);
      // Old columns of articles unchanged; new ones at their defaults.
      const strip = (rows: unknown[]): unknown[] =>
        (rows as Record<string, unknown>[]).map(({ raw_text, removed, url, format, metadata_edited_at, updated, metadata_sources, paragraph_languages, ...rest }) => {
          expect([raw_text, removed, url, format, metadata_edited_at, updated, metadata_sources]).toEqual([null, '[]', null, null, null, null, '{}']);
          // Migration 11 worked out each old article's paragraph languages from its text.
          expect((JSON.parse(String(paragraph_languages)) as { language: string }[]).length).toBeGreaterThan(0);
          return rest;
        });
      expect(strip(after.articles ?? [])).toEqual(before.articles);

      const call = async <T>(method: string, args: unknown): Promise<T> => {
        const r = await dispatch(opened.service, method, args);
        if (!r.ok) throw new Error(r.error.message);
        return r.value as T;
      };
      const a = await call<{ text: string; rawText: string; removed: unknown[]; format: unknown; claims: number }>('articles.get', { id: ids[0] });
      expect(a.rawText).toBe(a.text);
      expect(a.removed).toEqual([]);
      expect(a.format).toBeNull();
      // The text stays immutable after the migration; metadata edits work on old articles.
      const s2 = Store.open(dbPath);
      expect(() => s2.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run('x', ids[0])).toThrow(/never changes/);
      s2.close();
      await call('articles.update', { id: ids[0], outlet: 'VOA' });

      // Importing 003 fills in the old articles' fingerprints and links it to 002 (stored by v1).
      const o = await call<{ article: { id: number }; related?: { article: { id: number }; kind: string }[] }>('articles.import', {
        fileName: CORPUS_FILES[2],
        data: readFileSync(join(CORPUS_DIR, CORPUS_FILES[2])).toString('base64'),
      });
      expect(o.related?.map((r) => [r.article.id, r.kind])).toContainEqual([ids[0], 'related']);
      const s3 = Store.open(dbPath);
      expect(s3.fingerprints.missing(10)).toEqual([]);
      s3.close();
    } finally {
      opened.close();
    }
  });
});
