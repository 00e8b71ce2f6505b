// Imports are bounded in memory and time. Decompression bombs (a .docx whose zip headers lie
// about a gigabyte of document.xml, a PDF whose content stream decodes to a gigabyte) are refused
// with one line while the importing process's peak RSS stays bounded, and what was stored before
// is kept. A job past its deadline or its heap is ended with one line, its worker replaced, and
// the batch goes on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src-main/store/index';
import { IngestPool } from '../../src-main/workers/ingest-pool';
import { forgedDocxBomb, pdfBomb } from '../fixtures/ingest/bombs';
import { REPO_RESOURCES } from './service-helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const CHILD = join(import.meta.dirname, 'import-budget-child.ts');
/** Peak RSS allowed for the whole importing process (Node, the service, two workers, the checks). */
const PEAK_RSS_MB = 700;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-budget-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (i: number): string =>
  `Harbour report ${i}\n\n“The ferry to pier ${i} runs again on Monday,” the harbour master said. Repairs to berth ${i} took nine days.\n`;

interface Line {
  name?: string;
  ok?: boolean;
  message?: string;
  peakRssMb?: number;
}

function importInChild(dbPath: string, files: string[]): Line[] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dbPath, REPO_RESOURCES, ...files], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
}

describe('decompression bombs', () => {
  it('are refused with one line each, in bounded memory, and nothing stored is lost', () => {
    const dbPath = join(dir, 'bombs.sqlite');
    const files = {
      kept: join(dir, 'kept.txt'),
      docx: join(dir, 'forged.docx'),
      pdf: join(dir, 'stream.pdf'),
      after: join(dir, 'after.txt'),
    };
    writeFileSync(files.kept, report(1));
    writeFileSync(files.docx, forgedDocxBomb(1024));
    writeFileSync(files.pdf, pdfBomb(1024));
    writeFileSync(files.after, report(2));
    expect(importInChild(dbPath, [files.kept])[0]).toMatchObject({ ok: true });

    const lines = importInChild(dbPath, [files.docx, files.pdf, files.after]);
    expect(lines.slice(0, 3)).toEqual([
      expect.objectContaining({ name: 'forged.docx', ok: false, message: 'forged.docx would expand word/document.xml past 100 MB (it declares 4 KB): refused as a possible zip bomb.' }),
      expect.objectContaining({ name: 'stream.pdf', ok: false, message: 'stream.pdf decodes to more than 256 MB of streams: refused as a possible PDF bomb.' }),
      expect.objectContaining({ name: 'after.txt', ok: true }),
    ]);
    const peak = lines[3]?.peakRssMb ?? Infinity;
    console.log(`peak RSS of the importing process with two 1 GB bombs: ${peak} MB`);
    expect(peak).toBeLessThan(PEAK_RSS_MB);

    const store = Store.open(dbPath);
    try {
      expect((store.db.prepare('SELECT title FROM articles ORDER BY title').all() as { title: string }[]).map((a) => a.title)).toEqual(['Harbour report 1', 'Harbour report 2']);
    } finally {
      store.close();
    }
  }, 300_000);
});

describe('the budget of one import job', () => {
  const file = (fileName: string, text: string) => ({ kind: 'file' as const, fileName, bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
  /** Some 10 MB of ordinary prose: half a minute of reading and extraction here, far past the deadline below. */
  const long = (): string =>
    Array.from({ length: 80_000 }, (_, i) => `Delegates met on day ${i} in the port city. “We will decide on item ${i} next week,” said envoy ${i % 97}. The talks ran late.`).join('\n\n');

  it('past its deadline: ended with one line, the worker replaced, the next job done', async () => {
    const pool = new IngestPool({ size: 1, deadlineMs: 1500 });
    try {
      const [slow, next] = await Promise.all([pool.run(file('long.txt', long())), pool.run(file('short.txt', report(3)))]);
      expect(slow).toEqual({ ok: false, refused: true, message: 'reading long.txt took longer than 2 s, the limit for one file: stopped' });
      expect(next.ok).toBe(true);
      expect(pool.threaded).toBe(true);
    } finally {
      pool.close();
    }
  }, 60_000);

  it('past its heap: ended with one line, the worker replaced, the next job done', async () => {
    const pool = new IngestPool({ size: 1, maxHeapMb: 32 });
    try {
      const [big, next] = await Promise.all([pool.run(file('long.txt', long())), pool.run(file('short.txt', report(4)))]);
      expect(big).toEqual({ ok: false, refused: true, message: 'reading long.txt stopped the import worker (it needed more than the 32 MB one file may use)' });
      expect(next.ok).toBe(true);
    } finally {
      pool.close();
    }
  }, 60_000);
});
