// Hostile input never runs in Chromium. The XSS corpus (tests/fixtures/xss/) goes in as imported
// HTML articles (live and entity-encoded), article metadata, claim speakers, note titles, note
// text, a Markdown note, a paste into the editor; then every view shows it: library, reader (and
// its removed text), notebook, hover card, find panel, export dialog, and the exported HTML page.
// Each payload tries to call alert(), set window.__xssFlag or fetch from xss.example: no dialog,
// no flag, no popup, no request leaving 127.0.0.1, no page error. The tour runs twice: with the
// app's CSP, and again with CSP bypassed, which proves the escaping itself holds, not just the CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocal, launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const XSS = join(repoRoot, 'tests', 'fixtures', 'xss');
const PAYLOADS = readFileSync(join(XSS, 'payloads.txt'), 'utf8').split('\n').filter(Boolean);
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every payload live in the markup, then again as text (entity-encoded), in one article. */
const corpusArticle = (title: string, payloads: readonly string[]): string =>
  [
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} &lt;svg onload=alert(0)&gt;</title>`,
    '<meta name="author" content="&quot;&gt;&lt;img src=x onerror=alert(0)&gt;"></head><body><article>',
    `<h1>${title} &lt;svg onload=alert(0)&gt;</h1>`,
    '<p>The payloads below were collected for a test of the reader. Officials said none of them should run.</p>',
    ...payloads.map((p, i) => `<p>Live ${i}: ${p}</p>`),
    ...payloads.map((p, i) => `<p>Shown ${i}: “${escapeHtml(p)},” said Dana Roe ${escapeHtml(p)}.</p>`),
    '</article></body></html>',
  ].join('\n');
const CORPUS_ARTICLE = corpusArticle('Payload corpus', PAYLOADS);

/** Runs in the page before its scripts: hostile HTML on the clipboard, pasted into the focused editor. */
const PASTE = `(html) => {
  const dt = new DataTransfer();
  dt.setData('text/html', html);
  dt.setData('text/plain', 'pasted');
  document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
}`;

interface Watch {
  dialogs: string[];
  popups: string[];
  offHost: string[];
  pageErrors: string[];
}

/** Records dialogs, popups, page errors and requests leaving 127.0.0.1 in a context. */
function watch(context: BrowserContext, page: Page, offHost?: string[], pageErrors?: string[]): Watch {
  const w: Watch = { dialogs: [], popups: [], offHost: offHost ?? [], pageErrors: pageErrors ?? [] };
  const onPage = (p: Page): void => {
    p.on('dialog', (d) => {
      w.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
  };
  onPage(page);
  context.on('page', (p) => {
    w.popups.push(p.url());
    onPage(p);
  });
  if (!offHost) {
    context.on('request', (req) => {
      if (!isLocal(req.url())) w.offHost.push(req.url());
    });
    page.on('pageerror', (err) => w.pageErrors.push(err.message));
  }
  return w;
}

async function flag(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __xssFlag?: unknown }).__xssFlag);
}

let h: Harness;
/** The harness's own page and context, watched from the first import on. */
let main: Watch;
let noteIds: number[] = [];

beforeAll(async () => {
  h = await launch();
  main = watch(h.context, h.page, h.offHost, h.pageErrors);
});

afterAll(async () => {
  await h?.close();
});

interface ClaimLite {
  id: number;
  articleId: number;
  speaker: string | null;
}

/** Library, reader (with removed text), notebook with hover cards, find panel, export dialog; returns the exported HTML. */
async function tour(page: Page, w: Watch, label: string): Promise<string> {
  await page.goto(h.host.url);
  const rows = page.locator('.article-row');
  await waitFor('the articles', async () => (await rows.count()) >= 3);
  await page.screenshot({ path: join(resultsDir, `xss-${label}-library.png`) });

  for (let i = 0; i < (await rows.count()); i++) {
    await rows.nth(i).click();
    await page.locator('.reader-title').waitFor();
    const show = page.getByRole('button', { name: 'Show removed text' });
    if (await show.count()) {
      await show.click();
      await page.getByTestId('raw-text').waitFor();
      await page.getByRole('button', { name: 'Hide removed text' }).click();
    }
    if (i === 0) await page.screenshot({ path: join(resultsDir, `xss-${label}-reader.png`) });
  }
  const marks = page.locator('.reader-article mark.claim');
  if (await marks.count()) await marks.first().hover();

  for (const id of noteIds) {
    await page.locator(`#note-row-${id}`).click();
    await page.locator(`#note-row-${id}[aria-selected=true]`).waitFor();
    await page.locator('.editor').waitFor();
    const chips = page.locator('.editor .citation-chip:not(.loading)');
    for (let i = 0; i < Math.min(await chips.count(), 3); i++) {
      await chips.nth(i).hover();
      await page.getByRole('tooltip').waitFor();
      if (i === 0 && id === noteIds[0]) await page.screenshot({ path: join(resultsDir, `xss-${label}-hover.png`) });
      await page.mouse.move(0, 0);
    }
  }
  await page.screenshot({ path: join(resultsDir, `xss-${label}-notebook.png`) });

  for (const q of ['alert', 'script onerror', 'xssFlag']) {
    await page.locator('.topbar .brand').click();
    await page.keyboard.press('Control+Shift+F');
    const find = page.getByRole('dialog', { name: 'Find anything' });
    await find.waitFor();
    await page.getByRole('combobox', { name: 'Find' }).fill(q);
    await waitFor(`hits for ${q}`, async () => (await find.getByRole('option').count()) > 0);
    if (q === 'alert') await page.screenshot({ path: join(resultsDir, `xss-${label}-find.png`) });
    await page.keyboard.press('Escape');
    await find.waitFor({ state: 'detached' });
  }

  await page.locator(`#note-row-${noteIds[0]}`).click();
  await page.locator(`#note-row-${noteIds[0]}[aria-selected=true]`).waitFor();
  await page.locator('.editor .citation-chip:not(.loading)').first().waitFor();
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'Export brief' });
  await dialog.waitFor();
  await dialog.getByLabel('Format').selectOption('html');
  await page.screenshot({ path: join(resultsDir, `xss-${label}-export.png`) });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export HTML' }).click()]);
  const html = readFileSync(await download.path(), 'utf8');
  await page.waitForTimeout(300); // let any late handler (onload, ontoggle, timers) have its chance
  expect(await flag(page)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.popups).toEqual([]);
  return html;
}

