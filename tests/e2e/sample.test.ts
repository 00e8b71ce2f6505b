// First start: an empty store offers the sample notebook; opening it shows a note with chips.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resultsDir, type Harness } from './support/harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('sample notebook', () => {
  it('offers the sample on an empty store and opens its brief', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.getByRole('heading', { name: 'Welcome to Quire' }).waitFor();
    await page.getByRole('button', { name: 'Open the sample notebook' }).click();

    const chips = page.locator('.editor .citation-chip:not(.loading)');
    await chips.first().waitFor();
    expect(await chips.count()).toBeGreaterThan(1);
    expect(await page.locator('.editor .citation-chip.broken').count()).toBe(0);
    expect(await page.getByLabel('Note title').inputValue()).not.toBe('');
    expect(await page.locator('.article-row').count()).toBeGreaterThanOrEqual(3);
    // The welcome is gone once there is something in the store.
    expect(await page.getByRole('heading', { name: 'Welcome to Quire' }).count()).toBe(0);

    await page.screenshot({ path: join(resultsDir, 'sample.png') });
    expect(h.offHost).toEqual([]);
  });
});
