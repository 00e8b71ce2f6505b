// Claims with provenance and facts (schema 4), the analyst's own claims and span edits, and
// re-extraction that never overwrites an analyst's decision — through dispatch() on a real file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../src-main/api/contract/methods';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';
import { MIGRATIONS, Store } from '../../src-main/store/index';
import { REPO_RESOURCES, corpusBase64, openHarness, type Harness } from './shared';

const FILE = '002_72e9264fc770830b.txt';
const DETAIL_KEYS = ['channel', 'facts', 'saidOn', 'speakerRole', 'via'];

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.dispose());

async function importCorpus(): Promise<{ id: number; text: string; claims: Claim[] }> {
  const outcome = await h.call('articles.import', { fileName: FILE, data: corpusBase64(FILE) });
  const id = outcome.article.id;
  const { text } = await h.call('articles.get', { id });
  return { id, text, claims: await h.call('claims.list', { articleId: id }) };
}

describe('claims carry provenance and facts', () => {
  it('stores and returns speaker role, channel, via, said-on and facts from extraction', async () => {
    const { text, claims } = await importCorpus();
    for (const c of claims) {
      for (const k of DETAIL_KEYS) expect(c).toHaveProperty(k);
      expect(text.slice(c.start, c.end)).toBe(c.text);
      for (const f of c.facts ?? []) expect(text.slice(f.start, f.end)).toBe(f.text);
    }

    const deadline = claims.find((c) => c.text.endsWith('must leave Russia by Jan. 31'));
    expect(deadline).toMatchObject({
      kind: 'direct',
      speaker: 'Maria Zakharova',
      speakerRole: 'Russia Foreign Ministry spokesperson',
      channel: 'briefing',
      via: null,
      saidOn: null, // the corpus file gives no publication date
    });
    expect(deadline?.facts).toEqual([
      { kind: 'number', value: 3, unit: 'years', qualifier: 'more than', text: 'more than three years', start: 245, end: 266 },
      { kind: 'date', value: '--01-31', unit: 'deadline', text: 'Jan. 31', start: 288, end: 295 },
    ]);

    const people = claims.find((c) => c.text.includes('27 people'));
    expect(people).toMatchObject({ speaker: 'Anatoly Antonov', channel: 'video' });
    expect(people?.facts).toEqual([
      { kind: 'number', value: 27, unit: 'people', text: '27 people', start: 683, end: 692 },
      { kind: 'date', value: '--01-30', text: 'January 30', start: 725, end: 735 },
    ]);

    expect(claims.find((c) => c.via === 'Wall Street Journal')?.speaker).toBe('Antony Blinken');

    // The @ quick-pick carries them too.
    const [hit] = await h.call('claims.search', { q: 'staff shortage' });
    expect(hit).toMatchObject({ text: 'We are facing a serious staff shortage', channel: 'video', saidOn: null, facts: [] });
  });

  it('articles.extract gives the same details without storing anything', async () => {
    const x = await h.call('articles.extract', { fileName: FILE, data: corpusBase64(FILE) });
    const deadline = x.claims.find((c) => c.text.endsWith('by Jan. 31'));
    expect(deadline?.channel).toBe('briefing');
    expect(deadline?.facts.map((f) => f.text)).toEqual(['more than three years', 'Jan. 31']);
    for (const c of x.claims) for (const k of DETAIL_KEYS) expect(c).toHaveProperty(k);
    expect(await h.call('articles.list', {})).toEqual([]);
  });
});

