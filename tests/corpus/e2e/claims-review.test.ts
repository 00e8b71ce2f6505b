/// <reference lib="dom" />
// The analyst in charge: correct a speaker, reject a claim and make one from a selection in the
// reader; re-extraction keeps all three decisions.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resultsDir, waitFor, type Harness } from '../../e2e/support/harness';
import { CORPUS_DIR } from '../shared';

const ARTICLE = join(CORPUS_DIR, '002_72e9264fc770830b.txt');
const PICKED = 'The embassy has a staff of 120';

interface ClaimLite {
  id: number;
  text: string;
  speaker: string | null;
  status: string;
}

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('claim review', () => {
  it('corrects a speaker, rejects a claim, creates one from a selection, and re-extraction keeps them', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').first().setInputFiles(ARTICLE);
    await page.locator('.article-row').first().click();
    const porter = page.locator('.claim-row', { hasText: 'What’s happening is not an expulsion' });
    await porter.waitFor();

    // Speaker: S on the selected claim, a new name, Enter.
    await porter.click();
    await page.keyboard.press('s');
    const input = page.getByLabel('Speaker');
    await input.fill('State Department spokesperson Jalina Porter');
    await input.press('Enter');
    await porter.locator('.claim-speaker', { hasText: 'State Department spokesperson Jalina Porter' }).waitFor();

    // Reject: X on another claim; it is struck in the list and no longer highlighted.
    const redLines = page.locator('.claim-row', { hasText: 'red lines' }).first();
    const redId = Number(await redLines.getAttribute('data-claim-id'));
    await redLines.click();
    await page.keyboard.press('x');
    await page.locator(`.claim-row.status-rejected[data-claim-id="${redId}"]`).waitFor();
    expect(await page.locator(`mark[data-claim-id="${redId}"]`).count()).toBe(0);

    // Create: select words in the text, then "Claim from selection".
    await page.evaluate((phrase) => {
      const root = document.getElementById('reader-text');
      const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(phrase) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        const sel = window.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        return;
      }
      throw new Error(`${phrase} is not in the reader`);
    }, PICKED);
    await page.getByRole('button', { name: 'Claim from selection' }).click();
    const created = page.locator('.claim-row.status-suggested', { hasText: PICKED });
    await created.waitFor();
    await page.locator('mark.claim', { hasText: PICKED }).waitFor();
    await page.screenshot({ path: join(resultsDir, 'claims-review.png') });

    // Re-extraction keeps every decision.
    const articles = await h.api<{ id: number }[]>('articles.list', {});
    const articleId = articles[0]?.id;
    await h.api('articles.reextract', { id: articleId });
    const after = await h.api<ClaimLite[]>('claims.list', { articleId });
    expect(after.find((c) => c.text === 'What’s happening is not an expulsion')?.speaker).toBe('State Department spokesperson Jalina Porter');
    expect(after.find((c) => c.id === redId)?.status).toBe('rejected');
    expect(after.filter((c) => c.text === PICKED).map((c) => c.status)).toEqual(['suggested']);

    // And the reader shows the same after a reload.
    await page.reload();
    await page.locator('.article-row').first().click();
    await waitFor('the created claim after reload', async () => (await page.locator('.claim-row', { hasText: PICKED }).count()) === 1);
    expect(h.offHost).toEqual([]);
  });
});
