// One running Quire per store, and clear words for a store that cannot be used: a second process
// is told the store is in use; a killed holder leaves no stale lock; a truncated, garbled or
// foreign file is refused with a message naming the latest backup, and `quire restore` fixes it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreCorruptError, StoreInUseError } from '../../src-main/api/service/backup';
import { openService } from '../../src-main/api/service/index';
import { startWebHost } from '../../src-main/hosts/web/server';
import { acquireStoreLock } from '../../src-main/store/lock';
import { CORPUS_DIR, REPO_RESOURCES } from './service-helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const HOLDER = join(import.meta.dirname, 'store-holder.ts');
const CLI = join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts');
let dir: string;
let dbPath: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-lock-'));
  dbPath = join(dir, 'quire.sqlite');
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--db', dbPath], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts a process holding the store open; resolves once it has opened it. */
function holdStore(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dbPath, REPO_RESOURCES], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      if (c.toString().includes('open')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${stderr}`)));
  });
}

const killHard = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

/** A one-line message on stderr, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0] as string;
}

describe('a store in use by another running Quire', () => {
  it('is refused with a clear message, and a holder killed with SIGKILL leaves no stale lock', async () => {
    expect(cli('import', CORPUS_DIR).status).toBe(0);
    const holder = await holdStore();

    expect(() => openService({ dbPath, resourcesDir: REPO_RESOURCES })).toThrow(StoreInUseError);
    expect(() => openService({ dbPath, resourcesDir: REPO_RESOURCES })).toThrow(`the Quire store ${dbPath} is in use by another running Quire`);
    await expect(startWebHost({ dbPath, port: 0 })).rejects.toThrow('is in use by another running Quire');
    const r = cli('articles');
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe(`quire: the Quire store ${dbPath} is in use by another running Quire; close that one first (or choose another file with --db)`);
    // A backup reads through SQLite's online backup API: allowed while the app runs.
    const backup = cli('backup', '--json');
    expect(backup.status).toBe(0);
    const path = (JSON.parse(backup.stdout) as { path: string }).path;
    // A restore would swap the file under the running app: refused.
    expect(oneLine(cli('restore', path).stderr)).toContain('is in use by another running Quire');

    await killHard(holder);
    // The operating system dropped the lock with the process; the crash is noticed (the store gets checked).
    const lock = acquireStoreLock(dbPath);
    expect(lock.previousCleanExit).toBe(false);
    lock.release();
    const opened = openService({ dbPath, resourcesDir: REPO_RESOURCES, autoBackup: false });
    opened.close();
    const again = acquireStoreLock(dbPath);
    expect(again.previousCleanExit).toBe(true);
    again.release();
    const list = cli('articles', '--json');
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(3);
  }, 60_000);
});

describe('a damaged store', () => {
  it('truncated: refused naming the latest backup; `quire restore` brings the library back', async () => {
    expect(cli('import', CORPUS_DIR).status).toBe(0);
    const made = cli('backup', '--json');
    expect(made.status).toBe(0);
    const name = (JSON.parse(made.stdout) as { path: string }).path.split(/[\\/]/).pop() ?? '';
    expect(cli('backups').stdout).toMatch(new RegExp(`^${name}\tmanual\t\\d+ KB\n$`));
    truncateSync(dbPath, 40_000);

    expect(() => openService({ dbPath, resourcesDir: REPO_RESOURCES })).toThrow(StoreCorruptError);
    await expect(startWebHost({ dbPath, port: 0 })).rejects.toThrow(`the latest backup is ${name}`);
    const r = cli('articles');
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toMatch(
      new RegExp(`^quire: the Quire store .* cannot be used: the file is truncated \\(40000 of \\d+ bytes\\); the latest backup is ${name}: restore it with "quire restore ${name}"`),
    );

    const restored = cli('restore', name);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('the replaced store is kept as ');
    const list = cli('articles', '--json');
    expect(JSON.parse(list.stdout)).toHaveLength(3);
    expect(JSON.parse(cli('search', 'diplomats', '--json').stdout).length).toBeGreaterThan(0);
  }, 60_000);

  it('garbled pages: quick_check finds them; garbled header: not a database; with no backup it says so', async () => {
    expect(cli('import', CORPUS_DIR).status).toBe(0);
    const bytes = readFileSync(dbPath);
    // Overwrite pages in the middle (the header stays valid).
    const garbled = Buffer.from(bytes);
    for (let i = 8 * 4096; i < Math.min(garbled.length, 20 * 4096); i++) garbled[i] = (i * 31) % 251;
    writeFileSync(dbPath, garbled);
    expect(oneLine(cli('articles').stderr)).toMatch(/cannot be used: it is damaged \(.+\); no backup of it exists$/);

    const header = Buffer.from(bytes);
    header.write('not a database at all', 0, 'latin1');
    writeFileSync(dbPath, header);
    expect(oneLine(cli('articles').stderr)).toMatch(/cannot be used: it is not a database \(no SQLite header\); no backup of it exists$/);
  }, 60_000);

  it('an SQLite file that is not a Quire store is refused and left alone', () => {
    const other = new Database(dbPath);
    other.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photos (path) VALUES ('a.jpg')");
    other.close();
    const before = readFileSync(dbPath);
    expect(() => openService({ dbPath, resourcesDir: REPO_RESOURCES })).toThrow('it is an SQLite database but not a Quire store');
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });
});
