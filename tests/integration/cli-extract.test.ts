// `quire extract FILE` stores nothing, so it opens no store: runs side by side, and beside a
// running Quire holding the store, all succeed, and no store file is ever created.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_RESOURCES } from './service-helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts');
const HOLDER = join(import.meta.dirname, 'store-holder.ts');

const ARTICLE = [
  'Harbour works to close the northern quay',
  '',
  'The port authority said on Monday that the northern quay would close for repairs in March.',
  '"We cannot keep ships alongside a wall that is moving," said Maren Oswald, the harbour master.',
  'Local fishing crews said they had not been told where to land their catch.',
].join('\n');

let dir: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-extract-'));
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function holdStore(dbPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dbPath, REPO_RESOURCES], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('open')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
}

interface Extracted {
  article: { title: string; text: string };
  claims: { kind: string; speaker: string | null; text: string }[];
}

describe('quire extract', { timeout: 120_000 }, () => {
  it('two runs at once both succeed and neither creates a store', async () => {
    const file = join(dir, 'quay.txt');
    writeFileSync(file, ARTICLE);
    const dbPath = join(dir, 'never', 'quire.sqlite');
    const [a, b] = await Promise.all([run(['extract', file, '--json', '--db', dbPath]), run(['extract', file, '--json', '--db', dbPath])]);
    for (const r of [a, b]) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const x = JSON.parse(a.stdout) as Extracted;
    expect(x.article.title).toBe('Harbour works to close the northern quay');
    expect(x.claims.some((c) => c.kind === 'direct' && c.speaker === 'Maren Oswald')).toBe(true);
    expect(JSON.parse(b.stdout)).toEqual(x);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('runs while another Quire holds the store, and still refuses a bad file in one line', async () => {
    const dbPath = join(dir, 'quire.sqlite');
    await holdStore(dbPath);
    const file = join(dir, 'quay.txt');
    writeFileSync(file, ARTICLE);
    const ok = await run(['extract', file, '--db', dbPath]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[0]).toBe('Harbour works to close the northern quay');
    const missing = await run(['extract', join(dir, 'absent.txt'), '--db', dbPath]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`quire: ${join(dir, 'absent.txt')}: no such file or directory\n`);
  });
});
