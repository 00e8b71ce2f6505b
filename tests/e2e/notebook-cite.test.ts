// Citing in the notebook: `@` quick-pick, a claim dropped on the note, the hover card with the
// quote in its sentence, the jump to the source, and the check-citations panel.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const CORPUS = join(repoRoot, 'tests', 'fixtures', 'corpus');
const FILES = ['mission-expulsions-wire.txt', 'staff-shortage-report.txt'].map((f) => join(CORPUS, f));

let h: Harness;

interface ClaimLite {
  id: number;
  articleId: number;
  text: string;
  speaker: string | null;
  status: string;
}


beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('notebook citations', () => {
  it('cites through @, by dropping a claim, shows the quote in context and jumps to the source', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles(FILES);
    await waitFor('two articles', async () => (await page.locator('.article-row').count()) === 2);

    const claims = await h.api<ClaimLite[]>('claims.list', {});
    const spoken = claims.filter((c) => c.speaker && c.text.split(/\s+/).length >= 6);
    const first = spoken[0];
    const second = spoken.find((c) => c.articleId !== first?.articleId) ?? spoken[1];
    expect(first && second).toBeTruthy();
    if (!first || !second) return;
    const words = first.text.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w.length > 3).slice(0, 3).join(' ');

    // A new note; `@` + words of the quote lists the claim with its speaker.
    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('Cited brief');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('Officials said ');
    await page.keyboard.type(`@${words}`);
    const picker = page.getByRole('listbox', { name: 'Cite a claim' });
    await picker.waitFor();
    const option = picker.getByRole('option').first();
    await waitFor('the claim in the picker', async () => ((await option.textContent()) ?? '').includes(first.speaker ?? '\u0000'));
    await page.screenshot({ path: join(resultsDir, 'notebook-cite-picker.png') });
    await page.keyboard.press('Enter');
    const chip = page.locator(`.editor .citation[data-citation="claim:${first.id}"] .citation-chip:not(.loading)`);
    await chip.waitFor();
    expect(await picker.count()).toBe(0);
    expect(((await page.locator('.editor').textContent()) ?? '').includes('@')).toBe(false);
    await page.keyboard.type('and more.');
    await h.saved();

    // A claim dragged from the reader's claims panel and dropped on the note (a real HTML5 drag).
    const source = await h.api<{ title: string }>('articles.get', { id: second.articleId });
    await page.locator('.article-row', { hasText: source.title.slice(0, 40) }).click();
    const claimRow = page.locator(`.claim-row[data-claim-id="${second.id}"]`);
    await claimRow.scrollIntoViewIfNeeded();
    const box = await page.locator('.editor').boundingBox();
    expect(box).toBeTruthy();
    await claimRow.dragTo(page.locator('.editor'), { targetPosition: { x: (box?.width ?? 40) - 20, y: 12 } });
    await page.locator(`.editor .citation[data-citation="claim:${second.id}"] .citation-chip:not(.loading)`).waitFor();
    await waitFor('"Saved" after the drop', async () => (await page.getByTestId('save-status').textContent()) === 'Saved');
    const saved = await h.api<{ citations: { target: string; context?: { before: string; after: string } }[] }>('notes.get', {
      id: (await h.api<{ id: number }[]>('notes.list', {}))[0]?.id,
    });
    expect(saved.citations.map((c) => c.target).sort()).toEqual([`claim:${first.id}`, `claim:${second.id}`].sort());

    // Hover: the exact quote inside its sentence, with speaker.
    await chip.hover();
    const card = page.getByRole('tooltip');
    await card.waitFor();
    expect(await card.locator('.citation-card-quote').textContent()).toBe(first.text);
    // …inside its sentence, after autosaves whose answers no longer repeat the context.
    const context = saved.citations.find((c) => c.target === `claim:${first.id}`)?.context;
    expect(context?.before.length).toBeGreaterThan(0);
    expect(await card.locator('.citation-card-context').textContent()).toBe(`${context?.before ?? ''}${first.text}${context?.after ?? ''}`);
    expect(await card.locator('.citation-card-meta').textContent()).toContain(first.speaker ?? '');
    await page.screenshot({ path: join(resultsDir, 'notebook-cite-hover.png') });

    // Click: the reader opens the article with the claim flashed.
    await chip.click();
    await page.locator(`.reader mark[data-claim-id="${first.id}"].flash`).waitFor();
    expect(await card.count()).toBe(0);

    // Check citations: all fine, then broken once the second article is deleted.
    await page.getByRole('tab', { name: /Check citations/ }).click();
    await page.getByRole('region', { name: 'Check citations' }).getByText(/All 2 citations resolve/).waitFor();
    await h.api('articles.delete', { id: second.articleId });
    await page.reload();
    await page.locator('.editor .citation-chip.broken').waitFor();
    await page.getByRole('tab', { name: /1 broken/ }).click();
    const row = page.getByRole('region', { name: 'Check citations' }).locator('.broken-row');
    await row.waitFor();
    expect(await row.textContent()).toContain('its source is gone');
    await page.screenshot({ path: join(resultsDir, 'notebook-check-citations.png') });

    expect(h.pageErrors).toEqual([]);
    expect(h.offHost).toEqual([]);
  });
});