describe('XSS corpus in every view', () => {
  it('imports and stores the payloads everywhere an analyst or a source can put text', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles([
      { name: 'hostile-article.html', mimeType: 'text/html', buffer: readFileSync(join(XSS, 'hostile-article.html')) },
      { name: 'payload-corpus.html', mimeType: 'text/html', buffer: Buffer.from(CORPUS_ARTICLE) },
    ]);
    await waitFor('two articles', async () => (await page.locator('.article-row').count()) === 2);
    await h.api('articles.importPaste', { html: corpusArticle('Pasted corpus', [...PAYLOADS].reverse()) });

    const articles = await h.api<{ id: number }[]>('articles.list', {});
    expect(articles).toHaveLength(3);
    for (const [i, a] of articles.entries()) {
      await h.api('articles.update', { id: a.id, title: PAYLOADS[i * 7] ?? 'x', outlet: PAYLOADS[i * 7 + 1] ?? null, author: PAYLOADS[i * 7 + 2] ?? null });
    }
    const claims = await h.api<ClaimLite[]>('claims.list', {});
    expect(claims.length).toBeGreaterThan(4);
    const spoken = claims.slice(0, 12);
    for (const [i, c] of spoken.entries()) await h.api('claims.update', { id: c.id, speaker: PAYLOADS[(i * 5 + 3) % PAYLOADS.length] ?? null });

    // A note titled and filled with payloads, citing claims whose speakers are payloads.
    const cite = (claimId: number): Record<string, unknown> => ({ type: 'quire-citation', version: 1, ref: { kind: 'claim', claimId } });
    const textNode = (t: string): Record<string, unknown> => ({ detail: 0, format: 0, mode: 'normal', style: '', text: t, type: 'text', version: 1 });
    const para = (...children: Record<string, unknown>[]): Record<string, unknown> => ({ children, direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' });
    const blocks = PAYLOADS.map((p, i) => para(textNode(`${p} `), ...(i < 3 ? [cite(spoken[i]?.id ?? 0)] : [])));
    const content = JSON.stringify({ root: { children: blocks, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } });
    const note = await h.api<{ id: number }>('notes.create', { title: PAYLOADS[4] ?? 'x' });
    await h.api('notes.save', { id: note.id, title: PAYLOADS[4] ?? 'x', content });
    const md = await h.api<{ id: number }>('notes.importMarkdown', { markdown: readFileSync(join(XSS, 'hostile-note.md'), 'utf8') });

    // Typed and pasted into a third note through the editor itself.
    await page.reload();
    await waitFor('the notes', async () => (await page.locator('.note-row').count()) === 2);
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('Note title').fill(PAYLOADS[13] ?? 'x');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type(`${PAYLOADS[0]} ${PAYLOADS[6]} `);
    await page.evaluate(`(${PASTE})(${JSON.stringify(CORPUS_ARTICLE)})`);
    await page.keyboard.type(' end.');
    await h.saved();
    const notes = await h.api<{ id: number; title: string }[]>('notes.list', {});
    expect(notes).toHaveLength(3);
    noteIds = [note.id, md.id, ...notes.map((n) => n.id).filter((id) => id !== note.id && id !== md.id)];
    const typed = await h.api<{ text: string }>('notes.get', { id: noteIds[2] });
    expect(typed.text).toContain(PAYLOADS[0]);
    expect(typed.text).toContain('Live 6');
    expect(main.dialogs).toEqual([]);
    expect(await flag(page)).toBeUndefined();
  });

  it('shows every payload as text with the CSP on: nothing runs, nothing leaves 127.0.0.1, no page error', async () => {
    const html = await tour(h.page, main, 'csp');
    // The reader shows the entity-encoded payloads literally.
    const shown = await h.api<{ id: number; title: string }[]>('articles.list', {});
    expect(shown.map((a) => a.title)).toContain(PAYLOADS[0]);
    expect(html).not.toMatch(/<(script|img|svg|iframe|object|embed)/i);
    expect(h.offHost).toEqual([]);
    // Pasted HTML is tokenized before any DOM holds it: no handler and no <base> ever reaches a
    // document, so the CSP has nothing to report.
    expect(h.pageErrors, h.pageErrors.join('\n')).toEqual([]);
    expect(await h.page.evaluate(() => document.baseURI)).toMatch(new RegExp(`^${h.host.origin}/`));
  });

  it('shows every payload as text with the CSP bypassed: the escaping alone holds', async () => {
    const context = await h.browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const w = watch(context, page);
      page.on('console', (msg) => {
        if (msg.type() === 'error') w.pageErrors.push(msg.text());
      });
      await tour(page, w, 'nocsp');
      expect(w.offHost).toEqual([]);
      expect(w.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the exported HTML brief runs nothing and loads nothing, even without its own CSP', async () => {
    const file = await h.api<{ content: string }>('export.note', { id: noteIds[0], format: 'html', appendix: true });
    expect(file.content).toContain('Content-Security-Policy');
    const stripped = file.content.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
    expect(stripped).not.toContain('Content-Security-Policy');
    for (const [html, bypassCSP] of [
      [file.content, false],
      [stripped, true],
    ] as const) {
      const context = await h.browser.newContext({ bypassCSP, javaScriptEnabled: true });
      try {
        const page = await context.newPage();
        const w = watch(context, page);
        const requests: string[] = [];
        context.on('request', (req) => {
          if (!/^(data|about):/.test(req.url())) requests.push(req.url());
        });
        await page.setContent(html, { waitUntil: 'load' });
        await page.mouse.move(200, 200);
        await page.waitForTimeout(300);
        expect(await flag(page)).toBeUndefined();
        expect(w.dialogs).toEqual([]);
        expect(w.popups).toEqual([]);
        expect(requests).toEqual([]);
        expect(w.pageErrors).toEqual([]);
        expect(await page.locator('script, img, svg, iframe, object, embed').count()).toBe(0);
        const text = (await page.locator('body').textContent()) ?? '';
        for (const p of PAYLOADS.slice(0, 10)) expect(text).toContain(p.trim());
        if (bypassCSP) await page.screenshot({ path: join(resultsDir, 'xss-export-opened.png'), fullPage: false });
      } finally {
        await context.close();
      }
    }
  });
});
