// A library of 5,000 articles: the list keeps only the rows in view in the DOM, and the keyboard
// (End, PageUp, Home, arrows, Enter) and the scroll bar still reach and open every article.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src-main/store/index';
import { launch, resultsDir, waitFor, type Harness } from './support/harness';

const COUNT = 5000;
const CLAIMS = 600;
const CLAIMS_TITLE = 'A briefing with six hundred statements';
/** The dispatches and the briefing. */
const TOTAL = COUNT + 1;
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
      // One article whose reader lists 600 claims, one per sentence.
      const sentences = Array.from({ length: CLAIMS }, (_, i) => `Statement ${i + 1} was read out at the briefing.`);
      const text = sentences.join(' ');
      const article = store.articles.insert({
        title: CLAIMS_TITLE,
        outlet: 'Harbor Wire',
        author: null,
        published: '2024-02-01',
        language: 'en',
        sourceName: 'briefing.txt',
        text,
        contentHash: 'virtual-claims',
      });
      let at = 0;
      store.claims.insertMany(
        article.id,
        sentences.map((sentence) => {
          const start = text.indexOf(sentence, at);
          at = start + sentence.length;
          return { kind: 'direct' as const, text: sentence, speaker: 'A spokesperson', start, end: start + sentence.length };
        }),
      );
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
    await waitFor('the library count', async () => (await page.locator('.library .count').textContent()) === String(TOTAL));
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
    expect(await page.locator('.article-row[aria-selected=true]').getAttribute('aria-posinset')).toBe(String(TOTAL));
    await readerShows(last ?? '');
    expect(await list.getAttribute('aria-activedescendant')).toBe(await page.locator('.article-row[aria-selected=true]').getAttribute('id'));
    expect(await rows.count()).toBeLessThan(80);
    await page.screenshot({ path: join(resultsDir, 'library-virtual-end.png') });

    // PageUp moves a page of rows; the selected row stays on screen.
    await page.keyboard.press('PageUp');
    const pos = Number(await page.locator('.article-row[aria-selected=true]').getAttribute('aria-posinset'));
    expect(pos).toBeLessThan(TOTAL - 3);
    expect(pos).toBeGreaterThan(TOTAL - 40);
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
    const lastRow = page.locator(`.article-row[aria-posinset="${TOTAL}"]`);
    await lastRow.waitFor();
    await lastRow.click();
    await readerShows(last ?? '');
    expect(await lastRow.getAttribute('aria-selected')).toBe('true');
    expect(await rows.count()).toBeLessThan(80);
    await page.screenshot({ path: join(resultsDir, 'library-virtual-scrolled.png') });
    expect(h.pageErrors).toEqual([]);
  });

  it('lists an article’s 600 claims with only the rows in view, and the keyboard reaches the last', async () => {
    const { page } = h;
    // The newest article heads the library: Home reaches it from anywhere.
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Home');
    await page.locator('.reader-title', { hasText: CLAIMS_TITLE }).waitFor();
    const list = page.getByRole('listbox', { name: 'Claims in this article' });
    await list.locator('.claim-row').first().waitFor();
    expect(await page.locator('.claims-head').textContent()).toContain(String(CLAIMS));
    const rows = list.locator('.claim-row');
    expect(await rows.count()).toBeLessThan(80);

    await rows.first().click();
    await page.keyboard.press('End');
    const last = list.locator('.claim-row[aria-selected=true]');
    await waitFor('the last claim selected', async () => ((await last.textContent()) ?? '').includes(`Statement ${CLAIMS} was`));
    await page.locator(`mark.claim.active`, { hasText: `Statement ${CLAIMS} was` }).waitFor();
    const box = await last.boundingBox();
    const listBox = await list.boundingBox();
    expect(box && listBox && box.y >= listBox.y - 1 && box.y + box.height <= listBox.y + listBox.height + 1).toBe(true);
    expect(await rows.count()).toBeLessThan(80);
    await page.keyboard.press('ArrowUp');
    await waitFor('one up', async () => ((await last.textContent()) ?? '').includes(`Statement ${CLAIMS - 1} was`));
    await page.keyboard.press('Home');
    await waitFor('the first claim selected', async () => ((await last.textContent()) ?? '').includes('Statement 1 was'));
    await page.screenshot({ path: join(resultsDir, 'reader-claims-virtual.png') });
    expect(h.pageErrors).toEqual([]);
  });
});
