// Editing a claim's span from the keyboard in the reader: E, word-by-word moves, Enter saves,
// Mod+Z undoes, selected words replace the span; the edit survives re-extraction, which does not
// suggest the original span again.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const ARTICLE = join(repoRoot, 'tests', 'fixtures', 'corpus', 'staff-shortage-report.txt');

interface ClaimLite {
  id: number;
  articleId: number;
  kind: string;
  text: string;
  start: number;
  end: number;
}

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

describe('claim span edit', () => {
  it('moves a span word by word, saves, undoes, takes a selection and survives re-extraction', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').first().setInputFiles(ARTICLE);
    await page.locator('.article-row').first().click();
    await page.locator('.claim-row').first().waitFor();

    const claims = await h.api<ClaimLite[]>('claims.list', {});
    const target = claims.find((c) => c.kind === 'direct' && words(c.text).length >= 6);
    expect(target).toBeTruthy();
    if (!target) return;
    const { text: articleText } = await h.api<{ text: string }>('articles.get', { id: target.articleId });
    const row = page.locator(`.claim-row[data-claim-id="${target.id}"]`);
    const mark = page.locator(`mark[data-claim-id="${target.id}"]`);
    const stored = async (): Promise<ClaimLite | undefined> => (await h.api<ClaimLite[]>('claims.list', { articleId: target.articleId })).find((c) => c.id === target.id);

    // E on the selected claim; ← drops the last word, Shift+→ the first; the text shows the draft.
    await row.click();
    await page.keyboard.press('e');
    const bar = page.getByRole('status', { name: 'Editing the claim’s span' });
    await bar.waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowRight');
    const inner = words(target.text).slice(1, -1).join(' ');
    await waitFor('the draft in the text', async () => words(((await mark.allTextContents()).join(''))).join(' ') === inner);
    expect(await page.locator('mark.claim.span-editing').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(resultsDir, 'claims-span-edit-draft.png') });
    // Escape leaves the claim as it was.
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    expect((await stored())?.text).toBe(target.text);

    // Again, and Enter saves.
    await page.keyboard.press('e');
    await bar.waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await waitFor('the trimmed claim stored', async () => words((await stored())?.text ?? '').join(' ') === inner);
    const trimmed = await stored();
    expect(trimmed && articleText.slice(trimmed.start, trimmed.end)).toBe(trimmed?.text);
    await waitFor('the list shows it', async () => words((await row.locator('.claim-quote').textContent()) ?? '').join(' ') === inner);

    // Mod+Z undoes the span edit.
    await row.click();
    await page.keyboard.press('Control+z');
    await waitFor('the original span back', async () => (await stored())?.start === target.start && (await stored())?.end === target.end);
    // …and the reader has redrawn it (a redraw after the words are selected would drop the selection).
    await waitFor('the list shows the original span', async () => words((await row.locator('.claim-quote').textContent()) ?? '').join(' ') === words(target.text).join(' '));

    // Words selected in the text, then E and Enter: the selection becomes the span.
    const picked = words(target.text).slice(0, 3).join(' ');
    const pickedStart = articleText.indexOf(picked, target.start);
    await row.click();
    await page.keyboard.press('e');
    await bar.waitFor();
    // The draft is drawn in the text first (that render replaces the text's nodes); then the words are selected.
    await page.locator('mark.claim.span-editing').first().waitFor();
    await page.evaluate(
      ({ start, end }) => {
        const root = document.getElementById('reader-text');
        const runs = root ? Array.from(root.querySelectorAll<HTMLElement>('[data-start]')) : [];
        const at = (offset: number): { node: Node; offset: number } => {
          const run = runs.filter((r) => Number(r.dataset.start) <= offset).pop();
          if (!run?.firstChild) throw new Error(`no run at ${offset}`);
          return { node: run.firstChild, offset: offset - Number(run.dataset.start) };
        };
        const a = at(start);
        const b = at(end);
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      },
      { start: pickedStart, end: pickedStart + picked.length },
    );
    await page.keyboard.press('Enter');
    await waitFor('the selected words stored', async () => (await stored())?.text === picked);
    await page.screenshot({ path: join(resultsDir, 'claims-span-edit-saved.png') });

    // Re-extraction keeps the edit and does not suggest the original span again.
    const reextracted = await h.api<{ claims: number }>('articles.reextract', { id: target.articleId });
    expect(reextracted.claims).toBe(claims.length - 1);
    const after = await h.api<ClaimLite[]>('claims.list', { articleId: target.articleId });
    expect(after.find((c) => c.id === target.id)?.text).toBe(picked);
    expect(after.filter((c) => c.start === target.start && c.end === target.end)).toEqual([]);
    expect(after).toHaveLength(claims.length);

    // After a reload the reader shows the edited span; the palette offers span editing (an edit is
    // undone like every review decision).
    await page.reload();
    await page.locator('.article-row').first().click();
    await waitFor('the edited claim after reload', async () => (await row.locator('.claim-quote').textContent()) === picked);
    await row.click();
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill('span');
    const options = await page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').allTextContents();
    expect(options.join('\n')).toMatch(/Edit the selected claim’s span/);
    await page.getByRole('combobox', { name: 'Command' }).fill('undo');
    const undo = await page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').allTextContents();
    expect(undo.join('\n')).toMatch(/Undo the last review decision/);
    await page.getByRole('combobox', { name: 'Command' }).fill('span');
    await page.keyboard.press('Enter');
    await bar.waitFor();
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    expect(h.pageErrors).toEqual([]);
  });
});
