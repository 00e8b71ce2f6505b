// `[[` links between notes: pick an existing note or create one, follow the link, see the
// backlink with its sentence, rename the target and the link follows the new title.
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

describe('note links', () => {
  it('links with [[, creates a note from the picker, shows backlinks and survives a rename', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.getByRole('heading', { name: 'Welcome to Quire' }).waitFor();

    // The note to link to.
    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('Sources');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('Where the quotes come from.');
    await h.saved();

    // A brief linking to it through [[ (the new note's editor must be there before its title is typed).
    await page.keyboard.press('Control+N');
    await waitFor('the new note', async () => (await page.getByLabel('Note title').inputValue()) === 'Untitled note');
    await page.getByLabel('Note title').fill('Weekly brief');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('Read ');
    await page.keyboard.type('[[Sour');
    const picker = page.getByRole('listbox', { name: 'Link a note' });
    await picker.getByRole('option', { name: 'Sources' }).waitFor();
    await page.screenshot({ path: join(resultsDir, 'notebook-link-picker.png') });
    await page.keyboard.press('Enter');
    await page.locator('.editor .note-link', { hasText: 'Sources' }).waitFor();
    await page.keyboard.type('for the details. Also ');

    // [[ with a new title offers to create it.
    await page.keyboard.type('[[Open questions');
    await picker.getByRole('option', { name: 'Create “Open questions”' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.editor .note-link', { hasText: 'Open questions' }).waitFor();
    await waitFor('three notes', async () => (await page.locator('.note-row').count()) === 3);
    expect(JSON.stringify(await page.locator('.editor').textContent())).toBe(JSON.stringify('Read Sources for the details. Also Open questions '));
    await h.saved();

    // Click the link: the linked note opens, its backlinks show the sentence around the link.
    await page.locator('.editor .note-link', { hasText: 'Sources' }).click();
    await waitFor('Sources open', async () => (await page.getByLabel('Note title').inputValue()) === 'Sources');
    await page.getByRole('tab', { name: /Backlinks/ }).click();
    const backlinks = page.getByRole('region', { name: 'Backlinks' });
    const row = backlinks.locator('.backlink-row');
    await row.waitFor();
    expect(await row.locator('.link-button').textContent()).toBe('Weekly brief');
    expect(await row.locator('.backlink-context').textContent()).toBe('Read Sources for the details.');
    await page.screenshot({ path: join(resultsDir, 'notebook-backlinks.png') });

    // Rename the target: the link keeps pointing at it and shows the new title.
    await page.getByLabel('Note title').fill('Primary sources');
    await h.saved();
    await row.locator('.link-button').click();
    await waitFor('brief open', async () => (await page.getByLabel('Note title').inputValue()) === 'Weekly brief');
    await page.locator('.editor .note-link', { hasText: 'Primary sources' }).waitFor();
    await page.reload();
    await page.locator('.editor .note-link', { hasText: 'Primary sources' }).waitFor();

    expect(h.pageErrors).toEqual([]);
    expect(h.offHost).toEqual([]);
  });
});
