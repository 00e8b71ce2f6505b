// A library of 5,000 articles: the list keeps only the rows in view in the DOM, and the keyboard
// (End, PageUp, Home, arrows, Enter) and the scroll bar still reach and open every article.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src-main/store/index';
import { launch, resultsDir, waitFor, type Harness } from './support/harness';

const COUNT = 5000;
const OUTLETS = ['Harbor Wire', 'Morning Ledger', 'Capital Courier'];
const title = (i: number): string => `Dispatch ${String(i).padStart(5, '0')} on the harbour talks`;

let h: Harness;

beforeAll(async () => {
  h = await launch();
  // Written straight into the host's database (a second connection; WAL) before the page loads.
  const store = Store.open(join(h.dir, 'quire.sqlite'));
  try {
    store.transaction(() => {
      for (let i = 1; i <= COUNT; i++) {
        store.articles.insert({
          title: title(i),
          outlet: OUTLETS[i % OUTLETS.length] ?? null,
          author: null,
          published: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
          language: 'en',
          sourceName: `dispatch-${i}.txt`,
          text: `Dispatch number ${i}. The delegation met again in the harbour town and talks went on late.`,
          contentHash: `virtual-list-${i}`,
        });
      }
    });
  } finally {
    store.close();
  }
});

afterAll(async () => {
  await h?.close();
});

describe('a long library', () => {
  it('renders only the rows in view and still reaches and opens the last article', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    const list = page.getByRole('listbox', { name: 'Articles' });
    await waitFor('the library count', async () => (await page.locator('.library .count').textContent()) === String(COUNT));
    const rows = page.locator('.article-row');
    const inDom = await rows.count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(80);

    const topTitle = await page.locator('.article-row[aria-posinset="1"] .article-title').textContent();
    const selectedTitle = (): Promise<string | null> => page.locator('.article-row[aria-selected=true] .article-title').textContent();
    const readerShows = (t: string): Promise<void> => page.locator('.reader-title', { hasText: t }).waitFor();

    // Keyboard: focus the list, End reaches the last article, which opens in the reader.
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Home');
    const first = await selectedTitle();
    expect(first).toBe(topTitle);
    await page.keyboard.press('End');
    const last = await selectedTitle();
    expect(await page.locator('.article-row[aria-selected=true]').getAttribute('aria-posinset')).toBe(String(COUNT));
    await readerShows(last ?? '');
    expect(await list.getAttribute('aria-activedescendant')).toBe(await page.locator('.article-row[aria-selected=true]').getAttribute('id'));
    expect(await rows.count()).toBeLessThan(80);
    await page.screenshot({ path: join(resultsDir, 'library-virtual-end.png') });

    // PageUp moves a page of rows; the selected row stays on screen.
    await page.keyboard.press('PageUp');
    const pos = Number(await page.locator('.article-row[aria-selected=true]').getAttribute('aria-posinset'));
    expect(pos).toBeLessThan(COUNT - 3);
    expect(pos).toBeGreaterThan(COUNT - 40);
    const box = await page.locator('.article-row[aria-selected=true]').boundingBox();
    const listBox = await list.boundingBox();
    expect(box && listBox && box.y >= listBox.y - 1 && box.y + box.height <= listBox.y + listBox.height + 1).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(Number(await page.locator('.article-row[aria-selected=true]').getAttribute('aria-posinset'))).toBe(pos + 1);

    // Home goes back to the first; Enter moves on to the reader.
    await page.keyboard.press('Home');
    expect(await selectedTitle()).toBe(first);
    await readerShows(first ?? '');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader-text');

    // Scrolling the list to the bottom brings the last rows in; clicking the last opens it.
    await list.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const lastRow = page.locator(`.article-row[aria-posinset="${COUNT}"]`);
    await lastRow.waitFor();
    await lastRow.click();
    await readerShows(last ?? '');
    expect(await lastRow.getAttribute('aria-selected')).toBe('true');
    expect(await rows.count()).toBeLessThan(80);
    await page.screenshot({ path: join(resultsDir, 'library-virtual-scrolled.png') });
    expect(h.pageErrors).toEqual([]);
  });
});
