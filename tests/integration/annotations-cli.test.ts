// `quire annotations`, `tags`, `carry`, `search --tag` and `note ID` with cited annotations, as
// real processes on a real SQLite file (the annotations made through the service first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';
import { CORPUS_FILES, REPO_RESOURCES, corpusBase64, lexical, paragraph, spanCitation, text } from './service-helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts');

let dir: string;
let db: string;
let articleId: number;
let noteId: number;
let annotation: { id: number; start: number; end: number; quote: string };

function quire(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [CLI, ...args, '--db', db], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quire-anno-cli-'));
  db = join(dir, 'quire.sqlite');
  const opened = openService({ dbPath: db, resourcesDir: REPO_RESOURCES });
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const r = await dispatch(opened.service, method, args);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  try {
    const name = CORPUS_FILES[1];
    articleId = (await call<{ article: { id: number } }>('articles.import', { fileName: name, data: corpusBase64(name) })).article.id;
    const body = (await call<{ text: string }>('articles.get', { id: articleId })).text;
    const start = body.indexOf('\n\n') + 2;
    const end = body.indexOf(' ', start + 30);
    annotation = await call('annotations.create', { articleId, start, end, comment: 'Timeline check', tags: ['Dates'] });
    await call('tags.save', { id: (await call<{ id: number }[]>('tags.list', {}))[0]?.id, name: 'Dates', color: 'blue', description: 'When things happened' });
    noteId = (await call<{ id: number }>('notes.create', { title: 'Brief' })).id;
    await call('notes.save', { id: noteId, title: 'Brief', content: lexical(paragraph(text('As noted '), spanCitation(articleId, start, end))) });
  } finally {
    opened.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quire and annotations', () => {
  it('annotations lists them with quote, tags, colour and W3C selectors', () => {
    const r = quire(['annotations', '--article', String(articleId), '--json']);
    expect(r.stderr).toBe('');
    const list = JSON.parse(r.stdout) as { id: number; quote: string; tags: string[]; color: string; state: string; selectors: { type: string }[] }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: annotation.id, quote: annotation.quote, tags: ['Dates'], color: 'blue', state: 'anchored' });
    expect(list[0]?.selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    const plain = quire(['annotations', '--tag', 'dates']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`#${annotation.id} article ${articleId} [${annotation.start}-${annotation.end}] blue [Dates]`);
    expect(plain.stdout).toContain('  Timeline check');
    expect(quire(['annotations', '--tag', 'Other']).stdout.trim()).toBe('no annotations');
  });

  it('tags prints the legend', () => {
    expect(quire(['tags']).stdout.trim()).toBe('Dates  blue  1  When things happened');
  });

  it('search --tag finds annotations only, with their tags', () => {
    const hits = JSON.parse(quire(['search', 'timeline', '--tag', 'Dates', '--json']).stdout) as { type: string; id: number; tags?: string[]; snippet: string }[];
    expect(hits).toEqual([{ type: 'annotation', id: annotation.id, title: expect.any(String), snippet: expect.stringContaining('[Timeline]'), tags: ['Dates'] }]);
    expect(quire(['search', 'timeline', '--tag', 'Dates']).stdout).toContain(`annotation #${annotation.id}`);
  });

  it('note ID shows the cited annotation with its comment', () => {
    const r = quire(['note', String(noteId)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`article:${articleId}@${annotation.start}-${annotation.end}`);
    expect(r.stdout).toContain(`    annotation #${annotation.id} [Dates]: Timeline check`);
    const value = JSON.parse(quire(['note', String(noteId), '--json']).stdout) as { citations: { annotation?: { id: number; comment: string } }[] };
    expect(value.citations[0]?.annotation).toEqual({ id: annotation.id, comment: 'Timeline check', tags: ['Dates'] });
  });

  it('bad usage and refused carries exit with one line', () => {
    const bad = quire(['annotations', '--article', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--article must be a positive integer');
    const unrelated = quire(['carry', String(articleId), '999']);
    expect(unrelated.code).toBe(1);
    expect(unrelated.stderr.trim()).toBe('quire: article 999 does not exist');
  });
});
