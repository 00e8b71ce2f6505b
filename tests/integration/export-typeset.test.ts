// A brief of eight citations of four sources, a quote inside a quote, a Russian quote, a compare
// table, a wide table and a [[link]] exported to md / html / docx / pdf in the three shipped styles,
// each file read by a program of its own: the DOCX converted by LibreOffice and its PDF read with
// pdftotext, the PDF read with pdftotext, the HTML laid out in Chromium. Page images of both PDFs
// (pdftoppm) and of the HTML go to test-results/export-typeset/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../src-main/api/contract/methods';
import { DEFAULT_CHROMIUM } from '../../src-main/hosts/pdf-chromium';
import { LINKED_TITLE, openBriefFixture, type BriefFixture } from './export-brief-fixture';
import { bytesOf } from './export-support';

const STYLES = ['chicago', 'apa', 'statement'] as const;
type Style = (typeof STYLES)[number];
const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'export-typeset');

/** What each style must print: the quoted words in the sentences, every note, the bibliography. */
const US_PROSE = [
  'The authority called the halt “a precaution, not a closure,”',
  'the ministry insisted that “no closure has been ordered at the port.”',
  'It also said “the port stays open to daytime traffic.”',
  'The union disagreed: “the order was ‘temporary in name only.’”',
  'The authority later said “inspections would finish within a week.”',
];
const UK_PROSE = [
  'The authority called the halt “a precaution, not a closure”,',
  'the ministry insisted that “no closure has been ordered at the port”.',
  'It also said “the port stays open to daytime traffic”.',
  'The union disagreed: “the order was ‘temporary in name only’”.',
  'The authority later said “inspections would finish within a week”.',
];
const CELLS = ['Harbour authority: “daytime traffic would continue”', 'Union: “Workers will vote on a strike next week”', 'Port press office: «это „временная мера“, не более»'];

const EXPECTED: Record<Style, { prose: string[]; notes: string[]; bibliography: string[] }> = {
  chicago: {
    prose: US_PROSE,
    notes: [
      'Mara Kell, “Harbour Authority Suspends Night Shipping,” Coastal Ledger, April 2, 2025, https://ledger.example/harbour-night.',
      'Tomas Virr, “Ministry Rejects Closure Report,” Northern Dispatch, April 3, 2025, https://dispatch.example/ministry-port.',
      'Ibid.',
      'Ines Dorr, “Port Workers Weigh Strike,” Harbor Wire, April 4, 2025, https://wire.example/port-strike.',
      'Kell, “Harbour Authority Suspends Night Shipping.”',
      'Ibid.',
      'Dorr, “Port Workers Weigh Strike.”',
      'Анна Ровная, “Порт объясняет ночной запрет,” Вестник побережья, April 5, 2025.',
    ],
    bibliography: [
      'Dorr, Ines. “Port Workers Weigh Strike.” Harbor Wire, April 4, 2025. https://wire.example/port-strike.',
      'Kell, Mara. “Harbour Authority Suspends Night Shipping.” Coastal Ledger, April 2, 2025. https://ledger.example/harbour-night.',
      'Virr, Tomas. “Ministry Rejects Closure Report.” Northern Dispatch, April 3, 2025. https://dispatch.example/ministry-port.',
      'Ровная, Анна. “Порт объясняет ночной запрет.” Вестник побережья, April 5, 2025.',
    ],
  },
  apa: {
    prose: US_PROSE,
    // An author–date style: every citation is already short.
    notes: ['(Kell, 2025).', '(Virr, 2025).', '(Virr, 2025).', '(Dorr, 2025).', '(Kell, 2025).', '(Kell, 2025).', '(Dorr, 2025).', '(Ровная, 2025).'],
    bibliography: [
      'Dorr, I. (2025, April 4). Port workers weigh strike. Harbor Wire. https://wire.example/port-strike',
      'Kell, M. (2025, April 2). Harbour authority suspends night shipping. Coastal Ledger. https://ledger.example/harbour-night',
      'Virr, T. (2025, April 3). Ministry rejects closure report. Northern Dispatch. https://dispatch.example/ministry-port',
      'Ровная, А. (2025, April 5). Порт объясняет ночной запрет. Вестник побережья.',
    ],
  },
  statement: {
    prose: UK_PROSE,
    notes: [
      'Coastal Ledger, 2 April 2025 (Harbour authority suspends night shipping), https://ledger.example/harbour-night.',
      'Northern Dispatch, 3 April 2025 (Ministry rejects closure report), https://dispatch.example/ministry-port.',
      'Northern Dispatch, Ministry rejects closure report.',
      'Harbor Wire, 4 April 2025 (Port workers weigh strike), https://wire.example/port-strike.',
      'Coastal Ledger, Harbour authority suspends night.',
      'Coastal Ledger, Harbour authority suspends night.',
      'Harbor Wire, Port workers weigh strike.',
      'Вестник побережья, 5 April 2025 (Порт объясняет ночной запрет).',
    ],
    bibliography: [
      'Ines Dorr. Port workers weigh strike. Harbor Wire, 4 April 2025. https://wire.example/port-strike.',
      'Mara Kell. Harbour authority suspends night shipping. Coastal Ledger, 2 April 2025. https://ledger.example/harbour-night.',
      'Tomas Virr. Ministry rejects closure report. Northern Dispatch, 3 April 2025. https://dispatch.example/ministry-port.',
      'Анна Ровная. Порт объясняет ночной запрет. Вестник побережья, 5 April 2025.',
    ],
  },
};

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Markdown's inline syntax taken off (our notes and entries use only * and backslash escapes). */
const plainMd = (s: string): string => s.replace(/\\(.)/g, '$1').replace(/\*/g, '');
const pdftotext = (file: string): string => squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
/** pdftotext joins a word hyphenated at a line's end (a URL wrapped at its hyphen): compare without hyphens. */
const loose = (s: string): string => s.replace(/-/g, '');
const expectInPdf = (text: string, wanted: readonly string[]): void => {
  for (const w of wanted) expect(loose(text)).toContain(loose(w));
};
const pageSizes = (file: string): string[] =>
  [...execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) =>
    Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait',
  );
