// The import pipeline on a real SQLite file: worker threads read and extract, the service stores
// one article per transaction; duplicates and bad files are reported per file and change nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../src-main/api/contract/methods';
import { CORPUS_DIR, CORPUS_FILES, openHarness, type Harness } from './service-helpers';

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.dispose());

const b64 = (s: string | Buffer): string => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');
const corpus = (name: string): Buffer => readFileSync(join(CORPUS_DIR, name));

/** One report line per file, as the UI shows it. */
async function importLine(fileName: string, data: string): Promise<string> {
  const r = await h.raw('articles.import', { fileName, data, ifDuplicate: 'report' });
  if (!r.ok) return `failed ${fileName}: ${r.error.message}`;
  const o = r.value as ImportOutcome;
  return o.duplicate ? `duplicate ${fileName}: of “${o.article.title}” (article ${o.article.id})` : `imported ${fileName}`;
}

describe('a mixed batch', () => {
  it('imports the good files, reports duplicates and bad files, and carries on', async () => {
    const good = 'Ministers met on Tuesday. “We will not move,” said the mayor, Anna Berg.\n\nTalks go on.';
    const batch: [string, string][] = [
      ['good.txt', b64(good)],
      ['good-again.txt', b64(`  ${good}\n`)],
      ['binary.txt', b64(Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 0, 1]))],
      ['empty.txt', ''],
      ...CORPUS_FILES.map((f): [string, string] => [f, corpus(f).toString('base64')]),
    ];
    const lines: string[] = [];
    for (const [name, data] of batch) lines.push(await importLine(name, data));
    expect(lines[0]).toBe('imported good.txt');
    expect(lines[1]).toMatch(/^duplicate good-again\.txt: of “.+” \(article \d+\)$/);
    expect(lines[2]).toMatch(/^failed binary\.txt: /);
    expect(lines[3]).toMatch(/^failed empty\.txt: /);
    expect(lines.slice(4)).toEqual(CORPUS_FILES.map((f) => `imported ${f}`));
    const list = await h.call('articles.list', {});
    expect(list).toHaveLength(4);
    // The library's claim counts come with the list.
    for (const a of list) expect(a.claims).toBe((await h.call('claims.list', { articleId: a.id })).filter((c) => c.status !== 'rejected').length);
  });

  it('a failed file changes nothing already stored', async () => {
    await h.call('articles.import', { fileName: CORPUS_FILES[0], data: corpus(CORPUS_FILES[0]).toString('base64') });
    const before = h.dump();
    for (const [name, data] of [
      ['binary.txt', b64(Buffer.from([0, 0, 0, 1, 2, 3, 0, 0]))],
      ['broken.pdf', b64('%PDF-1.7\n1 0 obj\n<< /Type /Catalog')],
      ['notes.xyz', b64('hello')],
      ['zero.txt', b64('   \n\n  ')],
    ] as const) {
      const err = await h.fail('articles.import', { fileName: name, data });
      expect(err.code).toBe('bad_request');
      expect(err.message).not.toContain('\n');
    }
    const dupe = await h.fail('articles.import', { fileName: 'again.txt', data: corpus(CORPUS_FILES[0]).toString('base64') });
    expect(dupe.message).toMatch(/already in the library as “.+” \(article \d+\)/);
    expect(h.dump()).toEqual(before);
  });

  it('stores raw text, removed ranges, format and language; metadata is editable, the text is not', async () => {
    const o = await h.call('articles.import', { fileName: CORPUS_FILES[1], data: corpus(CORPUS_FILES[1]).toString('base64') });
    const a = await h.call('articles.get', { id: o.article.id });
    expect(a.format).toBe('txt');
    expect(a.language).toBe('en');
    for (const r of a.removed) expect(r.end).toBeLessThanOrEqual(a.rawText.length);
    const edited = await h.call('articles.update', { id: a.id, title: 'Renamed', outlet: 'VOA', published: '2022-02-28', author: '', url: 'https://example.org/x' });
    expect([edited.title, edited.outlet, edited.published, edited.author, edited.url]).toEqual(['Renamed', 'VOA', '2022-02-28', null, 'https://example.org/x']);
    expect(edited.text).toBe(a.text);
    expect((await h.fail('articles.update', { id: a.id, published: '28/02/2022' })).code).toBe('bad_request');
    expect((await h.fail('articles.update', { id: a.id, text: 'x' })).code).toBe('bad_request');
    expect((await h.fail('articles.update', { id: 999, title: 'x' })).code).toBe('not_found');
    const hits = await h.call('search.query', { q: 'Renamed' });
    expect(hits.some((x) => x.type === 'article' && x.id === a.id)).toBe(true);
  });

  it('imports pasted text and HTML', async () => {
    const o = await h.call('articles.importPaste', { text: 'The port reopened on Monday, officials said. “It is over,” the harbour master told reporters.' });
    expect(o.article.title).toBeTruthy();
    const a = await h.call('articles.get', { id: o.article.id });
    expect(a.format).toBe('paste');
    expect((await h.fail('articles.importPaste', { text: '   ' })).code).toBe('bad_request');
  });
});

describe('related coverage', () => {
  it('links 002 and 003 of the corpus (one story, two outlets), not unrelated text; near-duplicates too', async () => {
    const ids: number[] = [];
    for (const f of CORPUS_FILES) ids.push((await h.call('articles.import', { fileName: f, data: corpus(f).toString('base64') })).article.id);
    const [a000, a002, a003] = ids as [number, number, number];
    const rel = await h.call('articles.related', { id: a002 });
    expect(rel.find((r) => r.article.id === a003)?.kind).toBe('related');
    expect((await h.call('articles.related', { id: a003 })).some((r) => r.article.id === a002)).toBe(true);
    expect((await h.call('articles.related', { id: a000 })).some((r) => r.article.id === a003)).toBe(false);

    // A reprint with a different header and one paragraph cut: a near-duplicate.
    const text = corpus(CORPUS_FILES[2]).toString('utf8');
    const lines = text.trimEnd().split('\n');
    const reprint = ['Reprinted from the wire', '', ...lines.slice(0, -1)].join('\n');
    const o = await h.call('articles.import', { fileName: 'reprint.txt', data: b64(reprint) });
    expect(o.related?.find((r) => r.article.id === a003)?.kind).toBe('near_duplicate');
  });
});
