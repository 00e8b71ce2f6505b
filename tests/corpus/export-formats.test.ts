// Every export format end to end on a real SQLite file, through dispatch as the hosts call it:
// each output is opened with a reader of its own (JSZip, pdfjs-dist, Chromium) and checked.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src-main/api/contract/methods';
import { DEFAULT_CHROMIUM } from '../../src-main/hosts/pdf-chromium';
import { bytesOf, docxFootnotes, openExportHarness, pdfText, type ExportHarness } from '../integration/export-support';
import { CORPUS_DIR } from './shared';

let h: ExportHarness;
let noteId: number;
let secondId: number;
let cited: Claim[];

beforeAll(async () => {
  h = await openExportHarness(undefined, join(CORPUS_DIR, '002_72e9264fc770830b.txt'));
  cited = h.claims.slice(0, 3);
  expect(cited).toHaveLength(3);
  const [a, b, c] = cited as [Claim, Claim, Claim];
  const md = [
    '# Moscow expulsions',
    '',
    `Russia set a deadline [@claim:${a.id}] and blamed Washington [@claim:${b.id}].`,
    '',
    '## Outlook',
    '',
    `More departures may follow [@claim:${c.id}]; the deadline again [@claim:${a.id}].`,
    '',
    'Hostile text stays text: <script>alert(1)</script> & <b>not bold</b>.',
  ].join('\n');
  noteId = (await h.call('notes.importMarkdown', { markdown: md })).id;
  secondId = (await h.call('notes.importMarkdown', { markdown: `# Follow-up\n\nA second note [@claim:${b.id}].` })).id;
}, 60_000);

afterAll(() => h?.dispose());

describe('Markdown', () => {
  it('has well-formed footnotes, the exact quotes in the sentences, and a bibliography', async () => {
    const file = await h.call('export.note', { noteIds: [noteId], format: 'md', style: 'chicago' });
    expect(file).toMatchObject({ fileName: 'moscow-expulsions.md', mimeType: 'text/markdown', encoding: 'utf8' });
    const md = file.content;
    const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
    const defs = [...md.matchAll(/^\[\^(\d+)\]: (.+)$/gm)];
    expect(defs.map((d) => d[1])).toEqual(['1', '2', '3', '4']);
    expect([...refs].sort()).toEqual(['1', '2', '3', '4']);
    const body = md.slice(0, md.indexOf('## Sources'));
    for (const claim of cited) expect(body).toContain(`“${claim.text.replace(/[\\`*_[\]<>|~!&]/g, '\\$&').replace(/"/g, '’').slice(0, 20)}`);
    expect(defs[0]?.[2]).toBe('“Russia Orders Some US Diplomats to Leave,” n.d.');
    expect(defs[1]?.[2]).toBe('Ibid.');
    expect(md).toContain('## Sources\n\n- “Russia Orders Some US Diplomats to Leave.” n.d.');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('the notebook\'s own call ({id, format: md}) still works as before', async () => {
    const file = await h.call('export.note', { id: noteId, format: 'md', citations: 'note' });
    expect(file.content.startsWith('# Moscow expulsions\n')).toBe(true);
    expect(file.content).toContain(`[^1]: Maria Zakharova — “${cited[0]?.text}”`);
  });
});

describe('DOCX', () => {
  it('has real Word footnotes: word/footnotes.xml holds each exact quote (note only), one footnote per reference', async () => {
    const file = await h.call('export.note', { noteIds: [noteId], format: 'docx', style: 'chicago', citations: 'note' });
    expect(file).toMatchObject({ fileName: 'moscow-expulsions.docx', encoding: 'base64' });
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { notes, references } = await docxFootnotes(bytesOf(file));
    expect(references).toBe(4);
    expect(notes).toHaveLength(4);
    const [a, b, c] = cited as [Claim, Claim, Claim];
    // One source: the first note is full, the ones right after it are ibid.
    expect(notes).toEqual([
      `Maria Zakharova: “${a.text}” — “Russia Orders Some US Diplomats to Leave,” n.d.`,
      `Maria Zakharova: “${b.text}” — Ibid.`,
      `${c.speaker}: “${c.text}” — Ibid.`,
      `Maria Zakharova: “${a.text}” — Ibid.`,
    ]);
  });

  it('exports several notes as one brief in the order given', async () => {
    const file = await h.call('export.note', { noteIds: [secondId, noteId], format: 'docx', title: 'Combined', citations: 'note' });
    const { notes } = await docxFootnotes(bytesOf(file));
    expect(notes[0]).toContain(cited[1]?.text);
    expect(notes).toHaveLength(5);
    expect(file.fileName).toBe('combined.docx');
  });
});

describe('PDF', () => {
  it('prints the brief: its text holds the quotes, the notes and the bibliography', async () => {
    const file = await h.call('export.note', { noteIds: [noteId], format: 'pdf', style: 'apa', appendix: true });
    expect(file).toMatchObject({ fileName: 'moscow-expulsions.pdf', mimeType: 'application/pdf', encoding: 'base64' });
    const bytes = bytesOf(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await pdfText(bytes);
    expect(text).toContain('Moscow expulsions');
    // Inline, with American punctuation: a full stop or comma after the words goes inside the marks.
    for (const claim of cited) expect(text).toContain(`“${claim.text}`);
    expect(text).toContain('Sources');
    expect(text).toContain('Russia Orders Some US Diplomats to Leave. (n.d.).');
    expect(text).toContain('Quoted statements');
    expect(text).toContain('<script>alert(1)</script>');
  });
});

describe('HTML', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
  });
  afterAll(async () => browser?.close());

  it('renders in Chromium with visible footnotes that hold the quotes (screenshot in test-results/)', async () => {
    const file = await h.call('export.note', { noteIds: [noteId], format: 'html', style: 'chicago', appendix: true });
    expect(file).toMatchObject({ mimeType: 'text/html', encoding: 'utf8' });
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(file.content);
    const notes = page.locator('section.notes li');
    expect(await notes.count()).toBe(4);
    for (let i = 0; i < 4; i++) await expect.poll(() => notes.nth(i).isVisible()).toBe(true);
    const prose = await page.locator('article.brief > p').allInnerTexts();
    for (const claim of cited) expect(prose.join('\n')).toContain(claim.text.slice(0, 20));
    expect(await page.locator('sup.fnref').count()).toBe(4);
    expect(await page.locator('section.sources .entry').innerText()).toContain('Russia Orders Some US Diplomats to Leave');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('article.brief').innerText()).toContain('<script>alert(1)</script>');
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    const dir = join(import.meta.dirname, '..', '..', 'test-results');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'export-html.png'), fullPage: true });
    await page.close();
  });
});

