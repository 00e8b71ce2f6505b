// Bad input to export, through dispatch and through the CLI: each a clear message, and no file
// (partial or whole) left behind.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src-main/api/contract/methods';
import { chromiumPdfRenderer } from '../../src-main/hosts/pdf-chromium';
import { Store } from '../../src-main/store/index';
import { bytesOf, docxFootnotes, openExportHarness, type ExportHarness } from './export-support';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts');

let h: ExportHarness;
let good: number;
let uncited: number;
let broken: number;
let tampered: number;
let claim: Claim;

function quire(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = h.release(() => spawnSync(TSX, [CLI, ...args, '--db', h.dbPath], { cwd: ROOT, encoding: 'utf8' }));
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const leftovers = (): string[] => readdirSync(h.dir).filter((f) => f.endsWith('.tmp') || f.startsWith('out'));

beforeAll(async () => {
  h = await openExportHarness({});
  claim = h.claims[0] as Claim;
  good = (await h.call('notes.importMarkdown', { markdown: `# Good\n\nCited [@claim:${claim.id}].` })).id;
  uncited = (await h.call('notes.importMarkdown', { markdown: '# Plain\n\nNothing cited here.' })).id;
  tampered = (await h.call('notes.importMarkdown', { markdown: `# Tampered\n\nCited [@claim:${claim.id}].` })).id;
  // A second article, cited and then deleted: its citation breaks.
  const { article } = await h.call('articles.import', { fileName: 'gone.txt', data: Buffer.from('The minister said: "We will not leave." Then she left.').toString('base64') });
  broken = (await h.call('notes.importMarkdown', { markdown: `# Broken\n\nOK [@claim:${claim.id}], gone [@article:${article.id}@0-12].` })).id;
  await h.call('articles.delete', { id: article.id });
  // The saved quote no longer matching the article is what a damaged or edited store looks like.
  const store = Store.open(h.dbPath);
  store.db.prepare('UPDATE citations SET quote = ? WHERE note_id = ?').run('words nobody said', tampered);
  store.close();
}, 60_000);

afterAll(() => h?.dispose());

describe('export.note and export.check refuse bad input clearly', () => {
  it('rejects a style, a format or an argument shape that does not exist', async () => {
    expect(await h.fail('export.note', { noteIds: [good], format: 'md', style: 'mla' })).toEqual({
      code: 'bad_request',
      message: 'export.note: style: style must be chicago, apa or statement',
    });
    expect((await h.fail('export.note', { noteIds: [good], format: 'odt' })).code).toBe('bad_request');
    expect((await h.fail('export.note', { id: good, noteIds: [good], format: 'md' })).message).toMatch(/give either id or noteIds/);
    expect((await h.fail('export.note', { format: 'md' })).message).toMatch(/give either id or noteIds/);
    expect((await h.fail('export.note', { noteIds: [good, good], format: 'md' })).message).toMatch(/a note may appear only once/);
    expect(await h.fail('export.note', { noteIds: [987654], format: 'md' })).toEqual({ code: 'not_found', message: 'note 987654 does not exist' });
  });

  it('refuses a brief with no citations', async () => {
    expect(await h.fail('export.note', { noteIds: [uncited], format: 'docx' })).toEqual({
      code: 'conflict',
      message: `note ${uncited} ("Plain") has no citations: a cited brief needs at least one`,
    });
    // The notebook's single-note Markdown export stays lenient, as it always was.
    expect((await h.call('export.note', { id: uncited, format: 'md' })).content).toBe('# Plain\n\nNothing cited here.\n');
  });

  it('lists broken and changed citations in the check, with the note and target to jump to', async () => {
    const report = await h.call('export.check', { noteIds: [good, broken, tampered] });
    expect(report.ok).toBe(false);
    expect(report.citations).toBe(4);
    expect(report.problems).toEqual([
      { noteId: broken, noteTitle: 'Broken', target: expect.stringMatching(/^article:\d+@0-12$/), message: expect.stringMatching(/^the cited source \(article:\d+@0-12\) is no longer in the library$/) },
      { noteId: tampered, noteTitle: 'Tampered', target: `claim:${claim.id}`, message: `the quote no longer matches the stored text of article ${h.articleId}` },
    ]);
  });

  it('refuses to export problems unless asked to mark them', async () => {
    const refused = await h.fail('export.note', { noteIds: [broken, tampered], format: 'docx' });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^the brief has 2 citation problems; fix them or export with problems marked \(markProblems\): note \d+ \("Broken"\) article:\d+@0-12: the cited source .+; note \d+ \("Tampered"\) claim:\d+: the quote no longer matches/);

    const marked = await h.call('export.note', { noteIds: [broken], format: 'docx', markProblems: true, citations: 'note' });
    const { notes } = await docxFootnotes(bytesOf(marked));
    expect(notes[0]).toContain(claim.text);
    expect(notes[1]).toMatch(/^Broken citation: the cited source \(article:\d+@0-12\) is no longer in the library\. Last cited as “The minister”\.$/);
  });

  it('says so when no PDF renderer is configured, or Chromium is missing', async () => {
    expect(await h.fail('export.note', { noteIds: [good], format: 'pdf' })).toEqual({
      code: 'conflict',
      message: 'PDF export is not available in this host: it needs a browser to print with (use HTML or DOCX)',
    });
    await expect(chromiumPdfRenderer('/nonexistent/chromium')('<p>x</p>')).rejects.toThrow(
      'PDF export needs Chromium, and /nonexistent/chromium does not exist: install it (apt-get install chromium) or set QUIRE_CHROMIUM',
    );
  });

  it('refuses sources of a missing note and claims of a missing article', async () => {
    expect((await h.fail('export.sources', { noteIds: [987654], format: 'bibtex' })).code).toBe('not_found');
    expect(await h.fail('export.claims', { articleId: 987654, format: 'csv' })).toEqual({ code: 'not_found', message: 'article 987654 does not exist' });
  });
});

