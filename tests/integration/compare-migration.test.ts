// Migration 007 on a store that already holds data: articles, claims and notes are untouched, the
// old (never used) claim_relations rows are carried over with the new kinds and origins, and the
// compare tables work at once through the service.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';
import { MIGRATIONS, Store, dumpTables } from '../../src-main/store/index';
import { REPO_RESOURCES } from './service-helpers';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-compare-mig-'));
  dbPath = join(dir, 'quire.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'The minister said the border is open. The mayor said the border is closed. Traders said nothing.';

/** A store at schema 6 with an article, three claims, a note and old-style relations. */
function seedVersion6(): void {
  const store = Store.open(dbPath, { migrations: MIGRATIONS.slice(0, 6) });
  try {
    expect(store.schemaVersion).toBe(6);
    store.transaction(() => {
      const a = store.articles.insert({ title: 'Border', outlet: 'Wire', author: null, published: '2025-01-02', language: 'en', sourceName: 'b.txt', text: TEXT, contentHash: 'h1' });
      const span = (s: string): { start: number; end: number } => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
      store.claims.insertMany(a.id, [
        { kind: 'indirect', text: 'the border is open', speaker: 'minister', ...span('the border is open') },
        { kind: 'indirect', text: 'the border is closed', speaker: 'mayor', ...span('the border is closed') },
        { kind: 'indirect', text: 'nothing', speaker: 'Traders', ...span('nothing') },
      ]);
      store.notes.create('Notes', '{"root":{"children":[]}}', 'x');
      const rel = store.db.prepare('INSERT INTO claim_relations (claim_a, claim_b, kind, rationale, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)');
      rel.run(1, 2, 'contradicts', 'open vs closed', 'analyst', '2025-01-03T00:00:00.000Z');
      rel.run(2, 1, 'contradicts', 'the same pair again, reversed', 'suggested', '2025-01-04T00:00:00.000Z');
      rel.run(2, 3, 'same', null, 'suggested', '2025-01-05T00:00:00.000Z');
    });
  } finally {
    store.close();
  }
}

describe('migration 007 (compare)', () => {
  it('keeps every row, maps old relation kinds and origins, and adds the compare tables', async () => {
    seedVersion6();
    const before = (() => {
      const s = Store.open(dbPath, { migrations: MIGRATIONS.slice(0, 6) });
      try {
        return dumpTables(s.db);
      } finally {
        s.close();
      }
    })();

    // Migrated to version 7 exactly (later migrations have tests of their own).
    const after = (() => {
      const store = Store.open(dbPath, { migrations: MIGRATIONS.slice(0, 7) });
      try {
        expect(store.schemaVersion).toBe(7);
        return dumpTables(store.db);
      } finally {
        store.close();
      }
    })();
    const opened = openService({ dbPath, resourcesDir: REPO_RESOURCES });
    try {
      for (const table of ['articles', 'claims', 'notes', 'citations', 'note_links', 'annotations', 'entities']) {
        expect(after[table], table).toEqual(before[table]);
      }
      // The reversed duplicate of one pair and kind is one relation (the first kept).
      expect(after['claim_relations']).toEqual([
        { id: 1, claim_a: 1, claim_b: 2, kind: 'contradicts', rationale: 'open vs closed', origin: 'analyst', created_at: '2025-01-03T00:00:00.000Z' },
        { id: 3, claim_a: 2, claim_b: 3, kind: 'same_event', rationale: null, origin: 'suggestion', created_at: '2025-01-05T00:00:00.000Z' },
      ]);
      for (const t of ['rejected_conflicts', 'sides', 'side_members', 'propositions', 'proposition_evidence', 'claim_grades', 'source_grades']) {
        expect(after[t], t).toEqual([]);
      }

      const call = async (method: string, args: unknown): Promise<unknown> => {
        const r = await dispatch(opened.service, method, args);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value;
      };
      const relations = (await call('relations.list', { claimId: 2 })) as { id: number; kind: string; origin: string; a: { text: string } }[];
      expect(relations.map((r) => [r.id, r.kind, r.origin])).toEqual([
        [1, 'contradicts', 'analyst'],
        [3, 'same_event', 'suggestion'],
      ]);
      expect(relations[0]!.a.text).toBe('the border is open');
      // The pair index holds in either order; new kinds are accepted.
      expect((await dispatch(opened.service, 'relations.create', { a: 2, b: 1, kind: 'contradicts' })).ok).toBe(false);
      expect(((await call('relations.create', { a: 2, b: 1, kind: 'qualifies' })) as { kind: string }).kind).toBe('qualifies');
      expect(((await call('sides.save', { name: 'Capital', members: ['minister'] })) as { id: number }).id).toBe(1);
    } finally {
      opened.close();
    }
  });

  it('deleting an article removes its claims\' relations, rejections, stances and grades', async () => {
    seedVersion6();
    const opened = openService({ dbPath, resourcesDir: REPO_RESOURCES });
    try {
      const ok = async (method: string, args: unknown): Promise<void> => {
        const r = await dispatch(opened.service, method, args);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      };
      await ok('conflicts.reject', { a: 1, b: 3 });
      await ok('propositions.save', { text: 'The border is open' });
      await ok('stances.set', { propositionId: 1, claimId: 1, stance: 'supports' });
      await ok('grades.set', { claimId: 1, credibility: 2 });
      await ok('articles.delete', { id: 1 });
    } finally {
      opened.close();
    }
    const store = Store.open(dbPath);
    try {
      const dump = dumpTables(store.db);
      for (const t of ['claims', 'claim_relations', 'rejected_conflicts', 'proposition_evidence', 'claim_grades']) expect(dump[t], t).toEqual([]);
      expect(dump['propositions']).toHaveLength(1);
    } finally {
      store.close();
    }
  });
});
