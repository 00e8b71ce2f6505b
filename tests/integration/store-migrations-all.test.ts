// Migrations from every earlier schema version, with data: for each version v below the latest,
// a store is built at v, filled with the rows every version up to v could hold (one seed per
// migration), migrated to the latest schema and checked: every row is still there with the same
// values, columns added since got their declared defaults, FTS still finds the text, and the
// service reads the library.
//
// A new migration must add its seed to SEEDS (the first test fails until it does): rows for the
// tables and columns it adds, and, if it fills new columns from old data, those columns in
// `computed` with a check of their own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';
import { LATEST_VERSION, MIGRATIONS, Store, type Db } from '../../src-main/store/index';
import { REPO_RESOURCES } from './service-helpers';

type Row = Record<string, string | number | Buffer | null>;

interface Seed {
  /** Rows by table, inserted in this order at the seed's version (the columns that version has). */
  rows: [table: string, row: Row][];
  /** FTS lookups that must still hit after migrating: [fts table, one word, rowid]. */
  finds: [fts: string, word: string, rowid: number][];
  /** Columns a later migration fills from old data (not its declared default): checked by `check`. */
  computed?: Record<string, string[]>;
  check?(db: Db): void;
}

const AT = '2024-05-06T07:08:09.000Z';
const LATER = '2024-06-01T10:00:00.000Z';
const hash = (s: string): string => s.padEnd(64, '0').slice(0, 64);


const v1Text =
  'Harbour authorities in Valmora said on Tuesday that the northern pier would close for repairs. ' +
  '“The structure is no longer safe for heavy lorries,” the port director, Ines Calder, told reporters. ' +
  'Shipping agents said the closure could delay grain exports by several weeks.';
const v2Raw = `Menu Home World\n\n${'Council members in Dorrin voted to expand the tram network after a long debate. '.repeat(3)}\n\nShare this article`;
const v2End = v2Raw.indexOf('\n\nShare');
const v2Text = v2Raw.slice(17, v2End).trimEnd();
const calder = v1Text.indexOf('Ines Calder');
const v4Text =
  'The finance ministry of Arlen said revenue rose 4.2 percent in the first quarter. ' +
  '“We expect the deficit to narrow to 2 percent by March 2025,” deputy minister Tarek Sun said in a statement on April 3.';

/** Filled from each article's text and language by migration 11. */
const LANGUAGES = { articles: ['paragraph_languages'] };
const languagesOf = (db: Db, id: number): unknown =>
  JSON.parse((db.prepare('SELECT paragraph_languages AS l FROM articles WHERE id = ?').get(id) as { l: string }).l);

