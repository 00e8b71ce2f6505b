// Bulk import through the UI: 1,000 files with a progress bar while the app stays usable (the
// palette opens, an article opens), a report listing every file, and Cancel on a second batch.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resultsDir, waitFor, type Harness } from './support/harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

function makeFiles(folder: string, from: number, count: number): string[] {
  mkdirSync(folder, { recursive: true });
  const who = ['Anna Berg', 'Tomas Keller', 'Lena Novak', 'Omar Haddad'];
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const path = join(folder, `dispatch-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(
      path,
      `Harbour dispatch ${i}\n\nThe port authority met on day ${i} to review berth ${i * 7}. “Berth ${i} reopens next week,” said ${who[i % 4]}.\n\nOfficials said cargo line ${i * 3} was delayed.\n`,
    );
    return path;
  });
}

describe('bulk import', () => {
  it('imports 1,000 files with progress, stays responsive, reports every file, and cancels', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.getByRole('heading', { name: 'Welcome to Quire' }).waitFor();
    const files = makeFiles(join(h.dir, 'batch1'), 0, 1000);

    await page.locator('input[type=file]').setInputFiles(files);
    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    await waitFor('some files done', async () => {
      const now = Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));
      return now >= 20 && now < 1000;
    }, 60_000);
    await page.screenshot({ path: join(resultsDir, 'import-progress.png') });

    // The UI answers while the import runs: the palette opens with the progress bar on screen.
    const started = Date.now();
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await progress.isVisible()).toBe(true);
    expect(await palette.getByRole('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Cancel the import')]));
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });

    // Articles appear while it runs, and one can be opened and read.
    const row = page.locator('.article-row').first();
    await row.waitFor({ timeout: 10_000 });
    await row.click();
    await page.locator('.reader-title').waitFor({ timeout: 5000 });
    expect(await progress.isVisible()).toBe(true);

    // The report: 1,000 imported, every file listed.
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 240_000 });
    expect(await summary.textContent()).toContain('1,000 articles imported');
    await summary.getByRole('button', { name: 'Report' }).click();
    const report = page.getByRole('dialog', { name: 'Import report' });
    await report.waitFor();
    expect(await report.locator('.import-line[data-status="imported"]').count()).toBe(1000);
    await page.screenshot({ path: join(resultsDir, 'import-report.png') });
    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'detached' });
    await waitFor('1,000 articles listed', async () => (await page.locator('.library .count').textContent()) === '1000', 15_000);

    // A second batch (with 5 files of the first among them), cancelled part way.
    const second = [...files.slice(0, 5), ...makeFiles(join(h.dir, 'batch2'), 1000, 400)];
    await page.locator('input[type=file]').setInputFiles(second);
    await progress.waitFor();
    await waitFor('a few done', async () => Number(await page.getByRole('progressbar').getAttribute('aria-valuenow')) >= 30, 60_000);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await summary.waitFor({ timeout: 60_000 });
    const text = (await summary.textContent()) ?? '';
    expect(text).toMatch(/5 duplicates/);
    expect(text).toMatch(/not started \(cancelled\)/);
    const imported = Number(/([\d,]+) articles? imported/.exec(text)?.[1]?.replace(/,/g, ''));
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(400);
    await waitFor('articles after cancel', async () => (await page.locator('.library .count').textContent()) === String(1000 + imported), 15_000);

    // The report is reachable again from the palette.
    await summary.getByRole('button', { name: 'Dismiss import summary' }).click();
    await page.keyboard.press('Control+K');
    await page.keyboard.type('import report');
    await page.keyboard.press('Enter');
    await report.waitFor();
    expect(await report.locator('.import-line[data-status="duplicate"]').count()).toBe(5);
    expect(await report.locator('.import-line[data-status="duplicate"]').first().textContent()).toMatch(/duplicate of “Harbour dispatch \d+” \(article \d+\)/);
    expect(h.offHost).toEqual([]);
  }, 400_000);
});
