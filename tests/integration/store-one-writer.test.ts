// One writer however the store file is reached: with a running Quire holding the store, a second
// process is refused through a hard link, a symlink and after the `.lock` file was deleted (a
// restore too), and nothing the first one stored is lost. A store file deleted or replaced under
// a running service stops its writes with one clear line instead of writing into nothing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';
import { lockPath } from '../../src-main/store/lock';
import { Store } from '../../src-main/store/index';
import { REPO_RESOURCES } from './service-helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const HOLDER = join(import.meta.dirname, 'store-holder.ts');
const CLI = join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts');
let dir: string;
let dbPath: string;
let inbox: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-writer-'));
  dbPath = join(dir, 'quire.sqlite');
  inbox = join(dir, 'in');
  mkdirSync(inbox);
  for (let i = 0; i < 3; i++) {
    writeFileSync(join(inbox, `report-${i}.txt`), `Harbour report ${i}\n\n“The ferry to pier ${i} runs again on Monday,” the harbour master said. Repairs to berth ${i} took nine days.\n`);
  }
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function cli(db: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--db', db], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function holdStore(path: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, path, REPO_RESOURCES], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      if (c.toString().includes('open')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${stderr}`)));
  });
}

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

const inUse = (shown: string): string => `the Quire store ${shown} is in use by another running Quire; close that one first (or choose another file with --db)`;

function refusedInUse(r: { status: number | null; stderr: string }, shown: string): void {
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split('\n')).toEqual([`quire: ${inUse(shown)}`]);
}

/** An import batch reports each file's failure on its own line. */
function importRefused(r: { stdout: string; stderr: string }, shown: string): void {
  expect(`${r.stdout}${r.stderr}`).toContain(inUse(shown));
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
}

const articleTitles = (): string[] => {
  const store = Store.open(dbPath);
  try {
    return (store.db.prepare('SELECT title FROM articles ORDER BY title').all() as { title: string }[]).map((r) => r.title);
  } finally {
    store.close();
  }
};

describe('a second writer through another path', () => {
  it('is refused through a hard link, a symlink and a deleted .lock; nothing stored is lost', async () => {
    expect(cli(dbPath, 'import', join(inbox, 'report-0.txt')).status).toBe(0);
    const backup = cli(dbPath, 'backup', '--json');
    expect(backup.status).toBe(0);
    const backupPath = (JSON.parse(backup.stdout) as { path: string }).path;
    expect(cli(dbPath, 'import', join(inbox, 'report-1.txt')).status).toBe(0);
    const holder = await holdStore(dbPath);

    const hard = join(dir, 'hard.sqlite');
    linkSync(dbPath, hard);
    importRefused(cli(hard, 'import', join(inbox, 'report-2.txt')), hard);
    refusedInUse(cli(hard, 'articles'), hard);
    const soft = join(dir, 'soft.sqlite');
    symlinkSync(dbPath, soft);
    importRefused(cli(soft, 'import', join(inbox, 'report-2.txt')), soft);
    refusedInUse(cli(soft, 'articles'), soft);
    // The lock file beside the store deleted while the app runs: the store itself is still locked.
    rmSync(lockPath(dbPath));
    importRefused(cli(dbPath, 'import', join(inbox, 'report-2.txt')), dbPath);
    refusedInUse(cli(dbPath, 'articles'), dbPath);
    const restore = cli(dbPath, 'restore', backupPath);
    expect(restore.status).toBe(1);
    expect(restore.stderr.trim().split('\n')).toHaveLength(1);
    expect(restore.stderr).toContain(inUse(dbPath));

    await stop(holder);
    expect(articleTitles()).toEqual(['Harbour report 0', 'Harbour report 1']);
    // With no other Quire running, each name works (one at a time).
    expect(cli(hard, 'import', join(inbox, 'report-2.txt')).status).toBe(0);
    expect(articleTitles()).toEqual(['Harbour report 0', 'Harbour report 1', 'Harbour report 2']);
  }, 90_000);
});

describe('a store deleted or replaced under a running service', () => {
  it('stops writing with one clear line; the file now at the path is left as it was', async () => {
    const opened = openService({ dbPath, resourcesDir: REPO_RESOURCES, autoBackup: false, searchThreads: false });
    try {
      const first = await dispatch(opened.service, 'notes.create', { title: 'Kept' });
      expect(first.ok).toBe(true);
      const copy = join(dir, 'copy.sqlite');
      const probe = Store.open(dbPath);
      await probe.db.backup(copy);
      probe.close();

      rmSync(dbPath);
      const deleted = await dispatch(opened.service, 'notes.create', { title: 'Lost?' });
      expect(deleted.ok).toBe(false);
      if (!deleted.ok) {
        expect(deleted.error.message).toBe(
          `notes.create failed: the Quire store ${dbPath} was deleted or replaced by another file while this Quire had it open; nothing more is written to it: close Quire and start it again`,
        );
      }
      // Another file renamed into its place: still refused, and that file is not written to.
      copyFileSync(copy, dbPath);
      const replaced = await dispatch(opened.service, 'notes.create', { title: 'Lost?' });
      expect(replaced.ok).toBe(false);
      if (!replaced.ok) expect(replaced.error.message).toContain('was deleted or replaced by another file');
    } finally {
      opened.close();
    }
    const store = Store.open(dbPath);
    try {
      expect(store.notes.list().map((n) => n.title)).toEqual(['Kept']);
    } finally {
      store.close();
    }
  });
});