/** One seed per migration version. */
const SEEDS: Record<number, Seed> = {
  1: {
    rows: [
      ['articles', { id: 101, title: 'Valmora pier to close for repairs', outlet: 'Coastal Wire', author: 'R. Imre', published: '2024-05-02', language: 'en', source_name: 'valmora.txt', text: v1Text, chars: v1Text.length, content_hash: hash('a101'), imported_at: AT }],
      ['articles', { id: 102, title: 'Second report on the pier', outlet: null, author: null, published: null, language: null, source_name: null, text: 'Port officials confirmed the pier closure.', chars: 42, content_hash: hash('a102'), imported_at: AT }],
      ['claims', { id: 201, article_id: 101, kind: 'direct', text: 'The structure is no longer safe for heavy lorries,', speaker: 'Ines Calder', start_offset: 96, end_offset: 146, status: 'confirmed', origin: 'extracted', edited: 1, created_at: AT, updated_at: LATER }],
      ['claims', { id: 202, article_id: 101, kind: 'indirect', text: 'the closure could delay grain exports by several weeks', speaker: 'Shipping agents', start_offset: 217, end_offset: 271, status: 'suggested', origin: 'analyst', edited: 0, created_at: AT, updated_at: AT }],
      ['entities', { id: 301, name: 'Ines Calder', kind: 'person', created_at: AT }],
      ['entity_aliases', { id: 311, entity_id: 301, alias: 'Calder' }],
      ['notes', { id: 401, title: 'Pier closure brief', content: '{"root":{"children":[],"type":"root","version":1}}', text: 'Exports from Valmora may slow down.', created_at: AT, updated_at: LATER }],
      ['notes', { id: 402, title: 'Linked note', content: '{"root":{"children":[],"type":"root","version":1}}', text: 'See the pier brief.', created_at: AT, updated_at: AT }],
      ['citations', { id: 501, note_id: 401, position: 0, kind: 'claim', target_id: 201, claim_id: 201, article_id: null, start_offset: null, end_offset: null, quote: 'The structure is no longer safe for heavy lorries,' }],
      ['citations', { id: 502, note_id: 401, position: 1, kind: 'article', target_id: 101, claim_id: null, article_id: 101, start_offset: 0, end_offset: 17, quote: 'Harbour authoriti' }],
      ['note_links', { from_note: 402, to_note: 401 }],
      ['annotations', { id: 601, article_id: 101, start_offset: 0, end_offset: 17, quote: 'Harbour authoriti', prefix: '', suffix: 'es in', comment: 'check the tonnage figures', color: 'yellow', created_at: AT, updated_at: AT }],
      ['claim_relations', { id: 701, claim_a: 201, claim_b: 202, kind: 'supports', rationale: 'same closure', origin: 'analyst', created_at: AT }],
    ],
    finds: [
      ['articles_fts', 'lorries', 101],
      ['articles_fts', 'valmora', 101],
      ['claims_fts', 'calder', 201],
      ['notes_fts', 'exports', 401],
      ['annotations_fts', 'tonnage', 601],
    ],
    computed: LANGUAGES,
    check(db) {
      expect(languagesOf(db, 101)).toEqual([{ start: 0, end: v1Text.length, language: 'en' }]);
      // No language stored and none to tell from a short English sentence: English, as the extractor reads it.
      expect(languagesOf(db, 102)).toEqual([{ start: 0, end: 42, language: 'en' }]);
    },
  },
  2: {
    rows: [
      ['articles', { id: 111, title: 'Dorrin expands its tram network', outlet: 'Dorrin Daily', author: 'M. Osei', published: '2024-05-20', language: 'en', source_name: 'tram.html', text: v2Text, chars: v2Text.length, content_hash: hash('a111'), imported_at: AT, raw_text: v2Raw, removed: JSON.stringify([{ start: 0, end: 17 }, { start: v2End, end: v2Raw.length }]), url: 'https://news.example/dorrin-trams', format: 'html', metadata_edited_at: LATER }],
      ['articles', { id: 112, title: 'Trams, again', outlet: 'Dorrin Daily', author: null, published: '2024-05-21', language: 'en', source_name: 'tram2.txt', text: 'Council members in Dorrin voted to expand the tram network.', chars: 59, content_hash: hash('a112'), imported_at: AT, raw_text: null, removed: '[]', url: null, format: 'txt', metadata_edited_at: null }],
      ['article_fingerprints', { article_id: 111, signature: Buffer.from(new Float64Array([1.5, 2.5, 3.5]).buffer), topic: Buffer.from(new Float64Array([4, 5]).buffer) }],
      ['article_bands', { band_key: '0:abcdef', article_id: 111 }],
      ['article_bands', { band_key: '0:abcdef', article_id: 112 }],
      ['article_relations', { article_a: 111, article_b: 112, kind: 'near_duplicate', similarity: 0.91, created_at: AT }],
    ],
    finds: [['articles_fts', 'tram', 111]],
    computed: LANGUAGES,
  },
  3: {
    rows: [
      ['notes', { id: 421, title: 'Tram budget', content: '{"root":{"children":[],"type":"root","version":1}}', text: 'Costs keep rising.', created_at: AT, updated_at: LATER }],
      ['note_versions', { id: 801, note_id: 421, title: 'Tram budget (draft)', content: '{"root":{"children":[],"type":"root","version":1}}', text: 'Costs rising.', reason: 'auto', created_at: AT }],
      ['note_versions', { id: 802, note_id: 421, title: 'Tram budget', content: '{"root":{"children":[],"type":"root","version":1}}', text: 'Costs keep rising.', reason: 'manual', created_at: LATER }],
    ],
    finds: [['notes_fts', 'costs', 421]],
  },
  4: {
    rows: [
      ['articles', { id: 131, title: 'Arlen revenue up', outlet: 'Ledger', author: null, published: '2024-04-04', language: 'en', source_name: 'arlen.txt', text: v4Text, chars: v4Text.length, content_hash: hash('a131'), imported_at: AT, raw_text: null, removed: '[]', url: null, format: 'txt', metadata_edited_at: null }],
      ['claims', { id: 231, article_id: 131, kind: 'direct', text: 'We expect the deficit to narrow to 2 percent by March 2025,', speaker: 'Tarek Sun', start_offset: 83, end_offset: 142, status: 'suggested', origin: 'extracted', edited: 0, created_at: AT, updated_at: AT, speaker_role: 'deputy minister', channel: 'statement', via: null, said_on: '2024-04-03', said_precision: 'day', facts: JSON.stringify([{ kind: 'percent', text: '2 percent', value: 2 }, { kind: 'date', text: 'March 2025', value: '2025-03' }]) }],
    ],
    finds: [['claims_fts', 'deficit', 231]],
    computed: LANGUAGES,
  },
  5: {
    rows: [
      ['entities', { id: 351, name: 'Ines Calder', kind: 'person', created_at: AT, origin: 'analyst', updated_at: LATER }],
      ['entity_aliases', { id: 361, entity_id: 351, alias: 'I. Calder', probe: 'cldr', origin: 'analyst' }],
      ['entity_mentions', { id: 371, entity_id: 351, article_id: 101, start_offset: calder, end_offset: calder + 11, text: 'Ines Calder', origin: 'extracted' }],
      ['claims', { id: 251, article_id: 101, kind: 'indirect', text: 'the northern pier would close for repairs', speaker: 'Ines Calder', start_offset: 52, end_offset: 93, status: 'suggested', origin: 'extracted', edited: 0, created_at: AT, updated_at: AT, speaker_role: null, channel: null, via: null, said_on: null, said_precision: null, facts: '[]', speaker_entity_id: 351 }],
      ['entity_redirects', { from_id: 399, to_id: 351 }],
      ['note_entity_links', { from_note: 401, entity_id: 351 }],
    ],
    finds: [['claims_fts', 'northern', 251]],
  },
  6: {
    rows: [
      ['tags', { id: 901, name: 'Figures', color: 'green', description: 'numbers to check', created_at: AT, updated_at: AT }],
      ['annotations', { id: 611, article_id: 102, start_offset: 0, end_offset: 14, quote: 'Port officials', prefix: '', suffix: ' confirmed', comment: 'carried from the first report', color: null, created_at: AT, updated_at: LATER, state: 'orphaned', orphan_reason: 'quote_missing', carried_from: 601 }],
      ['annotation_tags', { annotation_id: 611, tag_id: 901, position: 0 }],
    ],
    finds: [['annotations_fts', 'carried', 611]],
  },
  7: {
    rows: [
      ['claim_relations', { id: 711, claim_a: 202, claim_b: 231, kind: 'reframes', rationale: null, origin: 'suggestion', created_at: AT }],
      ['rejected_conflicts', { article_a: 101, start_a: 96, end_a: 146, article_b: 131, start_b: 83, end_b: 142, created_at: AT }],
      ['sides', { id: 921, name: 'Port', position: 0, created_at: AT, updated_at: AT }],
      ['side_members', { side_id: 921, position: 0, name: 'Ines Calder' }],
      ['propositions', { id: 931, text: 'The pier is unsafe', created_at: AT, updated_at: AT }],
      ['proposition_evidence', { proposition_id: 931, claim_id: 201, stance: 'supports', created_at: AT }],
      ['claim_grades', { claim_id: 201, credibility: 2, flags: '["preliminary"]', updated_at: AT }],
      ['source_grades', { kind: 'outlet', name_key: 'coastal wire', reliability: 'B', flags: '[]', updated_at: AT }],
    ],
    finds: [],
  },
  8: {
    rows: [
      ['decisions', { id: 811, kind: 'claim.update', label: 'Confirmed a claim', scope: '[]', before: '{}', after: '{}', undone: 0, created_at: AT }],
      ['side_entities', { side_id: 921, position: 0, entity_id: 351 }],
    ],
    finds: [],
  },
  9: {
    rows: [
      ['articles', { id: 181, title: 'Ferry timetable changes', outlet: 'Coastal Wire', author: 'R. Imre', published: '2024-05-03', updated: '2024-05-04', metadata_sources: '{"outlet":"dateline","published":"date-line","updated":"date-line","author":"analyst"}', language: 'en', source_name: 'ferry.txt', text: 'The ferry operator changed its timetable on Friday.', chars: 51, content_hash: hash('a181'), imported_at: AT }],
    ],
    finds: [],
    computed: LANGUAGES,
  },
  10: {
    rows: [
      ['articles', { id: 191, title: 'Высылка дипломатов', outlet: null, author: null, published: '2024-05-03', language: 'ru', source_name: null, text: 'Мария Захарова прокомментировала высылку дипломатов.', chars: 52, content_hash: hash('a191'), imported_at: AT }],
    ],
    // The terms index: a word form by its stem, a name by its transliteration key.
    finds: [
      ['articles_terms_fts', 'высылк', 191],
      ['articles_terms_fts', 'czaharova', 191],
    ],
    computed: LANGUAGES,
    check(db) {
      expect(languagesOf(db, 191)).toEqual([{ start: 0, end: 52, language: 'ru' }]);
    },
  },
  11: {
    rows: [
      ['articles', { id: 1101, title: 'Two languages', outlet: null, author: null, published: null, language: 'ru', source_name: null, text: 'Первый абзац.\n\nSecond paragraph.', chars: 32, content_hash: hash('a1101'), imported_at: AT, paragraph_languages: JSON.stringify([{ start: 0, end: 13, language: 'ru' }, { start: 15, end: 32, language: 'en' }]) }],
    ],
    finds: [],
  },
};

