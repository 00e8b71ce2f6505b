// `quire import` on real files and folders: a batch in which every file fails exits 1; a name
// that is not valid UTF-8 is reported as such; a folder import stays inside the folder (a
// symbolic link leading out of it is skipped with a line saying so, unless --follow-links).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts');

const article = (title: string, speaker: string): string =>
  `${title}\n\nThe council met on Tuesday to discuss the new bus routes.\n"We want every village on a line by spring," said ${speaker}, who chairs the transport committee.\n`;

let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-batch-'));
  db = join(dir, 'quire.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function quire(args: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--db', db], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Batch {
  imported: { title: string; path: string }[];
  failed: { path: string; error: string }[];
}

const titles = (): string[] => (JSON.parse(quire(['articles', '--json']).stdout) as { title: string }[]).map((a) => a.title).sort();

describe('quire import', { timeout: 120_000 }, () => {
  it('exits 1 when every file of the batch fails, 0 when one gets in, and 0 for files already there', () => {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.txt');
    const good = join(dir, 'good.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]));
    writeFileSync(good, article('Bus routes for every village', 'Hanna Lindqvist'));

    const bad = quire(['import', empty, binary, '--json']);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as Batch).failed.map((f) => f.path)).toEqual([empty, binary]);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^quire: nothing was imported: 2 of 2 failed\n$/);

    const mixed = quire(['import', empty, good, '--json']);
    expect(mixed.code).toBe(0);
    expect((JSON.parse(mixed.stdout) as Batch).imported.map((a) => a.path)).toEqual([good]);

    const again = quire(['import', good, '--json']);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as Batch).failed[0]?.error).toMatch(/^already in the library/);
    expect(titles()).toEqual(['Bus routes for every village']);
  });

  it('reports a file name that is not valid UTF-8 as such, in a folder and on the command line', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    // "route\xff.txt": the byte 0xff never occurs in UTF-8.
    const raw = Buffer.concat([Buffer.from(folder + '/'), Buffer.from('route'), Buffer.from([0xff]), Buffer.from('.txt')]);
    writeFileSync(raw, article('A name in Latin-1', 'Jonas Berg'));
    writeFileSync(join(folder, 'plain.txt'), article('A plain name', 'Sofia Lund'));

    const r = quire(['import', folder, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Batch;
    expect(out.imported.map((a) => a.title)).toEqual(['A plain name']);
    expect(out.failed).toEqual([{ path: join(folder, 'route\uFFFD.txt'), error: 'the file name is not valid UTF-8; rename the file to import it' }]);

    // The same name as an argument (through a shell: Node cannot pass those bytes itself).
    const shell = spawnSync('sh', ['-c', `exec "$0" --import tsx "$1" extract "$(printf '%s/route\\377.txt' "$2")" --db "$3"`, process.execPath, CLI, folder, db], { cwd: ROOT, encoding: 'utf8' });
    expect(shell.status).toBe(1);
    expect(shell.stderr).toMatch(/^quire: .*route\uFFFD\.txt: the file name is not valid UTF-8; rename the file to import it\n$/);
  });

  it('skips a symbolic link leading out of the folder, with a line saying so, unless --follow-links', () => {
    const outside = join(dir, 'outside');
    const folder = join(dir, 'folder');
    mkdirSync(outside);
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(outside, 'private.txt'), article('Kept elsewhere', 'Petra Holm'));
    writeFileSync(join(folder, 'sub', 'inside.txt'), article('Inside the folder', 'Lars Eng'));
    symlinkSync(join(outside, 'private.txt'), join(folder, 'link-out.txt'));
    symlinkSync(join(folder, 'sub'), join(folder, 'link-to-sub'));

    const r = quire(['import', folder, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Batch;
    expect(out.imported.map((a) => a.title)).toEqual(['Inside the folder']);
    expect(out.failed).toEqual([
      { path: join(folder, 'link-out.txt'), error: `symbolic link to ${join(outside, 'private.txt')}, outside the folder, skipped (--follow-links imports it)` },
      { path: join(folder, 'link-to-sub'), error: 'symbolic link to a folder, skipped' },
    ]);
    expect(titles()).toEqual(['Inside the folder']);

    const text = quire(['import', folder]);
    expect(text.stdout).toContain(`failed   ${join(folder, 'link-out.txt')}: symbolic link to ${join(outside, 'private.txt')}, outside the folder, skipped`);

    const followed = quire(['import', folder, '--follow-links', '--json']);
    expect(followed.code).toBe(0);
    expect((JSON.parse(followed.stdout) as Batch).imported.map((a) => a.path)).toEqual([join(folder, 'link-out.txt')]);
    expect(titles()).toHaveLength(2);
  });
});
