// Files dropped on the window are imported; a file the service refuses gets its own banner.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, waitFor, type Harness } from './support/harness';

const ARTICLE = join(repoRoot, 'tests', 'fixtures', 'corpus', 'ambassador-farewell.txt');

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

/** Dispatches dragenter/dragover/drop on the page with in-memory files (runs in the page). */
const DROP = `(files) => {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
  for (const type of ['dragenter', 'dragover', 'drop']) {
    document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  }
}`;

describe('drag and drop', () => {
  it('imports dropped files and reports the ones refused', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.getByRole('heading', { name: 'Welcome to Quire' }).waitFor();
    const text = readFileSync(ARTICLE, 'utf8');
    const files = [
      { name: 'dropped.md', text },
      { name: 'same-again.txt', text },
    ];
    await page.evaluate(`(${DROP})(${JSON.stringify(files)})`);
    await waitFor('one article', async () => (await page.locator('.article-row').count()) === 1);
    await page.getByRole('alert').filter({ hasText: 'same-again.txt' }).waitFor();
    // The reader opens the imported article once it has loaded it (after the report under load).
    await page.locator('.reader-title').first().waitFor();
    expect(await page.locator('.reader-title').count()).toBe(1);
    expect(h.offHost).toEqual([]);
  });
});
