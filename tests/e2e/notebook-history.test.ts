// Note history: versions kept while writing and on request; restoring an earlier one reloads
// the editor with it and keeps the replaced state as a version (nothing lost).
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

describe('note history', () => {
  it('restores an earlier version and keeps the one it replaced', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.getByRole('heading', { name: 'Welcome to Quire' }).waitFor();
    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('Draft');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('First draft.');
    await h.saved();
    await page.keyboard.type(' More words.');
    await h.saved();

    await page.getByRole('tab', { name: 'History' }).click();
    const panel = page.getByRole('region', { name: 'History' });
    const rows = panel.locator('.version-row');
    await waitFor('one version', async () => (await rows.count()) === 1);
    expect(await rows.first().locator('.version-preview').textContent()).toBe('First draft.');

    await panel.getByRole('button', { name: 'Save version' }).click();
    await waitFor('two versions', async () => (await rows.count()) === 2);
    await page.locator('.editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Third.');
    await h.saved();
    expect(await page.locator('.editor').textContent()).toBe('First draft. More words. Third.');

    // Restore the first version: the editor shows it, the history keeps what it replaced.
    await rows.last().getByRole('button', { name: 'Restore' }).click();
    await waitFor('restored text', async () => (await page.locator('.editor').textContent()) === 'First draft.');
    await waitFor('four versions', async () => (await rows.count()) === 4);
    expect(await rows.nth(0).textContent()).toContain('Restored');
    expect(await rows.nth(1).textContent()).toContain('Before a restore');
    expect(await rows.nth(1).locator('.version-preview').textContent()).toBe('First draft. More words. Third.');
    await page.screenshot({ path: join(resultsDir, 'notebook-history.png') });

    // It stays restored after a reload; the replaced state can be brought back.
    await page.reload();
    await waitFor('restored after reload', async () => (await page.locator('.editor').textContent()) === 'First draft.');
    await page.getByRole('tab', { name: 'History' }).click();
    await rows.nth(1).getByRole('button', { name: 'Restore' }).click();
    await waitFor('back again', async () => (await page.locator('.editor').textContent()) === 'First draft. More words. Third.');

    expect(h.pageErrors).toEqual([]);
    expect(h.offHost).toEqual([]);
  });
});
