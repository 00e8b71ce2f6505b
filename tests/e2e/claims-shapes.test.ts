/// <reference lib="dom" />
// What the reader lists for an article written with the shapes real news uses: a quote split by
// its attribution (two parts, one speaker), a mixed quote (one reported claim holding the quoted
// words, no second direct claim), postposed "…, a spokeswoman said" and "…, according to X", an
// appositive before the verb and a pronoun carrying the speaker to the next sentence.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const ARTICLE = join(repoRoot, 'tests', 'fixtures', 'reader', 'ferry-fees.txt');

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('claims in the reader', () => {
  it('lists split, mixed and postposed statements once each, with their speakers', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').first().setInputFiles(ARTICLE);
    await page.locator('.article-row').first().click();
    await waitFor('the claims list', async () => (await page.locator('.claim-row').count()) >= 7);

    const rows = await page.locator('.claim-row').evaluateAll((els) =>
      els.map((el) => [el.querySelector('.claim-quote')?.textContent ?? '', el.querySelector('.claim-speaker')?.textContent ?? '']),
    );
    await page.screenshot({ path: join(resultsDir, 'claims-shapes.png') });
    expect(rows).toEqual([
      ['The harbour council postponed its vote on new ferry fees until March', 'the council'],
      ['We want every island to be heard', 'Maren Holt'],
      ['A rushed decision would cost us their trust', 'Maren Holt'],
      ['the council would publish the full costings “before anyone pays a single krone more.”', 'Maren Holt'],
      ['The fee rise would hit commuters hardest', 'Island Commuters Association'],
      ['the delay was welcome', 'Tomas Riis'],
      ['members would keep collecting signatures', 'Tomas Riis'],
    ]);
    // The partial quote is inside the reported claim only: no row of its own.
    expect(rows.filter(([text]) => (text ?? '').includes('before anyone pays'))).toHaveLength(1);
    expect(h.offHost).toEqual([]);
  });
});
