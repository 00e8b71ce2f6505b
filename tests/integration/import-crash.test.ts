// Crash safety: a process importing a folder is killed with SIGKILL mid-batch, several times.
// After each kill the file is intact, every article present is complete (its claims, fingerprints),
// and a re-run imports only what is missing.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from '../../src-main/api/service/library';
import { Store } from '../../src-main/store/index';

const CHILD = join(import.meta.dirname, 'import-child.ts');
const FILES = 40;
let dir: string;
let folder: string;
let dbPath: string;
const expected = new Map<string, number>();

function article(i: number): string {
  const who = ['Anna Berg', 'Tomas Keller', 'Lena Novak', 'Omar Haddad'][i % 4];
  const paras = Array.from({ length: 6 }, (_, p) =>
    `Paragraph ${p} of report ${i}: the council met on day ${i * 7 + p} to discuss budget line ${i * 13 + p}. “We will decide on item ${i}-${p} next week,” said ${who}. Officials said the vote on measure ${p} of file ${i} was postponed.`,
  );
  return `Council report number ${i}\n\n${paras.join('\n\n')}\n`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-crash-'));
  folder = join(dir, 'in');
  mkdirSync(folder);
  dbPath = join(dir, 'quire.db');
  for (let i = 0; i < FILES; i++) {
    const name = `report-${String(i).padStart(3, '0')}.txt`;
    writeFileSync(join(folder, name), article(i));
    expected.set(name, readFile(name, readFileSync(join(folder, name))).claims.length);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child; kills it with SIGKILL once `killAfter` lines were printed (never when null). */
function runChild(killAfter: number | null): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, folder], { cwd: join(import.meta.dirname, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffer = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (killAfter !== null && !killed && lines.length >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ lines, killed: signal === 'SIGKILL' });
      else reject(new Error(`child exited ${code}: ${stderr}`));
    });
  });
}

function checkStore(): number {
  const store = Store.open(dbPath);
  try {
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    const rows = store.db.prepare('SELECT id, source_name AS name FROM articles').all() as { id: number; name: string }[];
    const names = rows.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of rows) {
      expect(store.claims.list(r.id)).toHaveLength(expected.get(r.name) ?? -1);
      expect(store.fingerprints.get(r.id)).toBeDefined();
    }
    return rows.length;
  } finally {
    store.close();
  }
}

describe('SIGKILL mid-import', () => {
  it('leaves whole articles only, and a re-run imports just what is missing', async () => {
    let stored = 0;
    for (const killAfter of [3, 9, 17]) {
      const run = await runChild(killAfter);
      const now = checkStore();
      expect(now).toBeGreaterThanOrEqual(stored);
      // Everything the child reported imported before the kill is there.
      expect(now).toBeGreaterThanOrEqual(run.lines.filter((l) => l.startsWith('imported')).length);
      stored = now;
    }
    expect(stored).toBeLessThan(FILES);
    const final = await runChild(null);
    expect(final.killed).toBe(false);
    expect(final.lines.filter((l) => l.startsWith('imported'))).toHaveLength(FILES - stored);
    expect(final.lines.filter((l) => l.startsWith('duplicate'))).toHaveLength(stored);
    expect(final.lines.filter((l) => l.startsWith('failed'))).toEqual([]);
    expect(checkStore()).toBe(FILES);
  }, 120_000);
});
