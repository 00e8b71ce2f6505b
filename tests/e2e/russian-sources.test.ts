// Russian and English coverage of one (invented) expulsion, in Chromium: the reader shows the
// Russian quote attributed to "Мария Захарова" in Cyrillic; her entity page lists what she said
// in both articles; a Latin search "Zakharova" finds the Russian quote; the compare view suggests
// her Russian statement against the English denial that it was an expulsion. The two articles
// are written for the tests (tests/fixtures/ru).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'ru');
const RU_TITLE = 'Москва ответила на высылку дипломатов из Вельдрии';
const QUOTE = 'На все безосновательные высылки мы будем отвечать зеркально';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('Russian sources beside English ones', () => {
  it('attributes the Russian quote in Cyrillic, joins the speaker across scripts, finds her by a Latin query and compares across languages', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles(['expulsion-ru.txt', 'expulsion-en.txt'].map((f) => join(FIXTURES, f)));
    await waitFor('two articles', async () => (await page.locator('.article-row').count()) === 2);

    // The reader: the quote, attributed to the speaker as the article writes her name.
    await page.getByRole('option', { name: new RegExp(RU_TITLE) }).click();
    await page.locator('.reader-title', { hasText: RU_TITLE }).waitFor();
    const row = page.locator('.claim-row', { has: page.locator('.claim-quote', { hasText: QUOTE }) });
    await row.waitFor();
    expect((await row.locator('.claim-speaker').innerText()).trim()).toBe('Мария Захарова');
    await page.screenshot({ path: join(resultsDir, 'russian-reader.png') });

    // Her entity page: statements from both articles.
    await row.getByRole('button', { name: 'Entity page of Мария Захарова' }).click();
    const panel = page.getByRole('dialog', { name: 'Entities' });
    await panel.waitFor();
    await waitFor('her page', async () => (await panel.getByLabel('Entity name').inputValue()) === 'Мария Захарова');
    const said = panel.locator('.entity-page .entity-claim');
    await waitFor('claims from both articles', async () => {
      const texts = (await said.allInnerTexts()).join('\n');
      return texts.includes('безосновательные высылки') && texts.includes('mirror response');
    });
    expect(await panel.locator('.entity-page .entity-articles li').count()).toBe(2);
    await page.screenshot({ path: join(resultsDir, 'russian-entity.png') });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // Find anything: a Latin query finds the Russian quote.
    await page.keyboard.press('Control+Shift+F');
    const find = page.getByRole('dialog', { name: 'Find anything' });
    await find.getByLabel('Find', { exact: true }).fill('Zakharova');
    const hit = find.locator('.find-hit.find-claim', { hasText: 'безосновательные высылки' });
    await hit.waitFor();
    await page.screenshot({ path: join(resultsDir, 'russian-find.png') });
    await page.keyboard.press('Escape');
    await find.waitFor({ state: 'detached' });

    // Compare: the Russian statement and the English denial are suggested as a conflict, the
    // reason a sentence naming both speakers.
    await page.keyboard.press('Control+Shift+K');
    const view = page.getByRole('dialog', { name: 'Compare statements' });
    const suggestion = view.locator('.sugg', { has: page.locator('.sugg-pair', { hasText: QUOTE }) }).filter({ hasText: 'This was not an expulsion' });
    await suggestion.waitFor({ timeout: 30_000 });
    const reason = (await suggestion.locator('.sugg-reason').innerText()).trim();
    expect(reason).toContain('Tomas Arlen denies it ("not an expulsion")');
    expect(reason).toContain('Мария Захарова asserts it');
    expect(await suggestion.locator('.sugg-signal.sig-polarity').count()).toBe(1);
    await page.screenshot({ path: join(resultsDir, 'russian-compare.png') });
  });
});
