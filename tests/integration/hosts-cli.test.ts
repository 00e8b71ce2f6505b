// The `quire` command end to end: real files, a real SQLite file in a temp dir, real processes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDbPath, resolveDbPath, userDataDir } from '../../src-main/hosts/paths';
import { CORPUS_DIR } from './service-helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts');
const CORPUS = CORPUS_DIR;
const CORPUS_FILES = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(CORPUS, f));

let dir: string;
let db: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function quire(args: string[], dbPath: string | null = db): Run {
  const full = dbPath === null ? args : [...args, '--db', dbPath];
  const r = spawnSync(TSX, [CLI, ...full], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, QUIRE_DB: join(dir, 'never-used.sqlite') } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function json<T>(args: string[], dbPath: string | null = db): T {
  const r = quire([...args, '--json'], dbPath);
  expect(r.stderr, r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

interface ArticleRow {
  id: number;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  chars: number;
}

interface ClaimRow {
  id: number;
  articleId: number;
  kind: string;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  status: string;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-cli-'));
  db = join(dir, 'quire.sqlite');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('quire CLI', { timeout: 60_000 }, () => {
  it('has the three corpus files to work with', () => {
    expect(CORPUS_FILES).toHaveLength(3);
  });

  it('extract shows an article and its claims and stores nothing', () => {
    const out = json<{ article: Record<string, unknown>; claims: Record<string, unknown>[]; entities: { kind: string; name: string; mentions: { text: string; start: number; end: number }[] }[] }>([
      'extract',
      CORPUS_FILES[0] as string,
    ]);
    expect(Object.keys(out).sort()).toEqual(['article', 'claims', 'entities']);
    expect(Object.keys(out.article).sort()).toEqual(['author', 'outlet', 'published', 'text', 'title']);
    const text = out.article.text as string;
    for (const c of out.claims) {
      expect(Object.keys(c).sort()).toEqual(['channel', 'end', 'facts', 'kind', 'saidOn', 'speaker', 'speakerRole', 'start', 'text', 'via']);
      expect(text.slice(c.start as number, c.end as number)).toBe(c.text);
    }
    expect(out.entities.some((e) => e.kind === 'person')).toBe(true);
    for (const e of out.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(json<unknown[]>(['articles'])).toEqual([]);
    const plain = quire(['extract', CORPUS_FILES[0] as string]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(out.article.title as string);
  });

  it('imports the corpus and lists the articles', () => {
    const out = json<{ imported: { id: number; title: string; path: string }[]; failed: unknown[] }>(['import', ...CORPUS_FILES]);
    expect(out.failed).toEqual([]);
    expect(out.imported).toHaveLength(3);
    for (const a of out.imported) expect(Object.keys(a).sort()).toEqual(['id', 'path', 'title']);

    const list = json<ArticleRow[]>(['articles']);
    expect(list).toHaveLength(3);
    for (const a of list) {
      expect(Object.keys(a).sort()).toEqual(['author', 'chars', 'id', 'outlet', 'published', 'title']);
      expect(Number.isInteger(a.id) && a.id > 0).toBe(true);
      expect(a.chars).toBeGreaterThan(0);
    }
  });

  it('imports a folder of Markdown notes (a vault) with their links resolved among themselves', () => {
    const vault = join(dir, 'vault');
    mkdirSync(join(vault, 'sides'), { recursive: true });
    mkdirSync(join(vault, '.obsidian'), { recursive: true });
    writeFileSync(join(vault, 'Envoy framing.md'), '# Envoy framing\n\nThe other side is in [[Department line]].\n');
    writeFileSync(join(vault, 'sides', 'Department line.md'), '# Department line\n\nAgainst [[Envoy framing]].\n');
    writeFileSync(join(vault, '.obsidian', 'workspace.md'), '# not a note\n');
    const vaultDb = join(dir, 'vault.sqlite');
    const out = json<{ notes: { id: number; title: string }[]; created: number }>(['note', 'import', vault], vaultDb);
    expect(out.created).toBe(2);
    expect(out.notes.map((n) => n.title).sort()).toEqual(['Department line', 'Envoy framing']);
    const envoy = out.notes.find((n) => n.title === 'Envoy framing')!;
    const shown = json<{ links: { title: string }[]; backlinks: { title: string }[] }>(['note', String(envoy.id)], vaultDb);
    expect(shown.links.map((l) => l.title)).toEqual(['Department line']);
    expect(shown.backlinks.map((l) => l.title)).toEqual(['Department line']);
    const empty = join(dir, 'empty-vault');
    mkdirSync(empty);
    const r = quire(['note', 'import', empty], vaultDb);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`quire: ${empty}: no .md files in this folder`);
  });

  it('reports a duplicate per file and carries on (exit 0)', () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    writeFileSync(join(folder, '.hidden.txt'), 'never imported');
    writeFileSync(join(folder, 'copy.txt'), readFileSync(CORPUS_FILES[1] as string));
    const r = quire(['import', folder, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { imported: unknown[]; failed: { path: string; error: string }[] };
    expect(out.imported).toEqual([]);
    expect(out.failed).toHaveLength(1);
    expect(out.failed[0]?.path).toBe(join(folder, 'copy.txt'));
    expect(json<unknown[]>(['articles'])).toHaveLength(3);
  });

  it('refuses a file over the size limit before reading it', () => {
    const big = join(mkdtempSync(join(dir, 'big-')), 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024);
    const r = quire(['import', big, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the file is 200 MB; Quire imports files up to 50 MB/);
    expect(json<unknown[]>(['articles'])).toHaveLength(3);
  });

  it('claims offsets point into the stored article text', () => {
    const articles = json<ArticleRow[]>(['articles']);
    let seen = 0;
    for (const a of articles) {
      const article = json<ArticleRow & { text: string }>(['article', String(a.id)]);
      expect(Object.keys(article).sort()).toEqual(['author', 'chars', 'id', 'outlet', 'published', 'text', 'title']);
      expect(article.text.length).toBe(article.chars);
      const claims = json<ClaimRow[]>(['claims', '--article', String(a.id)]);
      for (const c of claims) {
        expect(Object.keys(c).sort()).toEqual([
          'articleId',
          'channel',
          'end',
          'facts',
          'id',
          'kind',
          'saidOn',
          'speaker',
          'speakerEntity',
          'speakerRole',
          'start',
          'status',
          'text',
          'via',
        ]);
        expect(c.articleId).toBe(a.id);
        expect(article.text.slice(c.start, c.end)).toBe(c.text);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(json<ClaimRow[]>(['claims'])).toHaveLength(seen);
  });

  it('entities lists people merged across the outlets, and entity shows what one said', () => {
    const list = json<{ id: number; name: string; kind: string; mentions: number; articles: number; claims: number }[]>(['entities']);
    expect(list.length).toBeGreaterThan(5);
    for (const e of list) expect(Object.keys(e).sort()).toEqual(['articles', 'claims', 'id', 'kind', 'mentions', 'name']);
    // A person named in two outlets (the corpus spells some names differently) is one entity.
    const across = list.filter((e) => e.kind === 'person' && e.articles >= 2);
    expect(across.length).toBeGreaterThan(0);
    const top = list.find((e) => e.claims > 0) as (typeof list)[number];
    const page = json<{ id: number; said: { id: number; text: string; speakerEntity: { id: number } }[]; mentionsByArticle: unknown[] }>(['entity', String(top.id)]);
    expect(page.id).toBe(top.id);
    expect(page.said.length).toBe(top.claims);
    for (const c of page.said) expect(c.speakerEntity.id).toBe(top.id);
    const claims = json<(ClaimRow & { speakerEntity: { id: number; name: string } | null })[]>(['claims']);
    expect(claims.filter((c) => c.speakerEntity?.id === top.id).map((c) => c.id).sort()).toEqual(page.said.map((c) => c.id).sort());
    const plain = quire(['entity', String(top.id)]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(top.name);
    const missing = quire(['entity', '999999']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('entity 999999 does not exist');
    expect(quire(['entity', 'abc']).code).toBe(2);
  });

  it('search converts match markers to brackets', () => {
    const hits = json<{ type: string; id: number; title: string; snippet: string }[]>(['search', 'diplomats']);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(Object.keys(h).sort()).toEqual(['id', 'snippet', 'title', 'type']);
      expect(h.snippet).not.toMatch(/[\uE000\uE001]/);
    }
    expect(hits.some((h) => h.snippet.includes('['))).toBe(true);
  });

  it('imports a Markdown note citing a claim and exports it with a footnote', () => {
    const claim = json<ClaimRow[]>(['claims'])[0] as ClaimRow;
    const md = join(dir, 'brief.md');
    writeFileSync(md, `# Expulsions brief\n\nThe mission was told to leave [@claim:${claim.id}].\n`);
    const { id } = json<{ id: number }>(['note', 'import', md]);
    expect(Number.isInteger(id) && id > 0).toBe(true);

    const notes = json<{ id: number; title: string; updatedAt: string }[]>(['notes']);
    expect(notes.map((n) => n.id)).toContain(id);
    for (const n of notes) expect(Object.keys(n).sort()).toEqual(['id', 'title', 'updatedAt']);

    const note = json<Record<string, unknown>>(['note', String(id)]);
    expect(Object.keys(note).sort()).toEqual(['backlinks', 'citations', 'id', 'links', 'text', 'title']);
    for (const c of note.citations as Record<string, unknown>[]) {
      expect(Object.keys(c).sort()).toEqual(['articleTitle', 'id', 'quote', 'speaker', 'target']);
    }

    const target = join(dir, 'out', '..', 'brief-export.md');
    const r = quire(['export', String(id), '--format', 'md', '--out', target]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(resolve(target));
    const written = readFileSync(resolve(target), 'utf8');
    expect(written).toMatch(/\[\^[^\]]+\]:/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('export to an unwritable folder exits 1 and leaves no file', () => {
    const notes = json<{ id: number }[]>(['notes']);
    const id = (notes[0] as { id: number }).id;
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where a folder should be');
    const target = join(blocker, 'brief.md');
    const r = quire(['export', String(id), '--format', 'md', '--out', target]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^quire: cannot write/);
    expect(existsSync(target)).toBe(false);

    const missingDir = join(dir, 'no', 'such', 'folder', 'brief.md');
    const r2 = quire(['export', String(id), '--out', missingDir]);
    expect(r2.code).toBe(1);
    expect(existsSync(missingDir)).toBe(false);
  });

  it('bad usage exits 2 with a usage line', () => {
    for (const args of [[], ['frobnicate'], ['articles', '--bogus'], ['article'], ['article', '0'], ['article', 'abc'], ['claims', '--article', '-3'], ['export', '1'], ['export', '1', '--format', 'pdf', '--out', 'x.md'], ['articles', 'extra'], ['extract']]) {
      const r = quire(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^quire: /);
      expect(r.stderr).toMatch(/usage: /);
      expect(r.stdout).toBe('');
    }
    const help = quire(['--help'], null);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: quire/);
  });

  it('a missing or unreadable file exits 1 with one line on stderr', () => {
    const missing = join(dir, 'missing.txt');
    for (const args of [['extract', missing], ['import', missing], ['note', 'import', missing], ['extract', dir]]) {
      const r = quire(args);
      expect(r.code, args.join(' ')).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^quire: /);
    }
    const notFound = quire(['article', '99999']);
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toMatch(/^quire: .+\n$/);
  });

  it('--db wins over QUIRE_DB, which wins over the user-data folder', () => {
    expect(existsSync(join(dir, 'never-used.sqlite'))).toBe(false);
    const envDb = join(dir, 'from-env.sqlite');
    const r = spawnSync(TSX, [CLI, 'articles', '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, QUIRE_DB: envDb } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(existsSync(envDb)).toBe(true);
  });
});

describe('default paths', () => {
  it('puts the database in the Quire user-data folder of each platform', () => {
    const home = homedir();
    expect(defaultDbPath({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux')).toBe(join('/x/cfg', 'Quire', 'quire.sqlite'));
    expect(defaultDbPath({}, 'linux')).toBe(join(home, '.config', 'Quire', 'quire.sqlite'));
    expect(defaultDbPath({}, 'darwin')).toBe(join(home, 'Library', 'Application Support', 'Quire', 'quire.sqlite'));
    expect(defaultDbPath({ APPDATA: '/w/Roaming' }, 'win32')).toBe(join('/w/Roaming', 'Quire', 'quire.sqlite'));
    expect(resolveDbPath('rel.sqlite', { QUIRE_DB: '/env.sqlite' })).toBe(resolve('rel.sqlite'));
    expect(resolveDbPath(undefined, { QUIRE_DB: '/env.sqlite' })).toBe(resolve('/env.sqlite'));
    expect(resolveDbPath(undefined, { XDG_CONFIG_HOME: '/x/cfg' })).toBe(join(userDataDir({ XDG_CONFIG_HOME: '/x/cfg' }), 'quire.sqlite'));
  });
});
