/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Annotations in Chromium: a legend tag with a colour, select words → highlight in that colour →
// comment in the margin → cite the annotation into a note (the citation resolves to exactly those
// words) → Find anything with the tag filter finds it → delete and undo → a reload keeps it all.
// Then carrying annotations to a near-duplicate lists the one that no longer matches as orphaned.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, resultsDir, waitFor, type Harness } from '../../e2e/support/harness';
import { CORPUS_DIR } from '../shared';

const ARTICLE = join(CORPUS_DIR, '002_72e9264fc770830b.txt');
const COMMENT = 'Needs a second source before the brief';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

/**
 * Selects words in the reader: in the `nth` text piece (outside claims and highlights) longer than
 * 80 characters, from its start to the first space after 30 characters. Returns the words.
 */
async function selectWords(page: Page, nth: number): Promise<string> {
  return page.evaluate((n) => {
    const root = document.getElementById('reader-text');
    if (!root) throw new Error('no reader');
    const walker = document.createTreeWalker(root.querySelector('.reader-article') as Node, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent?.closest('.reader-p') || parent.closest('mark, .anno') || text.length < 80 || /^\s/.test(text)) continue;
      if (seen++ < n) continue;
      const end = text.indexOf(' ', 30);
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, end);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      return text.slice(0, end);
    }
    throw new Error('no text piece to select');
  }, nth);
}

interface NoteLite {
  id: number;
  citations: { ref: { kind: string; articleId?: number; start?: number; end?: number }; quote: string | null; broken: boolean }[];
}

