// Autosave across a reload: text typed in a note is stored without any explicit save and is
// there again after the page reloads (and after a reload that comes right after typing). A long
// note's saves (too large for a keepalive request) go through the web client's fetch worker.
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

  it('saves a long note, too large for one keepalive request, while typing in it', async () => {
    const { page } = h;
    const markdown = Array.from({ length: 600 }, (_, i) => `Paragraph ${i + 1} of a long draft, written to make the saved note larger than sixty kilobytes.`).join('\n\n');
    const note = await h.api<{ id: number; content: string }>('notes.importMarkdown', { markdown, title: 'Long draft' });
    expect(note.content.length).toBeGreaterThan(100_000);
    await page.reload();
    await page.locator('.note-row', { hasText: 'Long draft' }).click();
    const last = page.locator('.editor p', { hasText: 'Paragraph 600 of' });
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed at the end.');
    await h.saved();
    const stored = await h.api<{ text: string; content: string }>('notes.get', { id: note.id });
    expect(stored.text).toContain('Paragraph 600 of a long draft, written to make the saved note larger than sixty kilobytes. Typed at the end.');
    expect(stored.content.length).toBeGreaterThan(note.content.length);
    expect(h.pageErrors).toEqual([]);
  });

  it('shows a save that fails as "Not saved", with one error banner', async () => {
    const { page } = h;
    await page.reload();
    await page.locator('.note-row', { hasText: 'Long draft' }).waitFor();
    await page.keyboard.press('Control+N');
    await waitFor('the new note in the list', async () => (await page.locator('.note-row').count()) === 3);
    await page.getByLabel('Note title').fill('Doomed note');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('Written before the note was deleted.');
    await h.saved();
    const doomed = (await h.api<{ id: number; title: string }[]>('notes.list', {})).find((n) => n.title === 'Doomed note');
    await h.api('notes.delete', { id: doomed?.id });

    await page.keyboard.type(' More words.');
    const status = page.getByTestId('save-status');
    await waitFor('"Not saved"', async () => (await status.textContent()) === 'Not saved');
    expect(await status.getAttribute('title')).toMatch(/does not exist/);
    await page.keyboard.type(' Still more.');
    await page.waitForTimeout(1500); // the retry fails too
    expect(await status.textContent()).toBe('Not saved');
    expect(await page.getByText('The note could not be saved', { exact: false }).count()).toBe(1);
    await page.screenshot({ path: join(resultsDir, 'notebook-save-error.png') });
  });
});

