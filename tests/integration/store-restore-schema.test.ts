// Restore only of Quire's own schema: a foreign SQLite file that claims a Quire version, a real
// backup given a trigger that deletes every article on the next note, and a real backup with an
// index of its own are all refused before anything is replaced, with one line saying why and
// that nothing was replaced; the store keeps what it held. A real backup is restored.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupName } from '../../src-main/store/backup-files';
import { LATEST_VERSION } from '../../src-main/store/index';
import { openHarness, type Harness } from './service-helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts');
let h: Harness;
let good: string;
let at = Date.parse('2026-01-02T03:04:05.000Z');

beforeEach(async () => {
  h = openHarness();
  const text = 'Harbour report\n\n“The ferry runs again on Monday,” the harbour master said. Repairs took nine days.\n';
  await h.call('articles.import', { fileName: 'harbour.txt', data: Buffer.from(text).toString('base64') });
  await h.call('notes.create', { title: 'Ferry brief' });
  good = (await h.call('backups.create', {})).name;
});
afterEach(() => h.dispose());

const backupsFolder = (): string => join(h.dir, 'library', 'backups');

/** A file in the backups folder, under a name Quire would give it, changed by `change`. */
function plantBackup(change: (db: Database.Database) => void, from: string | null = good): string {
  const name = backupName(h.dbPath, 'manual', new Date((at += 60_000)));
  const path = join(backupsFolder(), name);
  if (from) copyFileSync(join(backupsFolder(), from), path);
  const db = new Database(path);
  try {
    change(db);
  } finally {
    db.close();
  }
  return name;
}

async function refused(name: string, reason: string): Promise<void> {
  const before = h.dump();
  const err = await h.fail('backups.restore', { name });
  expect(err.code).toBe('conflict');
  expect(err.message).toBe(`backup ${name} cannot be restored: its schema is not Quire's own for version ${LATEST_VERSION} (${reason}); nothing was replaced`);
  expect(h.dump()).toEqual(before);
  // The store still works, and the trigger (if any) never came in: notes do not delete articles.
  await h.call('notes.create', { title: 'After the refusal' });
  expect(await h.call('articles.list', {})).toHaveLength(1);
  expect((await h.call('backups.list', {})).map((b) => b.reason)).not.toContain('before-restore');
}

describe('restore checks the schema before anything is replaced', () => {
  it('refuses a foreign database that claims a Quire version', async () => {
    const name = plantBackup((db) => {
      db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)');
      db.pragma(`user_version = ${LATEST_VERSION}`);
    }, null);
    await refused(name, 'it has a table "photos" that Quire does not make');
  });

  it('refuses a real backup given a trigger', async () => {
    const name = plantBackup((db) => db.exec('CREATE TRIGGER wipe AFTER INSERT ON notes BEGIN DELETE FROM articles; END'));
    await refused(name, 'it has a trigger "wipe" that Quire does not make');
  });

  it('refuses a real backup with an extra index, and one with an extra column', async () => {
    await refused(plantBackup((db) => db.exec('CREATE INDEX extra_title ON notes (title)')), 'it has an index "extra_title" that Quire does not make');
    await refused(
      plantBackup((db) => db.exec('ALTER TABLE notes ADD COLUMN colour TEXT')),
      'a table "notes" is defined differently',
    );
  });

  it('restores a real backup, and the CLI refuses a poisoned file with one line', async () => {
    await h.call('notes.create', { title: 'Newer note' });
    const restored = await h.call('backups.restore', { name: good });
    expect(restored.restored).toBe(good);
    expect(restored.saved?.reason).toBe('before-restore');
    expect((await h.call('notes.list', {})).map((n) => n.title)).toEqual(['Ferry brief']);

    const poisoned = plantBackup((db) => db.exec('CREATE TRIGGER wipe AFTER INSERT ON notes BEGIN DELETE FROM articles; END'));
    h.opened.close();
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'restore', poisoned, '--db', h.dbPath], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `quire: ${poisoned} cannot be restored: its schema is not Quire's own for version ${LATEST_VERSION} (it has a trigger "wipe" that Quire does not make); nothing was replaced`,
    ]);
  }, 60_000);
});
