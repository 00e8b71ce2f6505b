// Keyboard-first: arrows in the library, cite with Ctrl+Shift+C, new note with Ctrl+N, the
// palette runs what it lists.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, waitFor, type Harness } from './support/harness';

const CORPUS = join(repoRoot, 'tests', 'fixtures', 'corpus');
const FILES = ['mission-expulsions-wire.txt', 'staff-shortage-report.txt'].map((f) => join(CORPUS, f));

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('keyboard', () => {
  it('moves through the library, cites by shortcut and runs palette commands', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles(FILES);
    await waitFor('two articles', async () => (await page.locator('.article-row').count()) === 2);

    // Arrow keys move the selection (and open the article).
    const selected = (): Promise<string | null> => page.locator('.article-row[aria-selected=true] .article-title').textContent();
    await page.keyboard.press('Control+1');
    const first = await page.locator('.article-row .article-title').first().textContent();
    const second = await page.locator('.article-row .article-title').nth(1).textContent();
    await page.keyboard.press('Home');
    expect(await selected()).toBe(first);
    await page.keyboard.press('ArrowDown');
    expect(await selected()).toBe(second);
    await page.locator('.reader-title', { hasText: second ?? '' }).waitFor();
    await page.keyboard.press('ArrowUp');
    expect(await selected()).toBe(first);
    await page.locator('.reader-title', { hasText: first ?? '' }).waitFor();

    // No note open: selecting a claim and pressing Ctrl+Shift+C starts a note with the citation.
    const mark = page.locator('mark.claim').first();
    await mark.click();
    const claimId = await mark.getAttribute('data-claim-id');
    await page.keyboard.press('Control+Shift+C');
    await page.locator('.editor .citation-chip:not(.loading)').waitFor();
    await h.saved();
    expect(claimId).toBeTruthy();

    // Ctrl+N: another note.
    await page.keyboard.press('Control+N');
    await waitFor('two notes', async () => (await page.locator('.note-row').count()) === 2);
    // Markdown shortcuts: "## " makes a heading, "- " a bulleted list; Ctrl+Z undoes.
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('## Findings');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- first point');
    await page.locator('.editor h2', { hasText: 'Findings' }).waitFor();
    await page.locator('.editor ul li', { hasText: 'first point' }).waitFor();
    await page.keyboard.press('Control+Z');
    await waitFor('undo', async () => !((await page.locator('.editor').textContent()) ?? '').includes('first point'));

    // The palette filters and runs.
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill('new note');
    await page.keyboard.press('Enter');
    await waitFor('three notes', async () => (await page.locator('.note-row').count()) === 3);
    expect(await page.getByRole('dialog', { name: 'Command palette' }).count()).toBe(0);

    // Delete the cited article behind the app's back: the chip turns into a broken citation.
    await page.locator('.note-row').last().click();
    await page.locator('.editor .citation-chip:not(.loading)').waitFor();
    const claims = (await h.api('claims.list', {})) as { id: number; articleId: number }[];
    const articleId = claims.find((c) => String(c.id) === claimId)?.articleId;
    await h.api('articles.delete', { id: articleId });
    expect(articleId).toBeGreaterThan(0);
    await page.reload();
    await page.locator('.editor .citation-chip.broken').waitFor();
    expect(await page.locator('.editor .citation-chip.broken').textContent()).toBe('broken citation');

    expect(h.offHost).toEqual([]);
  });
});
