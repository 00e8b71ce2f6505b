// Markdown export read by a real renderer: every XSS payload of tests/fixtures/xss, put in a note
// as plain text, as inline code (next to backticks), in a link's text and in a source's metadata,
// is exported to Markdown, rendered by marked (GFM, raw HTML allowed, as many viewers do) and
// loaded in Chromium with no CSP: no handler runs, no script, image or frame appears, and each
// code span holds exactly the note's code. A fast-check property does the same for random text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { marked } from 'marked';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief, type CitedArticle, type Resolution } from '../../src-main/core/export/brief';
import { briefToMarkdown } from '../../src-main/core/export/markdown';
import { statementStyle } from '../../src-main/core/export/statement-style';
import { DEFAULT_CHROMIUM } from '../../src-main/hosts/pdf-chromium';

const PAYLOADS = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'xss', 'payloads.txt'), 'utf8').split('\n').filter(Boolean);

type Lex = Record<string, unknown>;
const text = (t: string, format = 0): Lex => ({ type: 'text', text: t, format });
const CODE = 16;

function markdownOf(payloads: readonly string[]): string {
  const article: CitedArticle = { id: 1, title: payloads[0] ?? 't', outlet: payloads[1] ?? null, author: null, published: null, url: null, language: 'en' };
  const resolve = (): Resolution => ({ ok: true, quote: payloads[2] ?? 'q', speaker: payloads[3] ?? null, article, context: null });
  const blocks = payloads.map((p) => ({
    type: 'paragraph',
    children: [
      text(p),
      text(' then code: '),
      text(`\`${p}\``, CODE),
      text(' and '),
      { type: 'link', url: 'https://example.org/', children: [text(p)] },
      { type: 'quire-citation', ref: { kind: 'claim', claimId: 1 } },
    ],
  }));
  const content = JSON.stringify({ root: { type: 'root', children: [{ type: 'heading', tag: 'h2', children: [text(payloads[4] ?? 'h')] }, ...blocks] } });
  return briefToMarkdown(buildBrief({ title: payloads[5] ?? 'Brief', notes: [{ id: 1, title: 'n', content }], resolve, style: statementStyle, appendix: true }));
}

/** What the page holds after the rendered Markdown was loaded and given time to run anything. */
async function load(page: Page, html: string): Promise<{ flag: unknown; dialogs: number; bad: string[]; code: string[] }> {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.setContent(`<!DOCTYPE html><html><body>${html}</body></html>`);
  await page.waitForTimeout(150);
  const found = await page.evaluate(() => ({
    flag: (window as unknown as { __xssFlag?: unknown }).__xssFlag ?? null,
    bad: [...document.body.querySelectorAll('*')]
      .filter((el) => /^(script|img|iframe|object|embed|svg|math|style|link|meta|base|form|input|details|video|audio|body)$/i.test(el.tagName) || [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)))
      .map((el) => el.outerHTML.slice(0, 120)),
    code: [...document.querySelectorAll('code')].map((c) => c.textContent ?? ''),
  }));
  return { ...found, dialogs };
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
});
afterAll(async () => browser?.close());

describe('Markdown export rendered by marked in Chromium', () => {
  it('runs no handler and shows every payload as text, code spans holding exactly the code', async () => {
    const md = markdownOf(PAYLOADS);
    const page = await browser.newPage();
    const found = await load(page, await marked.parse(md, { gfm: true }));
    expect(found.bad).toEqual([]);
    expect(found.flag).toBeNull();
    expect(found.dialogs).toBe(0);
    expect(found.code).toEqual(PAYLOADS.map((p) => `\`${p}\``));
    const body = await page.locator('body').innerText();
    for (const p of PAYLOADS.slice(0, 40)) expect(body).toContain(p.replace(/\s+/g, ' ').trim().slice(0, 12));
    await page.close();
  });

  it('holds for random text with backticks, brackets, tags and line starts (fast-check)', async () => {
    const page = await browser.newPage();
    const piece = fc.constantFrom('`', '``', '<img src=x onerror=window.__xssFlag=1>', '<script>window.__xssFlag=2</script>', '[a](javascript:window.__xssFlag=3)', '![i](x)', '# ', '> ', '- ', '1. ', '|', '*', '_', '~', '\\', '&lt;', ' ', 'word');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')), { minLength: 6, maxLength: 6 }), async (payloads) => {
        const found = await load(page, await marked.parse(markdownOf(payloads), { gfm: true }));
        expect(found.bad).toEqual([]);
        expect(found.flag).toBeNull();
        expect(found.code).toEqual(payloads.map((p) => `\`${p}\``.replace(/\r?\n/g, ' ')));
      }),
      { numRuns: 40 },
    );
    await page.close();
  });
});
