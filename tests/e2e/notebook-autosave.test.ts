// Autosave across a reload: text typed in a note is stored without any explicit save and is
// there again after the page reloads (and after a reload that comes right after typing).
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

describe('autosave', () => {
  it('keeps typed text across reloads', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.getByRole('heading', { name: 'Welcome to Quire' }).waitFor();
    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('Field notes');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('The convoy left at dawn.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second paragraph');
    await h.saved();

    await page.reload();
    const editor = page.locator('.editor');
    await waitFor('the text after a reload', async () => (await editor.textContent()) === 'The convoy left at dawn.Second paragraph');
    expect(await editor.locator('p').count()).toBe(2);
    expect(await page.getByLabel('Note title').inputValue()).toBe('Field notes');

    // Typing and reloading at once, before the autosave delay: the page flushes on unload.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' and more');
    await page.reload();
    await waitFor('the last words after a quick reload', async () => (await editor.textContent())?.endsWith('Second paragraph and more') ?? false);
    await page.screenshot({ path: join(resultsDir, 'notebook-autosave.png') });
    const notes = await h.api<{ title: string }[]>('notes.list', {});
    expect(notes.map((n) => n.title)).toEqual(['Field notes']);
    expect(h.pageErrors).toEqual([]);
  });
});