describe('quire export / check / sources / claims', () => {
  it('writes a DOCX and a PDF as bytes, atomically', () => {
    const docx = join(h.dir, 'out-brief.docx');
    const r = quire(['export', String(good), '--out', docx, '--style', 'apa']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = join(h.dir, 'out-brief.pdf');
    const p = quire(['export', String(good), String(tampered), '--format', 'pdf', '--out', pdf, '--force', '--appendix']);
    expect(p.stderr).toBe('');
    expect(p.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(h.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an unwritable path, a problem brief or an uncited note: exit 1, one line, no file', () => {
    const blocker = join(h.dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const cases: [string[], RegExp, string][] = [
      [['export', String(good), '--out', join(blocker, 'x.docx')], /^quire: cannot write .+x\.docx: /, join(blocker, 'x.docx')],
      [['export', String(broken), '--out', join(h.dir, 'out-broken.md')], /^quire: the brief has 1 citation problem; /, join(h.dir, 'out-broken.md')],
      [['export', String(uncited), '--out', join(h.dir, 'out-plain.html')], /^quire: note \d+ \("Plain"\) has no citations/, join(h.dir, 'out-plain.html')],
    ];
    for (const [args, message, path] of cases) {
      const r = quire(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(path)).toBe(false);
    }
    expect(leftovers().filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('bad usage exits 2: unknown style, format against extension', () => {
    for (const args of [
      ['export', String(good), '--out', 'x.md', '--style', 'mla'],
      ['export', String(good), '--format', 'pdf', '--out', 'x.docx'],
      ['sources'],
      ['claims', '--out', 'x.csv'],
      ['check'],
    ]) {
      const r = quire(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage: /);
    }
  });

  it('check exits 1 on problems and 0 when clean; sources and claims print or write', () => {
    const bad = quire(['check', String(good), String(broken)]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^3 citations checked, 1 problem\n {2}note \d+ \(Broken\) article:\d+@0-12: the cited source/);
    expect(bad.stderr).toBe('quire: 1 citation problem\n');
    expect(quire(['check', String(good)]).code).toBe(0);

    const bib = quire(['sources', '--format', 'bibtex', String(good)]);
    expect(bib.code).toBe(0);
    expect(bib.stdout).toMatch(/^@article\{/);
    const csv = join(h.dir, 'out-claims.csv');
    expect(quire(['claims', '--format', 'csv', '--out', csv]).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('id,articleId,articleTitle,outlet,published,kind,speaker,status,start,end,text');
  });
});