/** The first page whose text holds `words` (pdftotext one page at a time). */
const pageOf = (file: string, words: string): number => {
  for (let p = 1; p <= pageSizes(file).length; p++) {
    if (squash(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' })).includes(words)) return p;
  }
  return 0;
};
const screenshots = (pdf: string, prefix: string): void => void execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, prefix)]);

let f: BriefFixture;
const files = new Map<string, ExportedFile>();
const file = (style: Style, format: string): ExportedFile => files.get(`${style}.${format}`) as ExportedFile;
const pdfTexts = new Map<string, string>();

beforeAll(async () => {
  f = await openBriefFixture();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const style of STYLES) {
    for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
      const exported = await f.call('export.note', { noteIds: [f.mainId, f.linkedId], title: 'Harbour brief', format, style });
      files.set(`${style}.${format}`, exported);
      writeFileSync(join(OUT, `${style}.${format}`), bytesOf(exported));
    }
    screenshots(join(OUT, `${style}.pdf`), `${style}-chromium`);
    pdfTexts.set(`${style}.pdf`, pdftotext(join(OUT, `${style}.pdf`)));
  }
  // One LibreOffice for the three documents, with a profile of its own.
  execFileSync(
    'libreoffice',
    [`-env:UserInstallation=file://${join(f.dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(OUT, 'libreoffice'), ...STYLES.map((s) => join(OUT, `${s}.docx`))],
    { stdio: 'ignore', timeout: 170_000 },
  );
  for (const style of STYLES) {
    const pdf = join(OUT, 'libreoffice', `${style}.pdf`);
    screenshots(pdf, `${style}-libreoffice`);
    pdfTexts.set(`${style}.libreoffice`, pdftotext(pdf));
  }
}, 240_000);

afterAll(() => f?.dispose());

describe('the pre-export check', () => {
  it('lists the sources lacking a field their notes print', async () => {
    const check = await f.call('export.check', { noteIds: [f.mainId] });
    expect(check).toMatchObject({ ok: true, citations: 8, problems: [] });
    expect(check.incomplete).toEqual([{ articleId: f.articleIds.D, title: 'Порт объясняет ночной запрет', missing: ['url'] }]);
  });
});

describe.each(STYLES)('%s', (style) => {
  const want = EXPECTED[style];

  it('Markdown: quoted words inline with the note after them, one note per citation, short later notes, sources, cross-reference, table cells', () => {
    const md = file(style, 'md').content;
    const body = plainMd(md.slice(0, md.indexOf('## Sources')));
    for (const words of want.prose) expect(body).toContain(words);
    expect(md).toContain('“a precaution, not a closure');
    expect(body).toMatch(/closure,?”,?\[\^1\] while/);
    for (const cellText of CELLS) expect(body).toContain(cellText);
    const defs = [...md.matchAll(/^\[\^(\d+)\]: (.+)$/gm)];
    expect(defs.map((d) => d[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(defs.map((d) => plainMd(d[2] ?? ''))).toEqual(want.notes);
    const sources = md.slice(md.indexOf('## Sources'), md.indexOf('[^1]:'));
    expect([...sources.matchAll(/^- (.+)$/gm)].map((m) => plainMd(m[1] ?? ''))).toEqual(want.bibliography);
    expect(md).toContain('Dates and sources are in [Port timeline](#port-timeline).');
    expect(md).toContain('\n## Port timeline\n');
  });

  it('HTML: the same text, a cross-reference to the section, and nothing wider than the page in Chromium', async () => {
    const html = file(style, 'html').content;
    expect(html).toContain(`<a class="xref" href="#note-${f.linkedId}">Port timeline</a>`);
    expect(html).toContain(`<h2 id="note-${f.linkedId}">Port timeline</h2>`);
    expect(html).not.toContain('QXREF');
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    await page.setContent(html);
    const prose = squash(await page.locator('article.brief').innerText());
    for (const words of [...want.prose, ...CELLS]) expect(prose).toContain(words);
    const notes = await page.locator('section.notes li').allInnerTexts();
    expect(notes.map((n) => squash(n.replace(/↩/g, '')))).toEqual(want.notes);
    expect((await page.locator('section.sources .entry').allInnerTexts()).map(squash)).toEqual(want.bibliography);
    for (const [media, width] of [
      ['screen', 900],
      ['screen', 420],
      ['print', 640],
    ] as const) {
      await page.emulateMedia({ media });
      await page.setViewportSize({ width, height: 1000 });
      const overflow = await page.evaluate(() => {
        const brief = document.querySelector('article.brief') as HTMLElement;
        const box = brief.getBoundingClientRect();
        const right = box.right - parseFloat(getComputedStyle(brief).paddingRight) + 0.5;
        const wide = [...brief.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > right).map((el) => el.tagName);
        return { wide, page: document.documentElement.scrollWidth - window.innerWidth };
      });
      expect(overflow, `${media} at ${width}px`).toEqual({ wide: [], page: 0 });
    }
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.screenshot({ path: join(OUT, `${style}-html.png`), fullPage: true });
    await page.close();
  });

  it('DOCX: footnotes one per citation, a cross-reference with its page, a fixed table in narrower type, a landscape section', async () => {
    const zip = await JSZip.loadAsync(bytesOf(file(style, 'docx')));
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(doc.match(/<w:footnoteReference\b/g)).toHaveLength(8);
    expect(doc).toContain(`w:anchor="note_${f.linkedId}"`);
    expect(doc).toContain(`PAGEREF note_${f.linkedId}`);
    expect(doc).toContain(`<w:bookmarkStart w:name="note_${f.linkedId}"`);
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    for (const t of tables) expect(t).toContain('<w:tblLayout w:type="fixed"/>');
    expect(tables[0]).toContain('<w:sz w:val="18"/>');
    expect(doc.match(/w:orient="landscape"/g)).toHaveLength(1);
  });

  it('DOCX through LibreOffice: inline quotes, every footnote, the short later notes, the bibliography, the page of the cross-reference', () => {
    const text = pdfTexts.get(`${style}.libreoffice`) ?? '';
    expectInPdf(text, [...want.prose, ...CELLS.map((c) => c.split(': ')[1] ?? c), ...want.notes, ...want.bibliography]);
    if (style === 'chicago') expect(text.match(/Ibid\./g)).toHaveLength(2);
    const pdf = join(OUT, 'libreoffice', `${style}.pdf`);
    expect(text).toContain(`Dates and sources are in Port timeline (p. ${pageOf(pdf, `${LINKED_TITLE} Night shipping stopped`)}).`);
    expect(pageSizes(pdf)).toContain('landscape');
  });

  it('PDF: inline quotes, every note, the bibliography, the page of the cross-reference, the wide table on a landscape page', () => {
    const text = pdfTexts.get(`${style}.pdf`) ?? '';
    expectInPdf(text, [...want.prose, ...CELLS.map((c) => c.split(': ')[1] ?? c), ...want.notes, ...want.bibliography]);
    // The cross-reference carries the page its section starts on (found by a measuring print).
    const page = pageOf(join(OUT, `${style}.pdf`), `${LINKED_TITLE} Night shipping stopped`);
    expect(text).toContain(`Dates and sources are in ${LINKED_TITLE} (p. ${page}).`);
    expect(text).not.toContain('QXREF');
    expect(pageSizes(join(OUT, `${style}.pdf`))).toEqual(['portrait', 'landscape', 'portrait']);
  });
});

describe('options', () => {
  it('alone, a [[link]] is the linked note’s title; appendLinked brings the note in as a cross-referenced section', async () => {
    const alone = (await f.call('export.note', { noteIds: [f.mainId], format: 'md', style: 'chicago' })).content;
    expect(alone).toContain('Dates and sources are in Port timeline.');
    expect(alone).not.toContain('## Port timeline');
    const appended = (await f.call('export.note', { noteIds: [f.mainId], format: 'md', style: 'chicago', appendLinked: true })).content;
    expect(appended).toContain('[Port timeline](#port-timeline)');
    expect(appended).toContain('\n## Port timeline\n');
  });

  it('note only, per export: the sentence keeps the analyst’s words and each note leads with the quote', async () => {
    const md = (await f.call('export.note', { noteIds: [f.mainId], format: 'md', style: 'chicago', citations: 'note' })).content;
    expect(md).toContain('The authority called the halt,[^1] while the ministry insisted that.[^2]');
    expect(md).toContain('[^1]: “a precaution, not a closure” — Mara Kell, “Harbour Authority Suspends Night Shipping,”');
    expect(md).toContain('[^4]: “the order was ‘temporary in name only’” — Ines Dorr,');
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
});
afterAll(async () => browser?.close());
