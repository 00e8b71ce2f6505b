// Paste from Word and a web page into a note: a real paste event carrying text/html reaches the
// editor; what is stored keeps headings, lists, quotes, bold/italic/underline/strike and web
// links, and nothing else (no styles, images, scripts, javascript: links or Word markup).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const fixture = (name: string): string => readFileSync(join(repoRoot, 'tests', 'fixtures', 'paste', name), 'utf8');

interface NoteLite {
  id: number;
  title: string;
  content: string;
}
interface SerializedNode {
  type: string;
  format?: number | string;
  text?: string;
  url?: string;
  tag?: string;
  listType?: string;
  children?: SerializedNode[];
}

/** Every node of a saved note, depth first. */
function nodesOf(content: string): SerializedNode[] {
  const out: SerializedNode[] = [];
  const walk = (n: SerializedNode): void => {
    out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk((JSON.parse(content) as { root: SerializedNode }).root);
  return out;
}

const ALLOWED_TYPES = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'text', 'linebreak']);
const BOLD = 1;
const ITALIC = 2;
const STRIKE = 4;
const UNDERLINE = 8;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

/** Dispatches a paste event with a DataTransfer holding `html` (and its text) on the editor. */
async function paste(html: string): Promise<void> {
  await h.page.locator('.editor').evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData('text/html', data);
    // The plain-text flavour a browser would add; parsing the hostile HTML here would itself
    // put its handlers in a DOM, which the test must not do.
    dt.setData('text/plain', data.replace(/<[^>]*>/g, ' '));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
}

/**
 * The note of this title once its autosave has stored `holding` (the status may still read "Saved"
 * from the save before the paste when a loaded machine is slow to start the next one).
 */
async function savedNote(title: string, holding: string): Promise<NoteLite> {
  return waitFor(`the note “${title}” stored with “${holding}”`, async () => {
    const list = await h.api<{ id: number; title: string }[]>('notes.list', {});
    const id = list.find((n) => n.title === title)?.id;
    if (id === undefined) return null;
    const note = await h.api<NoteLite>('notes.get', { id });
    return note.content.includes(holding) ? note : null;
  });
}

describe('pasting into a note', () => {
  it('keeps Word’s headings, lists, formatting and links and drops its markup', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.getByRole('heading', { name: 'Welcome to Quire' }).waitFor();
    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('From Word');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('Before.');
    await page.keyboard.press('Enter');
    await paste(fixture('word.html'));
    await h.saved();

    const editor = page.locator('.editor');
    await waitFor('the pasted heading', async () => (await editor.locator('h1').allTextContents()).join() === 'Briefing on the talks');
    expect(await editor.locator('ul > li').first().textContent()).toContain('First point');
    expect(await editor.locator('ol > li').count()).toBe(2);
    expect(await editor.locator('a').getAttribute('href')).toBe('https://example.org/statement');
    const html = await editor.innerHTML();
    expect(html).not.toMatch(/mso|o:p|<img|file:|Symbol|style="(?!.*(?:padding|margin|text-align))/);
    await page.screenshot({ path: join(resultsDir, 'notebook-paste-word.png') });

    const nodes = nodesOf((await savedNote('From Word', 'Briefing on the talks')).content);
    expect(nodes.filter((n) => !ALLOWED_TYPES.has(n.type))).toEqual([]);
    const text = (t: string): SerializedNode | undefined => nodes.find((n) => n.type === 'text' && n.text?.includes(t));
    expect(Number(text('Tuesday')?.format) & BOLD).toBe(BOLD);
    expect(Number(text('inconclusive')?.format) & ITALIC).toBe(ITALIC);
    expect(Number(text('spokesperson')?.format) & UNDERLINE).toBe(UNDERLINE);
    expect(Number(text('struck')?.format) & STRIKE).toBe(STRIKE);
    expect(nodes.find((n) => n.type === 'heading')?.tag).toBe('h1');
    expect(nodes.filter((n) => n.type === 'list').map((n) => n.listType)).toEqual(['bullet', 'bullet', 'number']);
    expect(nodes.find((n) => n.type === 'quote')).toBeTruthy();
    expect(nodes.filter((n) => n.type === 'link').map((n) => n.url)).toEqual(['https://example.org/statement']);
    const all = nodes.map((n) => n.text ?? '').join(' ');
    expect(all).toContain('Before.');
    expect(all).not.toMatch(/·|mso|clip_image/);
    // Styles never reach the stored note.
    expect(nodes.every((n) => !('style' in n) || (n as { style?: string }).style === '')).toBe(true);

    // The paste is one undo step.
    await page.keyboard.press('Control+Z');
    await waitFor('the paste undone', async () => (await editor.locator('h1').count()) === 0);
    expect(await editor.textContent()).toBe('Before.');
  });

  it('drops a web page’s scripts, handlers, images and javascript: links', async () => {
    const { page } = h;
    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('From the web');
    await page.getByLabel('Note title').press('Enter');
    await page.evaluate(() => {
      (window as unknown as { stolen?: string }).stolen = undefined;
    });
    await paste(fixture('web.html'));
    await h.saved();
    const editor = page.locator('.editor');
    await waitFor('the pasted list', async () => (await editor.locator('ul > li').count()) === 2);
    expect(await editor.locator('img, svg, script, iframe, input, button').count()).toBe(0);
    expect(await editor.locator('b, strong, .ed-bold').first().textContent()).toBe('rejected');
    expect(await page.evaluate(() => (window as unknown as { stolen?: string }).stolen)).toBeUndefined();
    await page.screenshot({ path: join(resultsDir, 'notebook-paste-web.png') });

    const nodes = nodesOf((await savedNote('From the web', 'read more')).content);
    expect(nodes.filter((n) => !ALLOWED_TYPES.has(n.type))).toEqual([]);
    expect(nodes.filter((n) => n.type === 'link').map((n) => n.url)).toEqual(['mailto:desk@example.org', 'http://example.com/page?a=1&b=2']);
    const all = nodes.map((n) => n.text ?? '').join(' ');
    expect(all).toContain('read more');
    expect(all).not.toMatch(/cookie|alert|svg words|typed/);
    expect(Number(nodes.find((n) => n.text === 'bold by style')?.format) & BOLD).toBe(BOLD);

    // Plain text alone keeps the editor's own handling.
    await h.page.locator('.editor').evaluate((el) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'Plain words pasted.');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await waitFor('plain text pasted', async () => ((await editor.textContent()) ?? '').includes('Plain words pasted.'));

    expect(h.pageErrors).toEqual([]);
    expect(h.offHost).toEqual([]);
  });
});
