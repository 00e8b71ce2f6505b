// The import report lists each article's metadata with its source and what is missing; a missing
// field is filled there with the keyboard alone, stored as the analyst's, and the reader shows
// where every value came from.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, type Harness } from './support/harness';

const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'ingest');
const WIRE = 'Harbour pilots strike over night shifts';
const FERRY = 'Ferry operator cuts winter timetable';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('metadata at import', () => {
  it('shows found and missing fields, fills one from the keyboard, and the reader names the sources', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles(['wire-reuters.txt', 'byline-dates.md'].map((f) => join(FIXTURES, f)));
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    await summary.getByRole('button', { name: 'Report' }).focus();
    await page.keyboard.press('Enter');
    const report = page.getByRole('dialog', { name: 'Import report' });
    await report.waitFor();

    const wire = report.locator('.import-line', { hasText: WIRE });
    expect(await wire.locator('[data-field="outlet"]').textContent()).toContain('Reuters');
    expect(await wire.locator('[data-field="outlet"]').getAttribute('data-source')).toBe('byline');
    expect(await wire.locator('[data-field="published"]').textContent()).toContain('2018-03-29');

    // The ferry story names no outlet: offered, filled with the keyboard, stored as the analyst's.
    const ferry = report.locator('.import-line', { hasText: FERRY });
    expect(await ferry.locator('.import-meta-missing').textContent()).toContain('add outlet');
    await ferry.locator('[data-fill="outlet"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Island Gazette');
    await page.keyboard.press('Enter');
    const filled = ferry.locator('[data-field="outlet"]');
    await filled.waitFor();
    expect(await filled.textContent()).toContain('Island Gazette');
    expect(await filled.getAttribute('data-source')).toBe('analyst');
    expect(await ferry.locator('.import-meta-missing').textContent()).not.toContain('add outlet');
    await page.screenshot({ path: join(resultsDir, 'import-metadata.png') });
    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'detached' });

    // The reader: each value says where it came from.
    await page.getByRole('option', { name: new RegExp(FERRY) }).click();
    await page.locator('.reader-title', { hasText: FERRY }).waitFor();
    const outlet = page.locator('.reader-meta .meta-outlet');
    expect(await outlet.textContent()).toBe('Island Gazette');
    expect(await outlet.getAttribute('title')).toContain('from the analyst');
    expect(await page.locator('.reader-meta .meta-author').getAttribute('title')).toContain('from the byline');
    expect(await page.locator('.reader-meta .meta-updated').textContent()).toBe('2018-09-28');
  });
});
