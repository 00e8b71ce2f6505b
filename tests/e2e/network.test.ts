// A broad session through the UI — import, read, confirm a claim, write a note, cite with `@`,
// hover the citation, find, export in every format — records zero
// requests leaving 127.0.0.1 (no fonts, no telemetry, no remote images) and no page error.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const CORPUS = join(repoRoot, 'tests', 'fixtures', 'corpus');
const FILES = ['mission-expulsions-wire.txt', 'staff-shortage-report.txt', 'ambassador-farewell.txt'].map((f) => join(CORPUS, f));

let h: Harness;
const requests: string[] = [];

beforeAll(async () => {
  h = await launch();
  h.context.on('request', (req) => requests.push(req.url()));
});

afterAll(async () => {
  await h?.close();
});

interface ClaimLite {
  id: number;
  text: string;
  speaker: string | null;
}

describe('network', () => {
  it('a whole working session stays on 127.0.0.1', async () => {
    const { page } = h;
    await page.goto(h.host.url);

    // Import and read.
    await page.locator('input[type=file]').setInputFiles(FILES);
    await waitFor('three articles', async () => (await page.locator('.article-row').count()) === 3);
    await page.locator('.article-row').first().click();
    await page.locator('.reader-article mark.claim').first().waitFor();
    await page.locator('.claim-row').first().click();
    await page.keyboard.press('y');

    // Write a note and cite a claim through the `@` picker; hover the citation.
    const claims = await h.api<ClaimLite[]>('claims.list', {});
    const claim = claims.find((c) => c.speaker && c.text.split(/\s+/).length >= 6);
    expect(claim).toBeDefined();
    const words = (claim?.text ?? '').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w.length > 3).slice(0, 3).join(' ');
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('Note title').fill('Network session');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('Officials said ');
    await page.keyboard.type(`@${words}`);
    const picker = page.getByRole('listbox', { name: 'Cite a claim' });
    await picker.getByRole('option').first().waitFor();
    await page.screenshot({ path: join(resultsDir, 'network-picker.png') });
    await page.keyboard.press('Enter');
    const chip = page.locator('.editor .citation-chip:not(.loading)').first();
    await chip.waitFor();
    await page.keyboard.type(' and nothing else.');
    await h.saved();
    await chip.hover();
    await page.getByRole('tooltip').waitFor();

    // Find anything.
    await page.locator('.topbar .brand').click();
    await page.keyboard.press('Control+Shift+F');
    const find = page.getByRole('dialog', { name: 'Find anything' });
    await find.waitFor();
    await page.getByRole('combobox', { name: 'Find' }).fill(words.split(' ')[0] ?? 'said');
    await waitFor('hits', async () => (await find.getByRole('option').count()) > 0);
    await page.keyboard.press('Escape');

    // Export in every format through the dialog.
    await page.locator('.note-row', { hasText: 'Network session' }).click();
    await page.locator('.editor .citation-chip:not(.loading)').first().waitFor();
    for (const [format, label] of [
      ['md', 'Export Markdown'],
      ['html', 'Export HTML'],
      ['docx', 'Export Word (DOCX)'],
      ['pdf', 'Export PDF'],
    ] as const) {
      await page.keyboard.press('Control+E');
      const dialog = page.getByRole('dialog', { name: 'Export brief' });
      await dialog.getByText(/citations? resolves?/).waitFor();
      await dialog.getByLabel('Format').selectOption(format);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: label }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
      // The dialog names the saved file, then Escape closes it.
      await dialog.getByRole('status').filter({ hasText: download.suggestedFilename() }).waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }

    await page.screenshot({ path: join(resultsDir, 'network-session.png') });

    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((u) => u.startsWith(`${h.host.origin}/api/`)).length).toBeGreaterThan(10);
    expect(h.offHost).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