describe('the analyst in charge', () => {
  it('creates, edits spans, rejects and renames; re-extraction keeps every decision', async () => {
    const { id, text, claims } = await importCorpus();
    const before = claims.length;

    // A claim from a selection: suggested (confirming it is a second decision), the exact slice, no extracted details.
    const start = text.indexOf('Ukraine poses a threat to Russia');
    expect(start).toBeGreaterThan(0);
    const created = await h.call('claims.create', { articleId: id, start, end: start + 32, kind: 'indirect', speaker: '  Antony Blinken ' });
    expect(created).toMatchObject({
      articleId: id,
      text: 'Ukraine poses a threat to Russia',
      speaker: 'Antony Blinken',
      status: 'suggested',
      speakerRole: null,
      channel: null,
      via: null,
      saidOn: null,
      facts: [],
    });

    // Bad spans are refused.
    expect((await h.fail('claims.create', { articleId: id, start: 10, end: 10, kind: 'direct' })).code).toBe('bad_request');
    expect((await h.fail('claims.create', { articleId: id, start: 0, end: text.length + 1, kind: 'direct' })).code).toBe('bad_request');
    expect((await h.fail('claims.create', { articleId: 999, start: 0, end: 5, kind: 'direct' })).code).toBe('not_found');

    // Span edit: the text is re-read from the article.
    const toTrim = claims.find((c) => c.text === 'We are facing a serious staff shortage')!;
    const trimmed = await h.call('claims.update', { id: toTrim.id, start: toTrim.start + 7, end: toTrim.end });
    expect(trimmed).toMatchObject({ start: toTrim.start + 7, end: toTrim.end, text: 'facing a serious staff shortage', channel: 'video' });
    expect((await h.fail('claims.update', { id: toTrim.id, start: 5, end: 3 })).code).toBe('bad_request');
    expect((await h.fail('claims.update', { id: toTrim.id, end: text.length + 5 })).code).toBe('bad_request');

    // Reject one, re-attribute another.
    // A mixed quote: the reported claim holding “red lines” (no direct claim of its own).
    const toReject = claims.find((c) => c.text.includes('“red lines”'))!;
    expect((await h.call('claims.update', { id: toReject.id, status: 'rejected' })).status).toBe('rejected');
    const toRename = claims.find((c) => c.speaker === 'Sergei Ryabkov')!;
    expect((await h.call('claims.update', { id: toRename.id, speaker: 'Russian Defense Ministry' })).speaker).toBe('Russian Defense Ministry');

    const decided = await h.call('claims.list', { articleId: id });
    const result = await h.call('articles.reextract', { id });
    const after = await h.call('claims.list', { articleId: id });

    // Everything the analyst made or touched is still there, unchanged, with the same id.
    for (const kept of [created.id, toTrim.id, toReject.id, toRename.id]) {
      expect(after.find((c) => c.id === kept)).toEqual(decided.find((c) => c.id === kept));
    }
    expect(after.find((c) => c.id === toTrim.id)?.text).toBe('facing a serious staff shortage');
    expect(after.find((c) => c.id === toReject.id)?.status).toBe('rejected');
    expect(after.find((c) => c.id === toRename.id)?.speaker).toBe('Russian Defense Ministry');

    // No suggestion duplicates a kept span; the untouched suggestions came back fresh.
    const spans = after.map((c) => `${c.start}:${c.end}`);
    expect(new Set(spans).size).toBe(spans.length);
    // The trimmed claim's original span is not suggested again: the analyst decided that passage.
    expect(after.filter((c) => c.start === toTrim.start && c.end === toTrim.end)).toHaveLength(0);
    expect(result.claims).toBe(before - 3); // all but the rejected, renamed and trimmed ones
    expect(after).toHaveLength(before + 1); // + the created claim
    expect((await h.fail('articles.reextract', { id: 999 })).code).toBe('not_found');

    // Re-extracting again changes nothing.
    await h.call('articles.reextract', { id });
    const again = await h.call('claims.list', { articleId: id });
    expect(again.map(({ id: _id, ...c }) => c)).toEqual(after.map(({ id: _id, ...c }) => c));
  });
});

describe('migration 004', () => {
  it('keeps claims of a schema-3 store; they read with null details and no facts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-v3-'));
    const dbPath = join(dir, 'quire.db');
    try {
      const old = Store.open(dbPath, { migrations: MIGRATIONS.slice(0, 3) });
      const text = 'The minister said "we will respond" on Wednesday.';
      const a = old.articles.insert({
        title: 'Old piece',
        outlet: 'Wire',
        author: null,
        published: '2025-03-04',
        language: null,
        sourceName: 'old.txt',
        text,
        contentHash: 'old-hash',
      });
      old.db
        .prepare(
          `INSERT INTO claims (article_id, kind, text, speaker, start_offset, end_offset, status, edited, created_at, updated_at)
           VALUES (?, 'direct', 'we will respond', 'Keller', 19, 34, 'confirmed', 1, '2025-03-04T00:00:00Z', '2025-03-04T00:00:00Z')`,
        )
        .run(a.id);
      expect(old.schemaVersion).toBe(3);
      old.close();

      const opened = openService({ dbPath, resourcesDir: REPO_RESOURCES, version: '9.9.9-test' });
      try {
        const listed = await dispatch(opened.service, 'claims.list', {});
        expect(listed.ok).toBe(true);
        expect(listed.ok && listed.value).toEqual([
          {
            id: 1,
            articleId: a.id,
            kind: 'direct',
            text: 'we will respond',
            speaker: 'Keller',
            start: 19,
            end: 34,
            status: 'confirmed',
            speakerRole: null,
            channel: null,
            via: null,
            saidOn: null,
            facts: [],
            speakerEntity: null,
          },
        ]);
        // Re-extraction leaves the confirmed, edited claim alone.
        const re = await dispatch(opened.service, 'articles.reextract', { id: a.id });
        expect(re.ok).toBe(true);
        const after = await dispatch(opened.service, 'claims.list', { articleId: a.id });
        expect(after.ok && (after.value as Claim[]).filter((c) => c.id === 1)).toHaveLength(1);
        expect(after.ok && (after.value as Claim[]).filter((c) => c.start === 19 && c.end === 34)).toHaveLength(1);
      } finally {
        opened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
