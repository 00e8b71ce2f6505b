// The export dialog: the citation check before export, a Word brief with real footnotes, a
// broken citation listed with a jump to it, export with problems marked, and notes in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resultsDir, type Harness } from './support/harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('export dialog', () => {
  it('checks citations, exports Word footnotes, flags a broken citation and keeps the note order', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.getByRole('button', { name: 'Open the sample notebook' }).click();
    await page.locator('.editor .citation-chip:not(.loading)').first().waitFor();

    // Every citation of the sample brief checks out; Word export carries the quotes as footnotes.
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export brief' });
    await dialog.getByText(/^All \d+ citations resolve/).waitFor();
    await dialog.getByLabel('Format').selectOption('docx');
    await dialog.getByLabel('Citation style').selectOption('chicago');
    await page.screenshot({ path: join(resultsDir, 'export-dialog.png') });
    const [docx] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export Word (DOCX)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(await docx.path()));
    const footnotes = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // The quoted words stand in the sentence; the footnote names the source.
    expect(body).toContain('This is a routine administrative decision about one consulate, not an expulsion of diplomats');
    expect(footnotes).toMatch(/Veldria orders/i);
    // The dialog names the file it saved, then closes on Escape.
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain(docx.suggestedFilename());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Deleting a cited article makes its citations problems, listed with a way to each.
    const articles = (await h.api('articles.list', {})) as { id: number; title: string }[];
    const ostmark = articles.find((a) => a.title.startsWith('Ostmark says'));
    expect(ostmark).toBeDefined();
    await h.api('articles.delete', { id: ostmark?.id });
    await page.reload();
    await page.locator('.editor .citation-chip.broken').first().waitFor();
    await page.keyboard.press('Control+E');
    await dialog.getByText(/citations cannot be vouched for/).waitFor();
    const problems = dialog.locator('.export-problems li');
    expect(await problems.count()).toBe(2);
    expect(await dialog.getByRole('button', { name: 'Export Markdown' }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'export-problems.png') });
    await problems.first().getByRole('button', { name: 'Show' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.citation.flash').waitFor();

    // Export anyway, with the problems marked.
    await page.keyboard.press('Control+E');
    await dialog.getByLabel(/Export anyway/).check();
    const [md] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export Markdown' }).click()]);
    const text = readFileSync(await md.path(), 'utf8');
    expect(text).toContain('What Veldria calls an administrative decision amounts to the expulsion of our diplomats');
    expect(text).toMatch(/no longer in the library|broken|unverified/i);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // A second note joins the brief and goes first.
    const veldria = articles.find((a) => a.title.startsWith('Veldria orders'));
    const claims = (await h.api('claims.list', { articleId: veldria?.id })) as { id: number; text: string }[];
    const claim = claims.find((c) => c.text.startsWith('Fourteen staff members'));
    await h.api('notes.importMarkdown', { markdown: `# Numbers\n\nVeldria's count [@claim:${claim?.id}].` });
    await page.reload();
    await page.locator('.editor .citation-chip').first().waitFor();
    await page.keyboard.press('Control+E');
    await dialog.getByLabel('Add a note to the brief').selectOption({ label: 'Numbers' });
    await dialog.getByRole('button', { name: 'Move Numbers up' }).click();
    await dialog.getByLabel(/Export anyway/).check();
    const [brief] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export Markdown' }).click()]);
    const both = readFileSync(await brief.path(), 'utf8');
    expect(both.indexOf('Numbers')).toBeGreaterThan(-1);
    expect(both.indexOf('Numbers')).toBeLessThan(both.indexOf('Port Arlen consulate'));
    expect(h.offHost).toEqual([]);
  });
});
