// Entities in Chromium: the list (Mod+Shift+E and the palette), a person's page with what they
// said (a click opens the reader at the claim), merging two entities after a confirmation, a
// `[[` entity link in a note that shows as a backlink with its sentence on the entity page, and
// splitting an alias off into a new entity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resultsDir, waitFor, type Harness } from '../../e2e/support/harness';
import { CORPUS_DIR } from '../shared';

const CORPUS = CORPUS_DIR;
const FILES = ['000_543b9cac1bd99c26.txt', '002_72e9264fc770830b.txt', '003_79306dbecdb1af6b.txt'];

let h: Harness;

beforeAll(async () => {
  h = await launch();
  for (const f of FILES) await h.api('articles.import', { fileName: f, data: readFileSync(join(CORPUS, f)).toString('base64') });
});

afterAll(async () => {
  await h?.close();
});

describe('entities', () => {
  it('lists entities, opens a person, merges two entities, shows a note backlink and splits an alias off', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('.article-row').first().waitFor();

    // The list, by the shortcut: dense rows, most quoted first.
    await page.keyboard.press('Control+Shift+E');
    const panel = page.getByRole('dialog', { name: 'Entities' });
    await panel.waitFor();
    const rows = panel.locator('.entity-row');
    await waitFor('entity rows', async () => (await rows.count()) > 20);
    await page.screenshot({ path: join(resultsDir, 'entities-list.png') });

    // Filter by kind and name: the ambassador spelt two ways in two outlets is one person.
    await panel.getByRole('button', { name: 'People' }).click();
    await panel.getByLabel('Filter entities').fill('Antonov');
    await waitFor('one Antonov', async () => (await rows.count()) === 1);
    await page.keyboard.press('Enter');
    const entityPage = panel.locator('.entity-page');
    await waitFor('Antonov page', async () => ((await panel.getByLabel('Entity name').inputValue()) ?? '').endsWith('Antonov'));
    const aliases = await entityPage.locator('.entity-aliases li').allTextContents();
    expect(aliases.join('|')).toContain('Antonov');
    const said = entityPage.locator('.entity-claim');
    await waitFor('claims on the page', async () => (await said.count()) > 3);
    expect(await entityPage.locator('.entity-articles li').count()).toBe(2);
    await page.screenshot({ path: join(resultsDir, 'entities-person.png') });

    // A claim opens the reader at that claim.
    const claimId = await said.first().getAttribute('data-claim-id');
    await said.first().click();
    await panel.waitFor({ state: 'detached' });
    const row = page.locator(`.claim-row.active[data-claim-id="${claimId}"]`);
    await row.waitFor();
    // The reader's claim row offers the speaker's entity page too.
    await row.getByRole('button', { name: /^Entity page of .*Antonov$/ }).click();
    await panel.waitFor();
    await waitFor('Antonov page again', async () => (await panel.getByLabel('Entity name').inputValue()).endsWith('Antonov'));
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // Merge: pick two entities found under different filters, confirm, and the page shows the result.
    await page.keyboard.press('Control+K');
    await page.getByPlaceholder(/command/i).fill('Entities');
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await panel.getByLabel('Filter entities').fill('Moscow');
    await panel.getByLabel('Select Moscow').check();
    await panel.getByLabel('Filter entities').fill('Russia');
    await waitFor('Russia row', async () => (await panel.locator('.entity-row .entity-name', { hasText: /^Russia$/ }).count()) > 0);
    await panel.getByLabel('Select Russia', { exact: true }).check();
    await panel.getByRole('button', { name: 'Merge…' }).click();
    await panel.getByLabel('Merge into').selectOption({ label: 'Russia' });
    await page.screenshot({ path: join(resultsDir, 'entities-merge-confirm.png') });
    await panel.getByRole('button', { name: 'Confirm merge' }).click();
    await waitFor('merged page', async () => (await panel.getByLabel('Entity name').inputValue()) === 'Russia' && (await entityPage.locator('.entity-aliases').textContent())?.includes('Moscow'));
    await panel.getByLabel('Filter entities').fill('Moscow');
    await waitFor('Moscow now under Russia', async () => {
      const names = await panel.locator('.entity-row .entity-name').allTextContents();
      return names.includes('Russia') && !names.includes('Moscow');
    });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // A note linking the entity through [[.
    await page.keyboard.press('Control+N');
    await waitFor('the new note', async () => (await page.getByLabel('Note title').inputValue()) === 'Untitled note');
    await page.getByLabel('Note title').fill('Embassy staffing');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('The ambassador ');
    await page.keyboard.type('[[Antonov');
    const picker = page.getByRole('listbox', { name: 'Link a note' });
    const option = picker.getByRole('option', { name: /Antonov/ }).first();
    await option.waitFor();
    await page.screenshot({ path: join(resultsDir, 'entities-link-picker.png') });
    await page.keyboard.press('Enter');
    const link = page.locator('.editor .entity-link');
    await link.waitFor();
    await page.keyboard.type('spoke of a staff shortage. Second sentence.');
    await h.saved();

    // Clicking the link opens the entity page, whose backlinks show the note and its sentence.
    await link.click();
    await panel.waitFor();
    const backlinks = panel.getByRole('region', { name: 'Backlinks' });
    const name = await panel.getByLabel('Entity name').inputValue();
    await backlinks.getByRole('button', { name: 'Embassy staffing' }).waitFor();
    expect(await backlinks.locator('.entity-context').textContent()).toBe(`The ambassador ${name} spoke of a staff shortage.`);
    await backlinks.scrollIntoViewIfNeeded();
    await waitFor('the list loaded', async () => (await rows.count()) > 0);
    await page.screenshot({ path: join(resultsDir, 'entities-backlink.png') });

    // Split: pick the surname-only alias, confirm, and it becomes an entity of its own.
    await panel.getByLabel('Pick alias Antonov', { exact: true }).check();
    await panel.getByRole('button', { name: /^Split 1 alias into a new entity/ }).click();
    await panel.getByLabel('New entity name').fill('Antonov (surname only)');
    await panel.getByRole('button', { name: 'Confirm split' }).click();
    await waitFor('the split-off page', async () => (await panel.getByLabel('Entity name').inputValue()) === 'Antonov (surname only)');
    const splitMentions = await entityPage.locator('.entity-articles li').allTextContents();
    expect(splitMentions.join(' ')).toContain('(Antonov)');
    await panel.getByLabel('Filter entities').fill('Antonov');
    await waitFor('two Antonov entities', async () => (await rows.count()) === 2);
    await page.screenshot({ path: join(resultsDir, 'entities-split.png') });

    expect(h.pageErrors).toEqual([]);
    expect(h.offHost).toEqual([]);
  });
});
