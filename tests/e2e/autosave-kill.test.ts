// Autosave survives a crash: a note is typed into in Chromium while the web host process is
// killed with SIGKILL mid-typing; restarted on the same database, the note holds everything
// typed up to a second before the kill (AutosavePlugin saves at least every 800 ms while typing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src-main/hosts/pdf-chromium';
import { CHROMIUM, resultsDir, waitFor } from './support/harness';
import { startWebProcess, type WebProcess } from './support/web-process';

let dir: string;
let browser: Browser;
const hosts: WebProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quire-autosave-kill-'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  for (const h of hosts) await h.kill();
  rmSync(dir, { recursive: true, force: true });
});

const PHRASE = 'the ministry said the convoy left at dawn and reached the border by noon ';

describe('a kill mid-typing', () => {
  it('loses at most the last second of typing', async () => {
    const dbPath = join(dir, 'quire.sqlite');
    const first = await startWebProcess(dbPath);
    hosts.push(first);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(first.url);
    await page.getByRole('heading', { name: 'Welcome to Quire' }).waitFor();
    await page.keyboard.press('Control+N');
    await page.getByLabel('Note title').fill('Field notes');
    await page.getByLabel('Note title').press('Enter');
    await waitFor('the note exists', async () => (await first.api<unknown[]>('notes.list', {})).length === 1);

    // Type steadily (about 25 characters a second, never pausing long enough for the 600 ms
    // debounce); kill the host 3.5 s in. typedAt[i]: when character i reached the page.
    const text = PHRASE.repeat(8);
    const typedAt: number[] = [];
    let killedAt = 0;
    const start = Date.now();
    for (const ch of text) {
      await page.keyboard.type(ch);
      typedAt.push(Date.now());
      await new Promise((r) => setTimeout(r, 35));
      if (!killedAt && Date.now() - start > 3500) {
        await first.kill();
        killedAt = Date.now();
      }
      if (killedAt && Date.now() - killedAt > 300) break;
    }
    expect(killedAt).toBeGreaterThan(0);
    await page.close();

    const second = await startWebProcess(dbPath);
    hosts.push(second);
    const [summary] = await second.api<{ id: number }[]>('notes.list', {});
    const note = await second.api<{ title: string; text: string }>('notes.get', { id: summary?.id });
    expect(note.title).toBe('Field notes');
    // Everything typed more than a second before the kill is there, and nothing but what was typed.
    const mustHave = typedAt.filter((t) => t <= killedAt - 1000).length;
    expect(mustHave).toBeGreaterThan(20);
    expect(text.startsWith(note.text)).toBe(true);
    expect(note.text.length).toBeGreaterThanOrEqual(mustHave);

    // And the app shows it.
    const again = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await again.goto(second.url);
    await again.locator('.note-row', { hasText: 'Field notes' }).click();
    await waitFor('the note in the editor', async () => (await again.locator('.editor').textContent())?.trim() === note.text.trim());
    await again.screenshot({ path: join(resultsDir, 'autosave-kill.png') });
  });
});
