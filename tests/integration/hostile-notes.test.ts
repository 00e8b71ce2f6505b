// Hostile content in notes, article metadata and speaker names, through the service on a real
// SQLite file: links that would run code are never stored or exported, and every export keeps
// every payload as text (the HTML export is parsed: no script, no handler, no foreign resource).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedNote } from '../../src-main/api/contract/methods';
import { isSafeLinkUrl } from '../../src-main/core/text/links';
import { claimCitation, lexical, openHarness, paragraph, text, type Harness } from './service-helpers';

const XSS = join(import.meta.dirname, '..', 'fixtures', 'xss');
const PAYLOADS = readFileSync(join(XSS, 'payloads.txt'), 'utf8').split('\n').filter(Boolean);
const UNSAFE_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'blob:https://x.example/1',
  '//xss.example/x',
  '/relative',
  'https://x.example/a b',
  'https://x.example/\u0000',
  '',
];

const link = (url: string, label: string): Record<string, unknown> => ({
  type: 'link',
  version: 1,
  url,
  rel: null,
  target: null,
  title: null,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: [text(label)],
});

let h: Harness;
let note: SavedNote;

/** Every link URL in a Lexical JSON tree. */
function linkUrls(content: string): string[] {
  const urls: string[] = [];
  const walk = (node: Record<string, unknown>): void => {
    if (node.type === 'link' && typeof node.url === 'string') urls.push(node.url);
    for (const child of (node.children as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk((JSON.parse(content) as { root: Record<string, unknown> }).root);
  return urls;
}

beforeAll(async () => {
  h = openHarness();
  const imported = await h.call('articles.import', { fileName: 'hostile-article.html', data: readFileSync(join(XSS, 'hostile-article.html')).toString('base64') });
  const [first, second] = await h.call('claims.list', { articleId: imported.article.id });
  expect(first && second).toBeTruthy();
  await h.call('articles.update', { id: imported.article.id, title: PAYLOADS[0] ?? 'x', outlet: PAYLOADS[6] ?? 'x', author: PAYLOADS[17] ?? 'x' });
  await h.call('claims.update', { id: first?.id ?? 0, speaker: PAYLOADS[13] ?? 'x', status: 'confirmed' });
  await h.call('claims.update', { id: second?.id ?? 0, speaker: PAYLOADS[21] ?? 'x' });
  const created = await h.call('notes.create', { title: PAYLOADS[1] ?? 'x' });
  const blocks = PAYLOADS.map((p, i) => paragraph(text(p), ...(i % 10 === 0 ? [claimCitation(first?.id ?? 0)] : [])));
  blocks.push(paragraph(...UNSAFE_URLS.map((u, i) => link(u, `unsafe ${i}`)), link('https://example.org/ok', 'safe web'), link('mailto:desk@example.org', 'safe mail')));
  blocks.push(paragraph(text('second citation'), claimCitation(second?.id ?? 0)));
  note = await h.call('notes.save', { id: created.id, title: PAYLOADS[1] ?? 'x', content: lexical(...blocks) });
}, 60_000);

afterAll(() => h?.dispose());

describe('link targets', () => {
  it('only web and mail addresses are safe', () => {
    for (const url of UNSAFE_URLS) expect(isSafeLinkUrl(url), JSON.stringify(url)).toBe(false);
    for (const url of ['https://example.org/', 'http://example.org/a?b=c#d', ' HTTPS://EXAMPLE.ORG ', 'mailto:a@example.org']) expect(isSafeLinkUrl(url), url).toBe(true);
  });

  it('Markdown import keeps the text of a javascript:, data: or relative link, never the link', async () => {
    const imported = await h.call('notes.importMarkdown', { markdown: readFileSync(join(XSS, 'hostile-note.md'), 'utf8') });
    const urls = linkUrls(imported.content);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every(isSafeLinkUrl)).toBe(true);
    expect(imported.text).toContain('statement');
    expect(imported.text).toContain('annex');
    expect(imported.text).toContain("<script>alert('md-entity')</script>");
  });
});

describe('exports of a note full of payloads', () => {
  it('Markdown: payloads escaped, no link but web and mail', async () => {
    const file = await h.call('export.note', { id: note.id, format: 'md', appendix: true });
    expect(file.content).not.toMatch(/\]\(\s*(javascript|vbscript|data|file|blob):/i);
    expect(file.content).not.toMatch(/(^|[^\\])<(script|img|svg|iframe|a |object|embed|meta|style|link|base)/im);
    expect(file.content).toContain('](https://example.org/ok)');
    expect(file.content).toContain('unsafe 0');
  });

  it('HTML: no script, no handler, no foreign resource, every payload shown as text', async () => {
    const file = await h.call('export.note', { id: note.id, format: 'html', appendix: true });
    const { document } = parseHTML(file.content);
    expect(document.querySelectorAll('script, iframe, object, embed, svg, math, img, base, link, form, input, video, audio, template, noscript').length).toBe(0);
    expect(document.querySelectorAll('meta[http-equiv="refresh"]').length).toBe(0);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
        if (attr.name === 'href') expect(isSafeLinkUrl(attr.value) || attr.value.startsWith('#'), attr.value).toBe(true);
        if (attr.name === 'style') expect(attr.value).not.toMatch(/url\(|expression/i);
      }
    }
    const shown = document.body.textContent ?? '';
    for (const payload of PAYLOADS) expect(shown, payload).toContain(payload);
    expect(document.title).toBe(PAYLOADS[1]);
  });

  it('DOCX: hyperlinks only to web and mail addresses', async () => {
    const file = await h.call('export.note', { id: note.id, format: 'docx' });
    const zip = await JSZip.loadAsync(Buffer.from(file.content, 'base64'));
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    const targets = [...rels.matchAll(/TargetMode="External"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1] ?? m[2] ?? '');
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(isSafeLinkUrl(t.replace(/&amp;/g, '&')), t).toBe(true);
  });
});
