// Backups (#8) on a real store: verified copies through the online backup API, restore while the
// service stays open (and its undo), strict names, refusal of a bad backup, rolling automatic backups.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';
import { CORPUS_FILES, REPO_RESOURCES, corpusBase64, openHarness, type Harness } from './service-helpers';

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.dispose());

const importCorpus = async (files: readonly string[]): Promise<void> => {
  for (const f of files) await h.call('articles.import', { fileName: f, data: corpusBase64(f) });
};

const titles = async (): Promise<string[]> => (await h.call('articles.list', {})).map((a) => a.title).sort();
const noteTitles = async (): Promise<string[]> => (await h.call('notes.list', {})).map((n) => n.title).sort();

describe('backups.create', () => {
  it('writes a verified copy into backups/ beside the store, with what the store holds', async () => {
    await importCorpus(CORPUS_FILES);
    const made = await h.call('backups.create', {});
    expect(made.reason).toBe('manual');
    expect(made.name).toMatch(/^quire-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-manual\.sqlite$/);
    const file = join(h.dir, 'library', 'backups', made.name);
    expect(existsSync(file)).toBe(true);
    // No temporary file is left behind, and the copy is one self-contained, sound file.
    expect(readdirSync(join(h.dir, 'library', 'backups'))).toEqual([made.name]);
    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect((copy.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(CORPUS_FILES.length);
      const hits = copy.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'diplomats'").get() as { n: number };
      expect(hits.n).toBeGreaterThan(0);
    } finally {
      copy.close();
    }
    expect(await h.call('backups.list', {})).toEqual([made]);
  });
});

describe('backups.restore', () => {
  it('replaces the open store with the backup, keeps the replaced store, and the undo brings it back', async () => {
    await importCorpus(CORPUS_FILES.slice(0, 2));
    const backup = await h.call('backups.create', {});
    const before = await titles();
    // Work done after the backup: another article and a note.
    await importCorpus(CORPUS_FILES.slice(2));
    await h.call('notes.create', { title: 'Written after the backup' });
    const after = await titles();
    expect(after).toHaveLength(3);
    // Searches run on worker threads with connections of their own: they must follow the swap.
    const added = (await h.call('articles.list', {})).find((a) => !before.includes(a.title));
    const word = /[A-Za-z]{6,}/.exec(added?.title ?? '')?.[0] ?? '';
    const ids = async (): Promise<(number | undefined)[]> => (await h.call('search.query', { q: word })).map((hit) => hit.articleId);
    expect(await ids()).toContain(added?.id);

    const restored = await h.call('backups.restore', { name: backup.name });
    expect(restored.restored).toBe(backup.name);
    expect(restored.saved?.reason).toBe('before-restore');
    // The same service object answers from the restored store.
    expect(await titles()).toEqual(before);
    expect(await noteTitles()).toEqual([]);
    expect((await h.call('search.query', { q: 'diplomats' })).length).toBeGreaterThan(0);
    expect(await ids()).not.toContain(added?.id);
    // Writes go to the restored store and survive a reopen.
    await h.call('notes.create', { title: 'After the restore' });
    expect(h.dump().notes).toHaveLength(1);

    // Undo: restore the store the restore replaced.
    const saved = restored.saved?.name ?? '';
    await h.call('backups.restore', { name: saved });
    expect(await titles()).toEqual(after);
    expect(await noteTitles()).toEqual(['Written after the backup']);
    const reasons = (await h.call('backups.list', {})).map((b) => b.reason).sort();
    expect(reasons).toEqual(['before-restore', 'before-restore', 'manual']);
  });

  it('refuses names that are not backups of this store, before touching anything', async () => {
    await importCorpus(CORPUS_FILES.slice(0, 1));
    const digest = h.fileDigest();
    for (const name of ['../quire.db', '/etc/passwd', 'backups/../../x.sqlite', '..sqlite', '.hidden.sqlite', 'a/b.sqlite', 'x.sqlite\u0000', '']) {
      const err = await h.fail('backups.restore', { name });
      expect(err.code).toBe('bad_request');
    }
    expect((await h.fail('backups.restore', { name: 'quire-2020-01-01T00-00-00-000Z-manual.sqlite' })).code).toBe('not_found');
    expect((await h.fail('backups.restore', { name: 'quire.sqlite' })).code).toBe('bad_request');
    expect(h.fileDigest()).toBe(digest);
  });

  it('refuses a damaged backup and leaves the store as it was', async () => {
    await importCorpus(CORPUS_FILES);
    const good = await h.call('backups.create', {});
    const bad = good.name.replace('-manual.sqlite', '-auto.sqlite').replace(/T\d\d/, 'T23');
    const bytes = Buffer.alloc(64 * 1024, 7);
    Buffer.from('SQLite format 3\0', 'latin1').copy(bytes);
    writeFileSync(join(h.dir, 'library', 'backups', bad), bytes);
    const before = h.dump();
    const err = await h.fail('backups.restore', { name: bad });
    expect(err.code).toBe('conflict');
    expect(err.message).toContain(`backup ${bad} cannot be restored`);
    expect(h.dump()).toEqual(before);
    expect(await titles()).toHaveLength(3);
    // No before-restore copy was made for a restore that never happened.
    expect((await h.call('backups.list', {})).map((b) => b.reason).sort()).toEqual(['auto', 'manual']);
  });
});

describe('automatic backups', () => {
  it('back up a store with content at open when none is recent, keeping the newest few', async () => {
    await importCorpus(CORPUS_FILES.slice(0, 1));
    await h.call('backups.create', {});
    h.opened.close();
    const backupsOf = (): string[] => readdirSync(join(h.dir, 'library', 'backups')).sort();
    // A zero interval makes every open due; keep 2 automatic ones, the manual one is never pruned.
    for (let i = 0; i < 4; i++) {
      const opened = openService({ dbPath: h.dbPath, resourcesDir: REPO_RESOURCES, autoBackup: { intervalHours: 0, keep: 2 } });
      try {
        await vi.waitFor(() => expect(backupsOf().filter((n) => n.endsWith('-auto.sqlite'))).toHaveLength(Math.min(i + 1, 2)), { timeout: 10_000 });
        await vi.waitFor(() => expect(backupsOf().some((n) => n.endsWith('.tmp'))).toBe(false));
        const list = await dispatch(opened.service, 'backups.list', {});
        expect(list.ok).toBe(true);
      } finally {
        opened.close();
      }
      // Backup names carry milliseconds: make the next one sort after this one.
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(backupsOf().filter((n) => n.endsWith('-manual.sqlite'))).toHaveLength(1);
    // The harness reopens for dispose().
    h.opened = openService({ dbPath: h.dbPath, resourcesDir: REPO_RESOURCES, autoBackup: false });
  });

  it('clear temporary files a crash left in backups/, once they are old', async () => {
    h.opened.close();
    const dir = join(h.dir, 'library', 'backups');
    mkdirSync(dir, { recursive: true });
    const stale = join(dir, '.quire-2020-01-01T00-00-00-000Z-auto.sqlite.123.abcdef.tmp');
    const fresh = join(dir, '.quire-2020-01-01T00-00-00-000Z-auto.sqlite.456.abcdef.tmp');
    writeFileSync(stale, 'partial');
    writeFileSync(fresh, 'partial');
    utimesSync(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    h.opened = openService({ dbPath: h.dbPath, resourcesDir: REPO_RESOURCES });
    // A fresh one may belong to a backup still being written (`quire backup` beside the app).
    expect(readdirSync(dir).sort()).toEqual([fresh.split('/').pop()]);
  });

  it('leave an empty store alone', async () => {
    h.opened.close();
    const opened = openService({ dbPath: h.dbPath, resourcesDir: REPO_RESOURCES, autoBackup: { intervalHours: 0, keep: 2 } });
    await new Promise((r) => setTimeout(r, 200));
    expect((await dispatch(opened.service, 'backups.list', {})).ok && existsSync(join(h.dir, 'library', 'backups'))).toBe(false);
    opened.close();
    h.opened = openService({ dbPath: h.dbPath, resourcesDir: REPO_RESOURCES, autoBackup: false });
  });
});
