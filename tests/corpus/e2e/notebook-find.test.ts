// Find anything: Ctrl+Shift+F searches articles, claims and notes with highlighted matches,
// filters by kind, speaker, outlet and date, and opens a result in place. Also the shortcuts
// sheet (? and Ctrl+/).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resultsDir, waitFor, type Harness } from '../../e2e/support/harness';
import { CORPUS_DIR } from '../shared';

const CORPUS = CORPUS_DIR;
const FILES = ['000_543b9cac1bd99c26.txt', '002_72e9264fc770830b.txt'].map((f) => join(CORPUS, f));

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('find anything', () => {
  it('finds across kinds with filters and opens results in place', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles(FILES);
    await waitFor('two articles', async () => (await page.locator('.article-row').count()) === 2);

    // A note that mentions the word too.
    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('Expulsion timeline');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('Who ordered which expulsion, and when.');
    await h.saved();
    await page.locator('.topbar .brand').click();

    await page.keyboard.press('Control+Shift+F');
    const dialog = page.getByRole('dialog', { name: 'Find anything' });
    await dialog.waitFor();
    await page.getByRole('combobox', { name: 'Find' }).fill('expulsion');
    const hits = dialog.getByRole('option');
    await waitFor('hits of three kinds', async () => {
      const kinds = new Set(await dialog.locator('.find-kind').allTextContents());
      return kinds.has('article') && kinds.has('claim') && kinds.has('note');
    });
    expect(await dialog.locator('.find-snippet mark').first().textContent()).toMatch(/^expulsion/i);
    await page.screenshot({ path: join(resultsDir, 'notebook-find.png') });

    // Kind filter: claims only; speaker filter: one speaker's claims.
    await dialog.getByRole('button', { name: /^Claims/ }).click();
    await waitFor('claims only', async () => {
      const kinds = new Set(await dialog.locator('.find-kind').allTextContents());
      return kinds.size === 1 && kinds.has('claim');
    });
    await page.getByRole('combobox', { name: 'Find' }).fill('Russia');
    await dialog.getByLabel('Speaker').fill('Zakharova');
    await waitFor('Zakharova only', async () => {
      const titles = await dialog.locator('.find-title').allTextContents();
      return titles.length > 0 && titles.every((t) => t.startsWith('Maria Zakharova'));
    });
    // A date range that matches nothing.
    await dialog.getByLabel('Published from').fill('2100-01-01');
    await dialog.getByText('Nothing found').waitFor();
    await dialog.getByLabel('Published from').fill('');
    await waitFor('results back', async () => (await hits.count()) > 0);
    await page.screenshot({ path: join(resultsDir, 'notebook-find-filtered.png') });

    // Enter on a claim: the reader opens its article with the claim flashed.
    const id = ((await hits.first().getAttribute('id')) ?? '').replace('find-claim-', '');
    await page.getByRole('combobox', { name: 'Find' }).press('Enter');
    expect(await dialog.count()).toBe(0);
    // (A claim inside a longer one has no mark of its own: its row in the claims panel is selected.)
    await page.locator(`#claim-row-${id}[aria-selected=true]`).waitFor();

    // A note result opens in the notebook.
    await page.locator('.topbar .brand').click();
    await page.keyboard.press('Control+N');
    await waitFor('two notes', async () => (await page.locator('.note-row').count()) === 2);
    await page.locator('.topbar .brand').click();
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('combobox', { name: 'Find' }).fill('timeline');
    await dialog.getByRole('button', { name: /^Notes/ }).click();
    await dialog.locator('.find-hit.find-note').first().click();
    await waitFor('note opened', async () => (await page.getByLabel('Note title').inputValue()) === 'Expulsion timeline');

    expect(h.pageErrors).toEqual([]);
    expect(h.offHost).toEqual([]);
  });

  it('lists every shortcut on the shortcuts sheet', async () => {
    const { page } = h;
    await page.keyboard.press('Escape');
    await page.locator('.topbar .brand').click();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    for (const what of ['Command palette (commands and library content)', 'Find anything…', 'Cite a claim (type words of the quote or a speaker)', 'Link a note (or create one)']) {
      await sheet.getByText(what, { exact: true }).waitFor();
    }
    await page.screenshot({ path: join(resultsDir, 'notebook-shortcuts.png') });
    await page.keyboard.press('Escape');
    await waitFor('sheet closed', async () => (await sheet.count()) === 0);
    // Ctrl+/ from inside the note editor, and from the palette.
    await page.locator('.editor').click();
    await page.keyboard.press('Control+/');
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill('shortcuts');
    await page.keyboard.press('Enter');
    await sheet.waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
