// cleanPastedHtml on clipboard HTML as Word and web pages produce it. The function needs a real
// DOM (DOMParser, and DOMPurify refuses server-side DOMs), so it is bundled and run in Chromium.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../../../src-main/hosts/pdf-chromium';
import { CSP } from '../../../src-main/hosts/policy';

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string): string => readFileSync(join(root, 'tests', 'fixtures', 'paste', name), 'utf8');

let browser: Browser;
let page: Page;
let bundleText = '';

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(root, 'src-renderer', 'features', 'notebook', 'pasteSanitize.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'paste',
    platform: 'browser',
  });
  browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  bundleText = bundle.outputFiles[0]?.text ?? '';
  await page.addScriptTag({ content: bundleText });
});

afterAll(async () => {
  await browser?.close();
});

/** Cleans in the page and returns the result as HTML plus a few structural facts. */
async function clean(html: string): Promise<{ html: string; tags: string[]; attrs: string[]; comments: number }> {
  return page.evaluate((input) => {
    const out = (window as unknown as { paste: { cleanPastedHtml(h: string): string } }).paste.cleanPastedHtml(input);
    const box = document.createElement('div');
    box.innerHTML = out;
    const els = Array.from(box.querySelectorAll('*'));
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
    let comments = 0;
    while (walker.nextNode()) comments++;
    return {
      html: out,
      tags: [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort(),
      attrs: [...new Set(els.flatMap((e) => Array.from(e.attributes).map((a) => a.name)))].sort(),
      comments,
    };
  }, html);
}

const ALLOWED = new Set(['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'b', 'strong', 'i', 'em', 'u', 's', 'a']);

describe('cleanPastedHtml: Word', () => {
  it('keeps headings, formatting, links and lists, and drops Word markup', async () => {
    const r = await clean(fixture('word.html'));
    expect(r.tags.every((t) => ALLOWED.has(t))).toBe(true);
    expect(r.attrs).toEqual(['href']);
    expect(r.comments).toBe(0);
    expect(r.html).not.toMatch(/mso|Mso|o:p|<img|file:|\[if|Symbol|clip_image/);
    expect(r.html).toContain('<h1>Briefing on the talks</h1>');
    expect(r.html).toMatch(/<b>Tuesday<\/b>/);
    expect(r.html).toMatch(/<i>inconclusive<\/i>/);
    expect(r.html).toMatch(/<u>spokesperson<\/u>/);
    expect(r.html).toContain('<a href="https://example.org/statement">full statement</a>');
    // The local file link keeps its words, not its address.
    expect(r.html).toMatch(/with a\s+local link and <s>struck<\/s> words\./);
  });

  it('turns Word list paragraphs into nested lists without the typed markers', async () => {
    const r = await clean(fixture('word.html'));
    const lists = await page.evaluate((html) => {
      const box = document.createElement('div');
      box.innerHTML = html;
      return Array.from(box.children)
        .filter((e) => e.tagName === 'UL' || e.tagName === 'OL')
        .map((l) => ({
          tag: l.tagName.toLowerCase(),
          items: Array.from(l.children).map((li) => (li.firstChild?.textContent ?? '').trim()),
          nested: Array.from(l.querySelectorAll('li li')).map((li) => (li.textContent ?? '').trim()),
        }));
    }, r.html);
    expect(lists).toEqual([
      { tag: 'ul', items: ['First point', 'Second point'], nested: ['A detail of the first point'] },
      { tag: 'ol', items: ['Numbered one', 'Numbered two'], nested: [] },
    ]);
    expect(r.html).not.toContain('·');
  });

  it('makes Word’s Quote style a block quote and drops empty spacing paragraphs', async () => {
    const r = await clean(fixture('word.html'));
    expect(r.html).toMatch(/<blockquote><i>A quoted remark in Word’s Quote style\.<\/i><\/blockquote>/);
    expect(r.html).not.toMatch(/<p>[\s\u00a0]*<\/p>/);
  });
});

describe('cleanPastedHtml: web pages', () => {
  it('drops scripts, styles, handlers, SVG, images, frames and forms', async () => {
    const r = await clean(fixture('web.html'));
    expect(r.tags.every((t) => ALLOWED.has(t))).toBe(true);
    expect(r.attrs).toEqual(['href']);
    expect(r.html).not.toMatch(/script|cookie|onclick|onload|onerror|onmouseover|alert|svg words|tracker|iframe|evil|typed|Send|color|class=/i);
  });

  it('keeps http(s) and mailto links only; others keep their words', async () => {
    const r = await clean(fixture('web.html'));
    expect(r.html).toContain('<a href="mailto:desk@example.org">the desk</a>');
    expect(r.html).toContain('<a href="http://example.com/page?a=1&amp;b=2">the page</a>');
    expect(r.html).toMatch(/questioned<\/em> its sources, read more\./);
    expect(r.html).toMatch(/<p>sneaky data link anchor<\/p>/);
    expect(r.html.match(/<a /g)?.length).toBe(2);
  });

  it('keeps structure and turns style-only formatting into tags', async () => {
    const r = await clean(fixture('web.html'));
    expect(r.html).toContain('<h2>Ministers respond</h2>');
    expect(r.html).toContain('<strong>rejected</strong>');
    expect(r.html).toMatch(/<ul><li>One <b>bold by style<\/b><\/li><li><i>Italic by style<\/i><\/li><\/ul>/);
    expect(r.html).toContain('<blockquote><p>A quoted passage.</p></blockquote>');
    expect(r.html).toMatch(/<p>Cell A\s+Cell B\s*<\/p>/);
    expect(r.html).toMatch(/<s>deleted<\/s> <u>under<\/u> font tag/);
  });

  it('unwraps Google Docs’ not-bold wrapper', async () => {
    const r = await clean('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">Loud</span> quiet</p></b>');
    expect(r.html).toBe('<p><b>Loud</b> quiet</p>');
  });
});

describe('cleanPastedHtml under a strict CSP', () => {
  it('never puts an event handler in any DOM, not even an inert one: the app\'s CSP has nothing to report', async () => {
    // Chromium CSP-checks an on… attribute as soon as an element carries it, in any document.
    // The app's policy, with the bundle allowed by its hash instead of 'self' (and without
    // frame-ancestors, which a <meta> policy cannot carry).
    const hash = createHash('sha256').update(bundleText).digest('base64');
    const policy = CSP.replace("script-src 'self'", `script-src 'sha256-${hash}'`).replace(/;\s*frame-ancestors [^;]*/, '');
    const strict = await browser.newPage();
    const reports: string[] = [];
    strict.on('console', (msg) => {
      if (msg.type() === 'error') reports.push(msg.text());
    });
    try {
      await strict.setContent(`<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body></body></html>`);
      await strict.addScriptTag({ content: bundleText });
      const hostile = `${fixture('web.html')}<base href="https://evil.example/"><img src=x onerror=alert(1)><p onclick="x()">words</p><svg><a onmouseover="y()">svg link</a></svg>`;
      const out = await strict.evaluate((input) => (window as unknown as { paste: { cleanPastedHtml(h: string): string } }).paste.cleanPastedHtml(input), hostile);
      await strict.waitForTimeout(100);
      expect(out).toContain('words');
      expect(out).not.toMatch(/\son\w+=/i);
      expect(reports, reports.join('\n')).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});