describe('annotations in the reader', () => {
  it('highlight with a tag colour and a comment, cite it, find it by tag, undo a delete, and keep it all across a reload', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').first().setInputFiles(ARTICLE);
    await page.locator('.article-row').first().click();
    await page.locator('.reader-p').first().waitFor();

    // The legend: a tag bound to green, from the command palette.
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox').first().fill('tag legend');
    await page.keyboard.press('Enter');
    const legend = page.getByRole('dialog', { name: 'Tag legend' });
    await legend.getByLabel('New tag name').fill('Evidence');
    await legend.getByRole('radiogroup', { name: 'Colour of the new tag' }).getByRole('radio', { name: 'green' }).click();
    await legend.getByRole('button', { name: 'Add tag' }).click();
    await legend.locator('.legend-row[data-tag="Evidence"]').waitFor();
    await page.screenshot({ path: join(resultsDir, 'annotations-legend.png') });
    await legend.getByRole('button', { name: 'Done' }).click();

    // Select words → the toolbar → the Evidence chip highlights them in green.
    const words = await selectWords(page, 1);
    const toolbar = page.getByRole('dialog', { name: 'Annotate the selection' });
    await toolbar.waitFor();
    await page.screenshot({ path: join(resultsDir, 'annotations-toolbar.png') });
    await toolbar.getByRole('button', { name: 'Evidence' }).click();
    const mark = page.locator('span.anno', { hasText: words });
    await mark.waitFor();
    expect(await mark.innerText()).toBe(words);
    const green = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--anno-green-bg').trim());
    expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      await page.evaluate((c) => {
        const probe = document.createElement('span');
        probe.style.backgroundColor = c;
        document.body.append(probe);
        const value = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return value;
      }, green),
    );

    // The margin shows it; a comment is added there.
    const card = page.locator('.anno-card').first();
    await card.locator('.anno-chip', { hasText: 'Evidence' }).waitFor();
    await card.getByRole('button', { name: 'Comment' }).click();
    await card.getByLabel('Edit comment').fill(COMMENT);
    await card.getByLabel('Edit comment').press('Enter');
    await card.locator('.anno-comment', { hasText: COMMENT }).waitFor();

    // A second highlight from the keyboard (H), to delete and bring back.
    await page.locator('#reader-text').focus();
    const other = await selectWords(page, 2);
    await page.keyboard.press('h');
    await page.locator('span.anno', { hasText: other }).waitFor();
    // And one with a comment from the keyboard (C, type, Enter).
    const third = await selectWords(page, 3);
    await page.keyboard.press('c');
    await page.getByLabel('Comment', { exact: true }).fill('Typed from the keyboard');
    await page.keyboard.press('Enter');
    await page.locator('span.anno', { hasText: third }).waitFor();
    await page.locator('.anno-card .anno-comment', { hasText: 'Typed from the keyboard' }).waitFor();
    await mark.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'annotations-margin.png') });

    // Cite the first annotation: a new note holds a citation of exactly those words.
    await card.getByRole('button', { name: 'Cite' }).click();
    await page.locator('.notebook .citation').first().waitFor();
    await h.saved();
    const notes = await h.api<{ id: number }[]>('notes.list', {});
    const note = await h.api<NoteLite>('notes.get', { id: notes[0]?.id });
    expect(note.citations).toHaveLength(1);
    expect(note.citations[0]).toMatchObject({ quote: words, broken: false, ref: { kind: 'article' } });
    const article = await h.api<{ id: number; text: string }>('articles.get', { id: note.citations[0]?.ref.articleId });
    expect(article.text.slice(note.citations[0]?.ref.start, note.citations[0]?.ref.end)).toBe(words);
    const cited = await h.api<{ annotation: { comment: string; tags: string[] } }[]>('annotations.cited', { noteId: note.id });
    expect(cited.map((c) => c.annotation)).toMatchObject([{ comment: COMMENT, tags: ['Evidence'] }]);
    await page.screenshot({ path: join(resultsDir, 'annotations-cited.png') });

    // Delete the second highlight, then Undo.
    const secondCard = page.locator('.anno-card', { hasText: other.slice(0, 20) });
    await secondCard.getByRole('button', { name: /Delete annotation/ }).click();
    await waitFor('the highlight to go', async () => (await page.locator('span.anno', { hasText: other }).count()) === 0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.locator('span.anno', { hasText: other }).waitFor();

    // Find anything, narrowed to the tag: the annotation, with its tag; Enter opens it in place.
    await page.keyboard.press('Control+Shift+F');
    const find = page.getByRole('dialog', { name: 'Find anything' });
    await find.getByLabel('Find', { exact: true }).fill('second source');
    await find.getByLabel('Tag').fill('Evidence');
    const hit = find.locator('.find-hit.find-annotation');
    await hit.waitFor();
    expect(await find.locator('.find-hit').count()).toBe(1);
    expect(await hit.locator('.find-tags').innerText()).toBe('Evidence');
    expect(await hit.locator('.find-snippet mark').allInnerTexts()).toEqual(['second', 'source']);
    await find.getByLabel('Tag').fill('Unrelated');
    await find.getByText('Nothing found').waitFor();
    await find.getByLabel('Tag').fill('Evidence');
    await hit.waitFor();
    await page.screenshot({ path: join(resultsDir, 'annotations-find.png') });
    await find.getByLabel('Find', { exact: true }).press('Enter');
    await page.locator('span.anno.active', { hasText: words }).waitFor();

    // A reload keeps the highlights, the comment, the tag colour and the citation.
    await page.reload();
    await page.locator('.article-row').first().click();
    await page.locator('span.anno', { hasText: words }).waitFor();
    await page.locator('span.anno', { hasText: other }).waitFor();
    await page.locator('.anno-card .anno-comment', { hasText: COMMENT }).waitFor();
    await page.locator('.notebook .citation').first().waitFor();
    expect(await page.locator('.notebook .citation.broken, .notebook [data-broken="true"]').count()).toBe(0);
    // Clicking the citation opens the reader marked at exactly the cited words.
    await page.locator('#reader-text').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator('.notebook .citation').first().click();
    await page.waitForFunction(() => CSS.highlights.has('quire-jump'));
    const marked = await page.evaluate(() => [...(CSS.highlights.get('quire-jump') ?? [])].map((r) => r.toString()).join(''));
    expect(marked).toBe(words);
    await page.screenshot({ path: join(resultsDir, 'annotations-reload.png') });
    expect(h.offHost).toEqual([]);
  });

  it('carries annotations to a near-duplicate and lists the one that no longer matches as orphaned', async () => {
    const { page } = h;
    const [source] = await h.api<{ id: number }[]>('articles.list', {});
    const text = (await h.api<{ text: string }>('articles.get', { id: source?.id })).text;
    const mine = await h.api<{ start: number; end: number; quote: string }[]>('annotations.list', { articleId: source?.id });
    const first = mine[0];
    if (!source || !first) throw new Error('no annotation from the first test');
    // A reprint whose first annotated passage lost its opening word; everything else kept.
    const cut = text.indexOf(' ', first.start) + 1;
    const reprint = `${text.slice(0, first.start)}${text.slice(cut)}`;
    const copy = await h.api<{ article: { id: number } }>('articles.importPaste', { text: reprint });

    await page.reload();
    await page.locator(`.article-row`).nth(1).click();
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox').first().fill('carry annotations');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Carry annotations over' }).getByRole('button', { name: 'Carry here' }).first().click();
    await page.getByRole('status').filter({ hasText: /2 carried .* 1 orphaned/ }).waitFor();

    const orphans = await h.api<{ quote: string; orphanReason: string }[]>('annotations.orphans', { articleId: copy.article.id });
    expect(orphans).toMatchObject([{ quote: first.quote, orphanReason: 'quote_missing' }]);
    await page.locator('.article-row').first().click();
    const list = page.getByRole('region', { name: 'Orphaned annotations' });
    await list.locator('.anno-orphan-quote', { hasText: first.quote }).waitFor();
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'annotations-orphans.png') });
    // The other highlights came along, in place.
    expect(await page.locator('span.anno').count()).toBeGreaterThan(0);

    // The analyst re-attaches the orphan to words of their choosing.
    const chosen = await selectWords(page, 0);
    await list.getByRole('button', { name: 'Attach to selection' }).click();
    await page.locator('span.anno', { hasText: chosen }).waitFor();
    await waitFor('the orphan list to go', async () => (await page.getByRole('region', { name: 'Orphaned annotations' }).count()) === 0);
    expect(await h.api<unknown[]>('annotations.orphans', { articleId: copy.article.id })).toEqual([]);
  });
});
