// The walking skeleton, through the UI only: import an article, read its claims, write a note
// citing one, survive a reload, export Markdown with the footnote. Nothing leaves 127.0.0.1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resultsDir, type Harness } from '../../e2e/support/harness';
import { CORPUS_DIR } from '../shared';

const ARTICLE = join(CORPUS_DIR, '002_72e9264fc770830b.txt');
const TITLE = 'Russia Orders Some US Diplomats to Leave';
const QUOTE = 'What’s happening is not an expulsion';
const SENTENCE = 'The State Department rejects the word expulsion.';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('skeleton', () => {
  it('imports, cites, saves, reloads and exports through the UI', async () => {
    const { page } = h;
    await page.goto(h.host.url);

    // The token moved from the address bar to sessionStorage.
    await page.getByRole('heading', { name: 'Welcome to Quire' }).waitFor();
    expect(page.url()).not.toContain('token=');

    // Command palette: opens on Ctrl+K, lists actions, closes on Escape.
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    expect(await palette.getByRole('option').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Import articles'), expect.stringContaining('Export brief')]),
    );
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });

    // Import through the hidden file input.
    await page.locator('input[type=file]').setInputFiles(ARTICLE);
    const row = page.getByRole('option', { name: new RegExp(TITLE) });
    await row.waitFor();
    await row.click();
    await page.locator('.reader-title', { hasText: TITLE }).waitFor();

    // The claim is highlighted and attributed to Porter.
    const mark = page.locator('mark.claim', { hasText: QUOTE }).first();
    await mark.waitFor();
    // The speaker may be resolved to the full name (Jalina Porter).
    expect(await mark.getAttribute('title')).toMatch(/\bPorter — (direct|indirect)$/);
    const claimId = await mark.getAttribute('data-claim-id');
    expect(claimId).toMatch(/^\d+$/);
    const claimRow = page.locator(`.claim-row[data-claim-id="${claimId}"]`);
    expect(await claimRow.locator('.claim-quote').textContent()).toContain(QUOTE);
    expect(await claimRow.locator('.claim-speaker').textContent()).toMatch(/\bPorter$/);

    // A new note, a sentence, then the claim cited into it.
    await page.getByRole('button', { name: 'New note' }).click();
    const title = page.getByLabel('Note title');
    await title.waitFor();
    await title.fill('Expulsion or not');
    const editor = page.locator('.editor[contenteditable=true]');
    await editor.click();
    await page.keyboard.type(SENTENCE);
    await claimRow.getByRole('button', { name: 'Cite' }).click();
    const chip = editor.locator('.citation-chip');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Porter');
    expect(await chip.textContent()).toContain('What’s happening');
    await h.saved();

    // Reload: the note reopens with its text and its chip.
    await page.reload();
    await page.locator('.editor .citation-chip').waitFor();
    expect(await page.getByLabel('Note title').inputValue()).toBe('Expulsion or not');
    expect(await page.locator('.editor').textContent()).toContain(SENTENCE);
    const chipAfter = page.locator('.editor .citation-chip');
    expect(await chipAfter.getAttribute('class')).not.toContain('broken');
    expect(await chipAfter.textContent()).toContain('Porter');

    // Clicking the chip opens the reader on the claim.
    await chipAfter.click();
    await page.locator(`mark.claim.active[data-claim-id="${claimId}"]`).first().waitFor();

    // Export… opens the export dialog; its citation check passes; Markdown is the default format.
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export brief' });
    await dialog.getByText('All 1 citations resolve').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export Markdown' }).click()]);
    const file = await download.path();
    const md = readFileSync(file, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    expect(md).toContain('# Expulsion or not');
    expect(md).toContain(SENTENCE);
    expect(md).toMatch(/\[\^1\]/);
    const footnote = md.split('\n').find((l) => l.startsWith('[^1]:')) ?? '';
    // The quoted words stand in the sentence, the footnote names the source.
    expect(md.slice(0, md.indexOf('[^1]:'))).toContain(QUOTE);
    expect(footnote).toContain(TITLE);
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain(download.suggestedFilename());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The shortcut opens the dialog too; Ctrl+Enter exports; Escape closes.
    await page.locator('.editor').click();
    await page.keyboard.press('Control+E');
    await dialog.getByText('All 1 citations resolve').waitFor();
    const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+Enter')]);
    expect(again.suggestedFilename()).toBe(download.suggestedFilename());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+E');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // A duplicate import is refused with a clear banner.
    await page.locator('input[type=file]').setInputFiles(ARTICLE);
    await page.getByRole('alert').filter({ hasText: '002_72e9264fc770830b.txt' }).waitFor();

    await page.screenshot({ path: join(resultsDir, 'skeleton.png') });
    expect(h.pageErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    expect(h.offHost).toEqual([]);
  });
});