describe('data for other tools', () => {
  it('sources as CSL-JSON and BibTeX, only the cited ones', async () => {
    const json = await h.call('export.sources', { noteIds: [noteId], format: 'csl-json' });
    expect(JSON.parse(json.content)).toEqual([{ id: `article-${h.articleId}`, type: 'article-newspaper', title: 'Russia Orders Some US Diplomats to Leave', language: 'en' }]);
    const bib = await h.call('export.sources', { format: 'bibtex' });
    expect(bib).toMatchObject({ fileName: 'sources.bib', mimeType: 'application/x-bibtex' });
    expect(bib.content).toMatch(/^@article\{anon\w*russia,\n {2}title = \{\{Russia Orders Some US Diplomats to Leave\}\}/);
  });

  it('claims as CSV and JSON with speakers and statuses', async () => {
    const csv = await h.call('export.claims', { articleId: h.articleId, format: 'csv' });
    const lines = csv.content.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,articleId,articleTitle,outlet,published,kind,speaker,status,start,end,text');
    expect(lines).toHaveLength(h.claims.length + 1);
    const json = JSON.parse((await h.call('export.claims', { format: 'json' })).content) as { id: number; speaker: string | null; status: string; text: string }[];
    expect(json.map((c) => [c.id, c.speaker, c.status, c.text])).toEqual(h.claims.map((c) => [c.id, c.speaker, c.status, c.text]));
  });

  it('the integrity check passes for a note whose citations all resolve', async () => {
    const check = await h.call('export.check', { noteIds: [noteId, secondId] });
    expect(check).toMatchObject({ ok: true, citations: 4, problems: [] });
    // The corpus article has a title and nothing else: the check says which fields the notes will lack.
    expect(check.incomplete).toEqual([{ articleId: h.articleId, title: 'Russia Orders Some US Diplomats to Leave', missing: ['author', 'outlet', 'date', 'url'] }]);
  });
});
