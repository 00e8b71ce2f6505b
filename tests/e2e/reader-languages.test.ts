// Paragraph languages in the reader, in Chromium: a Russian briefing holding an English statement
// and a Ukrainian notice (written for the tests) shows each paragraph with its own `lang`, a margin
// label where it leaves the article's language, and the other languages in the article's details.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const FILE = join(repoRoot, 'tests', 'fixtures', 'ru', 'briefing-mixed.txt');

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('paragraph languages in the reader', () => {
  it('labels the English and Ukrainian paragraphs of a Russian article', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles([FILE]);
    await waitFor('the article', async () => (await page.locator('.article-row').count()) === 1);
    await page.locator('.article-row').first().click();
    await page.locator('.reader-title', { hasText: 'Брифинг о работе консульства' }).waitFor();

    expect(await page.locator('.reader-article').getAttribute('lang')).toBe('ru');
    const english = page.locator('.reader-p[lang="en"]');
    await expect.poll(() => english.count()).toBe(1);
    expect(await english.innerText()).toMatch(/^The Veldrian foreign ministry said/);
    expect(await english.getAttribute('data-language')).toBe('EN');
    // The label is drawn by CSS beside the paragraph: the text (and every offset) is unchanged.
    expect(await english.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"EN"');
    expect(await page.locator('.reader-p[lang="uk"]').getAttribute('data-language')).toBe('UK');
    expect(await page.locator('.reader-p[lang="ru"]:not([data-language])').count()).toBeGreaterThanOrEqual(3);
    expect((await page.locator('.meta-languages').innerText()).trim()).toBe('(also English in 1 paragraph, Ukrainian in 1 paragraph)');
    await english.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'reader-languages.png') });
  });
});
