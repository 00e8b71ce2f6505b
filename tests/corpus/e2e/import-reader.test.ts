// After import, in the reader: related coverage links 002 ↔ 003, metadata edits in place
// (Enter saves, Escape cancels), "Show removed text" shows what cleaning took out, and a paste
// in "Import from clipboard" becomes an article.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resultsDir, waitFor, type Harness } from '../../e2e/support/harness';
import { CORPUS_DIR } from '../shared';

const CORPUS = CORPUS_DIR;
const A002 = 'Russia Orders Some US Diplomats to Leave';
const A003 = 'Russian diplomats told to leave US as tensions mount over Ukraine';

const PASTE = `(el) => {
  const dt = new DataTransfer();
  dt.setData('text/html', '<html><head><title>Port reopens after strike</title></head><body><article><h1>Port reopens after strike</h1><p>“It is over,” the harbour master, Anna Berg, said on Monday. The port reopened after a week of strikes, officials said.</p></article></body></html>');
  dt.setData('text/plain', 'Port reopens after strike');
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
}`;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('reader after import', () => {
  it('links related coverage, edits metadata, shows removed text and imports a paste', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles(['002_72e9264fc770830b.txt', '003_79306dbecdb1af6b.txt'].map((f) => join(CORPUS, f)));
    await waitFor('two articles', async () => (await page.locator('.article-row').count()) === 2);

    // Related coverage: 002 lists 003 and opens it.
    await page.getByRole('option', { name: new RegExp(A002) }).click();
    await page.locator('.reader-title', { hasText: A002 }).waitFor();
    const related = page.getByRole('region', { name: 'Related coverage' });
    await related.getByRole('button', { name: A003 }).click();
    await page.locator('.reader-title', { hasText: A003 }).waitFor();
    expect(await page.getByRole('region', { name: 'Related coverage' }).textContent()).toContain(A002);

    // Metadata: click the outlet, type, Enter saves (the library shows it); Escape cancels.
    await page.locator('.reader-meta .meta-outlet').click();
    const input = page.getByLabel('Edit outlet');
    await input.fill('The Guardian');
    await input.press('Enter');
    await page.locator('.reader-meta .meta-outlet', { hasText: 'The Guardian' }).waitFor();
    await page.locator('.article-row[aria-selected=true] .outlet', { hasText: 'The Guardian' }).waitFor();
    await page.locator('.reader-meta .meta-author').click();
    await page.getByLabel('Edit author').fill('Nobody');
    await page.getByLabel('Edit author').press('Escape');
    expect(await page.locator('.reader-meta .meta-author').textContent()).not.toContain('Nobody');
    await page.locator('.reader-title .meta-title').click();
    await page.getByLabel('Edit title').fill('Diplomats told to leave');
    await page.getByLabel('Edit title').press('Enter');
    await page.locator('.article-row[aria-selected=true] .article-title', { hasText: 'Diplomats told to leave' }).waitFor();

    // Show removed text: the raw text, removed parts struck; claims are not highlighted there.
    const toggle = page.getByRole('button', { name: 'Show removed text' });
    await toggle.click();
    await page.getByTestId('raw-text').waitFor();
    expect(await page.locator('del.removed-text').count()).toBeGreaterThan(0);
    expect(await page.locator('.reader-article mark.claim').count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, 'import-removed-text.png') });
    await page.getByRole('button', { name: 'Hide removed text' }).click();
    await page.locator('.reader-article mark.claim').first().waitFor();

    // Paste: Ctrl+Shift+V opens the paste area; a pasted page becomes an article.
    await page.locator('.article-list').focus();
    await page.keyboard.press('Control+Shift+V');
    const area = page.getByRole('textbox', { name: 'Paste area' });
    await area.waitFor();
    // A paste event as the browser sends it (built in the page: DataTransfer is a DOM type).
    await page.evaluate(`(${PASTE})(document.querySelector('[aria-label="Paste area"]'))`);
    await page.locator('.reader-title', { hasText: 'Port reopens after strike' }).waitFor();
    expect(await page.locator('.article-row').count()).toBe(3);
    expect(h.offHost).toEqual([]);
  });
});