const columnsOf = (db: Db, table: string): { name: string; dflt_value: string | null; pk: number }[] =>
  db.prepare(`SELECT name, dflt_value, pk FROM pragma_table_info(?)`).all(table) as { name: string; dflt_value: string | null; pk: number }[];

/** The row's primary key as a WHERE clause (id, or every key column of a keyed table). */
function keyOf(db: Db, table: string, row: Row): { where: string; params: Row[string][] } {
  const keys = columnsOf(db, table).filter((c) => c.pk > 0).map((c) => c.name);
  const cols = keys.length ? keys : Object.keys(row);
  return { where: cols.map((c) => `"${c}" IS ?`).join(' AND '), params: cols.map((c) => row[c] ?? null) };
}

function insert(db: Db, table: string, row: Row): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
}

/** The row is there with the same values, and every column it did not set holds its declared default. */
function expectSurvived(db: Db, table: string, row: Row, computed: string[]): void {
  const { where, params } = keyOf(db, table, row);
  const found = db.prepare(`SELECT * FROM "${table}" WHERE ${where}`).get(...params) as Row | undefined;
  expect(found, `${table} ${JSON.stringify(params)}`).toBeDefined();
  for (const [col, value] of Object.entries(row)) expect(found?.[col], `${table}.${col}`).toEqual(value);
  for (const col of columnsOf(db, table)) {
    if (col.name in row || computed.includes(col.name)) continue;
    const dflt = col.dflt_value === null ? null : (db.prepare(`SELECT ${col.dflt_value} AS v`).get() as { v: Row[string] }).v;
    expect(found?.[col.name], `${table}.${col.name} (added later) holds its default`).toEqual(dflt);
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-migrate-all-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations from every earlier version, with data', () => {
  it('every migration has a seed (add one with each new migration)', () => {
    for (const m of MIGRATIONS) expect(SEEDS[m.version], `no seed for migration ${m.version}`).toBeDefined();
  });

  it.each(Array.from({ length: LATEST_VERSION - 1 }, (_, i) => i + 1))('from version %i to the latest', async (from) => {
    const dbPath = join(dir, `from-${from}.sqlite`);
    const seeds = Array.from({ length: from }, (_, i) => SEEDS[i + 1] as Seed);
    const old = Store.open(dbPath, { migrations: MIGRATIONS.slice(0, from) });
    try {
      expect(old.schemaVersion).toBe(from);
      old.transaction(() => {
        for (const seed of seeds) for (const [table, row] of seed.rows) insert(old.db, table, row);
      });
    } finally {
      old.close();
    }

    const store = Store.open(dbPath);
    try {
      expect(store.schemaVersion).toBe(LATEST_VERSION);
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.db.pragma('foreign_key_check')).toEqual([]);
      for (const seed of seeds) {
        for (const [table, row] of seed.rows) expectSurvived(store.db, table, row, seed.computed?.[table] ?? []);
        for (const [fts, word, rowid] of seed.finds) {
          const hits = store.db.prepare(`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?`).all(word) as { rowid: number }[];
          expect(hits.map((h) => h.rowid), `${fts} MATCH ${word}`).toContain(rowid);
        }
        seed.check?.(store.db);
      }
    } finally {
      store.close();
    }

    // The service of this version reads what the old one wrote.
    const opened = openService({ dbPath, resourcesDir: REPO_RESOURCES, autoBackup: false });
    try {
      const articles = seeds.flatMap((s) => s.rows.filter(([t]) => t === 'articles'));
      const listed = await dispatch(opened.service, 'articles.list', {});
      expect(listed.ok && (listed.value as unknown[]).length).toBe(articles.length);
      for (const [, row] of articles) {
        const got = await dispatch(opened.service, 'articles.get', { id: row.id });
        expect(got.ok && (got.value as { text: string }).text).toBe(row.text);
      }
      const found = await dispatch(opened.service, 'search.query', { q: 'pier' });
      expect(found.ok && (found.value as { type: string; id: number }[]).some((h) => h.type === 'article' && h.id === 101)).toBe(true);
    } finally {
      opened.close();
    }
  });
});
