// The built app in Electron itself (playwright-core's _electron): it opens, imports a file, cites
// a claim in a note and exports the brief as a PDF through Electron's own printing. It needs
// Electron's binary; where that is missing (machines that could not download it) it says so in
// one line and is skipped. The Electron build of better-sqlite3 is made as `npm start` makes it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectronAddon, foundAddon, wantedTarget } from '../../scripts/electron-addon.js';
import { electronBinary } from '../../scripts/electron-binary.js';
import { ELECTRON_BINDING } from '../../scripts/native-abi.js';
import { startPlan } from '../../scripts/start-plan.js';
import { repoRoot, resultsDir, waitFor } from './support/harness';

const binary = electronBinary();
if (!binary) process.stdout.write("electron smoke test skipped: Electron's binary is not installed (npx install-electron, then run it again)\n");

const ARTICLE = [
  'Ferry timetable cut for the winter',
  '',
  'The island ferry will sail twice a day instead of four times from November, the operator said.',
  '"We would rather run two reliable crossings than four we have to cancel," said Ilse Brandauer, who runs the line.',
  'Shop owners on the island said the change would leave them without fresh deliveries on Sundays.',
].join('\n');

let dir: string;
let app: ElectronApplication;
let page: Page;

describe.skipIf(!binary)('Quire in Electron', () => {
  beforeAll(async () => {
    const wanted = wantedTarget();
    const plan = startPlan({ electronBinary: binary, addon: foundAddon(), wanted });
    if (plan.kind === 'electron' && plan.build) await buildElectronAddon(wanted);
    dir = mkdtempSync(join(tmpdir(), 'quire-electron-'));
    const env = { ...process.env, QUIRE_DB: join(dir, 'quire.sqlite'), QUIRE_SQLITE_BINDING: ELECTRON_BINDING } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await _electron.launch({ executablePath: binary as string, args: [repoRoot], cwd: repoRoot, env });
    page = await app.firstWindow();
    // Saving an export asks where; here the answer is fixed in advance.
    await app.evaluate(({ session }, folder) => {
      session.defaultSession.on('will-download', (_event, item) => item.setSavePath(`${folder}/${item.getFilename()}`));
    }, dir);
  });

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens, imports a file, cites a claim and exports a PDF', async () => {
    await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
    const file = join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    await page.locator('input[type=file]').first().setInputFiles(file);
    await waitFor('the imported article', async () => (await page.locator('.article-row').count()) === 1, 30_000);

    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('Ferry brief');
    await page.getByLabel('Note title').press('Enter');
    await page.keyboard.type('The operator said ');
    await page.keyboard.type('@reliable crossings');
    const picker = page.getByRole('listbox', { name: 'Cite a claim' });
    await picker.waitFor();
    await waitFor('the claim in the picker', async () => ((await picker.getByRole('option').first().textContent()) ?? '').includes('Ilse Brandauer'));
    await page.keyboard.press('Enter');
    await page.locator('.editor .citation .citation-chip:not(.loading)').first().waitFor();

    await page.keyboard.press('Control+E');
    const dialog = page.getByRole('dialog', { name: 'Export brief' });
    await dialog.getByText(/^All \d+ citations resolve/).waitFor();
    await dialog.getByLabel('Format').selectOption('pdf');
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    // The desktop app names the saved file's path and offers its folder.
    const saved = dialog.getByTestId('export-saved');
    await waitFor('the saved path', async () => ((await saved.textContent()) ?? '').includes(`Saved ${dir}/`), 60_000);
    await saved.getByRole('button', { name: 'Show in folder' }).waitFor();
    await page.screenshot({ path: join(resultsDir, 'electron-smoke.png') });

    const pdf = await waitFor('the saved PDF', async () => {
      const name = readdirSync(dir).find((f) => f.endsWith('.pdf'));
      return name ? join(dir, name) : null;
    }, 30_000);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('We would rather run two reliable crossings than four we have to cancel');
  });
});
