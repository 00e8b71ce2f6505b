// Writing a brief that exports cleanly: New note puts the caret in the text, the formatting
// toolbar does what the Markdown shortcuts do, a chip leaves no " ." or double space, one
// citation is set to quote in the note only, and the export dialog names the file it saved.
import { readFileSync } from 'node:fs';
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

interface LexNode {
  type: string;
  text?: string;
  display?: string;
  children?: LexNode[];
}
const flatten = (n: LexNode): LexNode[] => [n, ...(n.children ?? []).flatMap(flatten)];

describe('writing a brief', () => {
  it('toolbar, caret, chip spacing, note-only citation, and the saved file named', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.getByRole('button', { name: 'Open the sample notebook' }).click();
    await page.locator('.editor .citation-chip:not(.loading)').first().waitFor();

    // New note: typing goes straight into the text, not the title.
    await page.keyboard.press('Control+N');
    await waitFor('the new note', async () => (await page.getByLabel('Note title').inputValue()) === 'Untitled note');
    await waitFor('the caret in the text', async () => page.evaluate(() => document.activeElement?.classList.contains('editor') ?? false));
    await page.keyboard.type('Findings');
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await toolbar.getByRole('button', { name: 'Heading', exact: true }).click();
    await page.locator('.editor h2', { hasText: 'Findings' }).waitFor();
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('Key point');
    await page.locator('.editor strong', { hasText: 'Key point' }).waitFor();
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await page.locator('.editor ul li').waitFor();
    await toolbar.getByRole('button', { name: 'Undo' }).click();
    await waitFor('the list undone', async () => (await page.locator('.editor ul').count()) === 0);
    await toolbar.getByRole('button', { name: 'Redo' }).click();
    await page.locator('.editor ul li').waitFor();
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await waitFor('the list off', async () => (await page.locator('.editor ul').count()) === 0);
    await page.screenshot({ path: join(resultsDir, 'notebook-toolbar.png') });

    // A chip then a full stop: the chip's space gives way; then a second chip followed by a space.
    await page.keyboard.type(': Veldria called it @routine administrative');
    const picker = page.getByRole('listbox', { name: 'Cite a claim' });
    await picker.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('. Ostmark says @amounts expulsion');
    await picker.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type(' too.');
    await h.saved();
    const notes = await h.api<{ id: number; title: string }[]>('notes.list', {});
    const noteId = notes.find((n) => n.title === 'Untitled note')?.id;
    const saved = await h.api<{ content: string }>('notes.get', { id: noteId });
    const nodes = flatten((JSON.parse(saved.content) as { root: LexNode }).root);
    const texts = nodes.filter((n) => n.type === 'text').map((n) => n.text ?? '');
    expect(texts.some((t) => t.startsWith('. Ostmark says'))).toBe(true);
    expect(texts.some((t) => t === ' too.')).toBe(true);
    expect(texts.join('|')).not.toMatch(/ {2}| \./);

    // The first chip's card sets it to quote in the note only.
    const chip = page.locator('.editor .citation .citation-chip:not(.loading)').first();
    await chip.hover();
    const card = page.getByRole('tooltip');
    await card.getByLabel('In exports, quote in the note only').check();
    await page.locator('.editor .citation.note-only').waitFor();
    await page.mouse.move(5, 5);
    await h.saved();
    const after = await h.api<{ content: string }>('notes.get', { id: noteId });
    const cites = flatten((JSON.parse(after.content) as { root: LexNode }).root).filter((n) => n.type === 'quire-citation');
    expect(cites.map((c) => c.display ?? 'inline')).toEqual(['note', 'inline']);

    // Export: the dialog names the file; the second quote stands in the sentence, the first only in its note.
    await page.keyboard.press('Control+E');
    const dialog = page.getByRole('dialog', { name: 'Export brief' });
    await dialog.getByText(/^All \d+ citations resolve/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export Markdown' }).click()]);
    // The browser host cannot know the folder: it says the browser's downloads folder has it.
    await expect.poll(() => dialog.getByTestId('export-saved').innerText()).toBe(`Saved ${download.suggestedFilename()} in your browser's downloads folder.`);
    await page.screenshot({ path: join(resultsDir, 'export-saved.png') });
    const md = readFileSync(await download.path(), 'utf8');
    expect(md).toMatch(/Veldria called it\.\[\^1\] Ostmark says “What Veldria calls an administrative decision amounts to the expulsion of our diplomats”\[\^2\] too\./);
    expect(md).toMatch(/\[\^1\]: .*“This is a routine administrative decision/);
    expect(h.offHost).toEqual([]);
  });
});
