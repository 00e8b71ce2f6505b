// A citation's jump to its source, in Chromium: clicking a claim's chip in a note opens the
// reader with the cited words centred in the text's visible height and on top (no panel over
// them), even when they lie far down a long article (written for the test: tests/fixtures/reader).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const ARTICLE = join(repoRoot, 'tests', 'fixtures', 'reader', 'harbour-diary.txt');

interface ClaimLite {
  id: number;
  articleId: number;
  text: string;
  speaker: string | null;
}

/** Where the cited words sit in the reader's text box, and what is drawn at their middle. */
interface Placement {
  offset: number;
  visible: boolean;
  onTop: boolean;
}

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('citation jump', () => {
  it('centres the cited words in the reader, never under a panel', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles([ARTICLE]);
    await waitFor('the article', async () => (await page.locator('.article-row').count()) === 1);
    const claim = (await h.api<ClaimLite[]>('claims.list', {})).find((c) => c.text.includes('ferry timetable'));
    expect(claim?.speaker).toBe('Lena Holm');
    if (!claim) return;

    // A note citing the claim (typed with @ and the quote's words).
    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('Ferry brief');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('The harbour master spoke ');
    await page.keyboard.type('@ferry timetable spring');
    const picker = page.getByRole('listbox', { name: 'Cite a claim' });
    await picker.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    const chip = page.locator(`.editor .citation[data-citation="claim:${claim.id}"] .citation-chip:not(.loading)`);
    await chip.waitFor();
    await h.saved();

    // The jump: the article opens with the claim's words centred and on top.
    await chip.click();
    const mark = page.locator(`.reader mark[data-claim-id="${claim.id}"]`).first();
    await mark.waitFor();
    const placement = (): Promise<Placement> =>
      mark.evaluate((el) => {
        const box = (document.getElementById('reader-text') as HTMLElement).getBoundingClientRect();
        const rect = el.getBoundingClientRect();
        const middle = { x: rect.left + Math.min(rect.width, 40) / 2, y: rect.top + rect.height / 2 };
        const drawn = document.elementFromPoint(middle.x, middle.y);
        return {
          // How far the words' middle is from the text box's middle, as a share of its height.
          offset: Math.abs(middle.y - (box.top + box.height / 2)) / box.height,
          visible: rect.top >= box.top && rect.bottom <= box.bottom,
          onTop: !!drawn && (drawn === el || el.contains(drawn) || drawn.contains(el)),
        };
      });
    const settled = await waitFor('the cited words centred', async () => {
      const p = await placement();
      return p.visible && p.offset < 0.2 ? p : null;
    });
    expect(settled.onTop).toBe(true);
    // The article was scrolled to reach them: they lie far below its first screen.
    expect(await page.locator('#reader-text').evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
    await page.screenshot({ path: join(resultsDir, 'citation-jump.png') });

    expect(h.pageErrors).toEqual([]);
    expect(h.offHost).toEqual([]);
  });
});
