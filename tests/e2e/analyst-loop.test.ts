/// <reference lib="dom" />
// The analyst's loop with the keyboard only, on two articles written for this test: review five
// claims (confirm, reject, a speaker from the entity completion, a claim from a selection, a
// claim clicked in the text), undo and redo each with Ctrl+Z / Ctrl+Shift+Z, compare two sides
// built from merged entities, accept a suggestion, narrow the table and insert it; the note holds
// exactly the rows shown. A screenshot at each step (test-results/loop-*.png).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, resultsDir, waitFor, type Harness } from './support/harness';

const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'loop');
const FILES = ['northland-envoys.txt', 'southland-reply.txt'];

interface ClaimLite {
  id: number;
  articleId: number;
  text: string;
  speaker: string | null;
  status: string;
  kind: string;
  speakerEntity: { id: number; name: string } | null;
}

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const shot = (name: string): Promise<Buffer> => h.page.screenshot({ path: join(resultsDir, `loop-${name}.png`) });

describe('the analyst’s loop', () => {
  it('reviews, undoes and redoes every step, compares entity sides and inserts exactly the rows shown', { timeout: 180_000 }, async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').first().setInputFiles(FILES.map((f) => join(FIXTURES, f)));
    await waitFor('two articles', async () => (await page.locator('.article-row').count()) === 2, 60_000);
    const articles = await h.api<{ id: number; title: string }[]>('articles.list', {});
    const first = articles.find((a) => a.title.startsWith('Northland orders'));
    expect(first).toBeDefined();
    const claimsOf = async (): Promise<ClaimLite[]> => h.api<ClaimLite[]>('claims.list', { articleId: first?.id });
    const toast = async (text: string): Promise<void> => {
      await page.locator('.banner', { hasText: text }).last().waitFor();
    };

    // Open the first article from the library with the keyboard.
    await page.keyboard.press('Control+1');
    const rows = page.locator('.article-row');
    for (let i = 0; i < 3 && !((await page.locator('.reader-title').textContent()) ?? '').startsWith('Northland orders'); i++) await page.keyboard.press('ArrowDown');
    await page.locator('.reader-title', { hasText: 'Northland orders' }).waitFor();
    expect(await rows.count()).toBe(2);
    // Speakers are named in the text; the two sides' speakers have different colours.
    const osk = page.locator('mark.claim[data-speaker="Mira Osk"]').first();
    const varga = page.locator('mark.claim[data-speaker="Dana Varga"]').first();
    await osk.waitFor();
    const colour = (m: typeof osk): Promise<string> => m.evaluate((el) => getComputedStyle(el).borderBottomColor);
    expect(await colour(osk)).not.toBe(await colour(varga));
    await shot('1-reader');

    // The palette lists the review commands with their keys; the sheet too.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').fill('claim');
    for (const title of ['Confirm the selected claim', 'Reject (or restore) the selected claim', 'Change the selected claim’s speaker', 'Make the selected words a claim'])
      await palette.getByRole('option', { name: new RegExp(title.replace(/[()]/g, '\\$&')) }).waitFor();
    await palette.getByRole('combobox').fill('go to the claims list');
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    const list = page.getByRole('listbox', { name: 'Claims in this article' });
    await waitFor('the claims list focused', async () => list.evaluate((el) => el === document.activeElement));

    const before = await claimsOf();
    expect(before.length).toBeGreaterThanOrEqual(5);
    const selected = async (): Promise<number> => Number(await list.locator('[aria-selected="true"]').getAttribute('data-claim-id'));

    // 1. Confirm (Y) the first claim.
    await page.keyboard.press('ArrowDown');
    const c1 = await selected();
    await page.keyboard.press('y');
    await waitFor('confirmed', async () => (await claimsOf()).find((c) => c.id === c1)?.status === 'confirmed');
    // 2. Reject (X) the next.
    await page.keyboard.press('ArrowDown');
    const c2 = await selected();
    await page.keyboard.press('x');
    await waitFor('rejected', async () => (await claimsOf()).find((c) => c.id === c2)?.status === 'rejected');
    // 3. Speaker from the completion (S, type, ↓, Enter): the Northland ministry's entity.
    await page.keyboard.press('ArrowDown');
    const c3 = await selected();
    await page.keyboard.press('s');
    await page.keyboard.type('Northland For');
    const option = page.getByRole('option', { name: /Northland Foreign Ministry/ });
    await option.waitFor();
    await shot('2-speaker-completion');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitFor('speaker set', async () => (await claimsOf()).find((c) => c.id === c3)?.speaker === 'Northland Foreign Ministry');
    // 4. A claim from a selection (Ctrl+Shift+M): narration, so reported speech, left suggested.
    const PICKED = 'the Southland embassy said on Friday';
    await page.evaluate((phrase) => {
      const root = document.getElementById('reader-text');
      const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(phrase) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`no text node holds ${phrase}`);
    }, PICKED);
    await page.keyboard.press('Control+Shift+M');
    const made = await waitFor('the new claim', async () => (await claimsOf()).find((c) => c.text === PICKED) ?? null);
    expect(made).toMatchObject({ kind: 'indirect', status: 'suggested' });
    // 5. A claim clicked in the text, then Y: the keys act on it at once.
    const target = page.locator('mark.claim[data-speaker="Dana Varga"]').first();
    const c5 = Number(await target.getAttribute('data-claim-id'));
    expect([c1, c2, c3, made.id]).not.toContain(c5);
    await target.click();
    await page.keyboard.press('y');
    await waitFor('the clicked claim confirmed', async () => (await claimsOf()).find((c) => c.id === c5)?.status === 'confirmed');
    await shot('3-reviewed');
    const reviewed = await claimsOf();

    // Undo each, newest first, with a toast naming it; then redo each.
    const state = (cs: ClaimLite[]): string => JSON.stringify(cs.map((c) => [c.id, c.status, c.speaker]));
    const steps: [string, (cs: ClaimLite[]) => boolean][] = [
      ['Undone: Confirmed', (cs) => cs.find((c) => c.id === c5)?.status === 'suggested'],
      ['Undone: New reported claim', (cs) => !cs.some((c) => c.id === made.id)],
      ['Undone: Speaker of', (cs) => cs.find((c) => c.id === c3)?.speaker === before.find((c) => c.id === c3)?.speaker],
      ['Undone: Rejected', (cs) => cs.find((c) => c.id === c2)?.status === 'suggested'],
      ['Undone: Confirmed', (cs) => cs.find((c) => c.id === c1)?.status === 'suggested'],
    ];
    for (const [i, [label, done]] of steps.entries()) {
      await page.keyboard.press('Control+z');
      await waitFor(`undo ${i + 1}`, async () => done(await claimsOf()));
      await toast(label);
    }
    await shot('4-undone');
    expect(state(await claimsOf())).toBe(state(before));
    for (let i = 0; i < steps.length; i++) await page.keyboard.press('Control+Shift+Z').then(() => toast('Redone:'));
    await waitFor('everything redone', async () => state(await claimsOf()) === state(reviewed));
    await shot('5-redone');

    // An entity merge (made in the entities view, here through the service) is undone from the
    // reader too, and the palette finds entities and claims by their words.
    const ents = await h.api<{ id: number; name: string }[]>('entities.list', {});
    const ministry = ents.find((e) => e.name === 'Northland Foreign Ministry');
    const oskEntity = ents.find((e) => e.name === 'Mira Osk');
    expect(ministry && oskEntity).toBeTruthy();
    await h.api('entities.merge', { ids: [ministry?.id], into: oskEntity?.id });
    await page.keyboard.press('Control+z');
    await toast('Undone: Merged Northland Foreign Ministry into Mira Osk');
    await waitFor('the ministry back', async () => (await h.api<{ name: string }[]>('entities.list', {})).some((e) => e.name === 'Northland Foreign Ministry'));
    await page.keyboard.press('Control+k');
    await palette.getByRole('combobox').fill('Dana Varga');
    await palette.locator('.palette-found', { hasText: 'Dana Varga' }).first().waitFor();
    expect(await palette.locator('.palette-found .palette-kind', { hasText: 'Entity' }).count()).toBeGreaterThan(0);
    await palette.getByRole('combobox').fill('routine rotation');
    await palette.locator('.palette-found', { hasText: 'routine rotation' }).first().waitFor();
    await shot('5b-palette-content');
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
    // The focus is back in the reader's text, where the claim was clicked.
    await waitFor('the focus back in the reader', async () => (await page.evaluate(() => document.activeElement?.id)) === 'reader-text');

    // Compare (Ctrl+Shift+K): the suggestions list has the focus, j / k / A work at once.
    const focusedBefore = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');
    expect(focusedBefore).not.toBe('');
    await page.keyboard.press('Control+Shift+K');
    const view = page.getByRole('dialog', { name: 'Compare statements' });
    const suggestions = view.getByRole('listbox', { name: 'Suggested conflicts' });
    await waitFor('suggestions focused', async () => (await suggestions.count()) === 1 && (await suggestions.evaluate((el) => el === document.activeElement)), 30_000);
    const reasons = await view.locator('.sugg-reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    // Reasons are sentences naming both speakers, no placeholders.
    for (const r of reasons.slice(0, 3)) expect(r).not.toMatch(/\b[AB] (?:denies|says|claims)\b/);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const pick = await view.locator('.sugg[aria-selected="true"]').getAttribute('id');
    await shot('6-suggestions');
    await page.keyboard.press('a');
    await waitFor('the rationale field focused', async () => view.getByLabel('Rationale').evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    await waitFor('the accepted relation', async () => (await h.api<unknown[]>('relations.list', {})).length === 1);
    await waitFor('the accepted suggestion leaves', async () => (await view.locator(`[id="${pick}"]`).count()) === 0);

    // Two sides from the merged entities: Mira Osk (both articles' spellings are one entity) and
    // the ministry against Dana Varga.
    const entities = await h.api<{ id: number; name: string; articles: number }[]>('entities.list', { q: 'Osk' });
    expect(entities.find((e) => e.name === 'Mira Osk')?.articles).toBe(2);
    await page.keyboard.press('2');
    await view.getByText('No sides yet.').waitFor();
    const side = async (name: string, members: string[]): Promise<void> => {
      await page.keyboard.press('n');
      const form = view.getByRole('form', { name: 'New side' });
      await form.getByLabel('Side name').waitFor();
      await page.keyboard.type(name);
      for (const m of members) {
        await page.keyboard.press('Tab');
        await page.keyboard.type(m);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Control+a');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Shift+Tab');
      }
      await page.keyboard.press('Enter');
      await form.waitFor({ state: 'detached' });
    };
    await side('Northland', ['Mira Osk', 'Northland Foreign Ministry']);
    await side('Southland', ['Dana Varga']);
    const sides = await h.api<{ name: string; entities: { name: string }[] }[]>('sides.list', {});
    expect(sides.map((s) => [s.name, s.entities.map((e) => e.name).sort()])).toEqual([
      ['Northland', ['Mira Osk', 'Northland Foreign Ministry']],
      ['Southland', ['Dana Varga']],
    ]);
    const grid = view.getByRole('table', { name: 'Compare view' });
    await grid.waitFor();
    await waitFor('two side columns', async () => (await grid.getByRole('columnheader').allTextContents()).join('|') === 'Topic|Northland|Southland');
    // Claims are on the side of their speaker's entity.
    const speakersIn = async (col: number): Promise<string[]> => grid.locator(`.cmp-row .cmp-cell:nth-child(${col + 2}) .cmp-speaker`).allTextContents();
    await waitFor('claims on both sides', async () => (await speakersIn(0)).length > 0 && (await speakersIn(1)).length > 0);
    expect(new Set((await speakersIn(0)).map((s) => s.trim()))).toEqual(new Set(['Mira Osk', 'Northland Foreign Ministry']));
    expect(new Set((await speakersIn(1)).map((s) => s.trim()))).toEqual(new Set(['Dana Varga']));
    await shot('7-compare');

    // Narrow (F, words, Escape back to the view), switch tabs and back: the filter stays.
    await page.keyboard.press('f');
    await page.keyboard.type('visas');
    await page.keyboard.press('Escape');
    await waitFor('a narrower view', async () => (await grid.locator('.cmp-row').count()) > 0 && (await grid.locator('.cmp-claim').allTextContents()).every((t) => /visas/i.test(t)));
    await page.keyboard.press('1');
    await suggestions.waitFor();
    await page.keyboard.press('2');
    await waitFor('the filter kept', async () => (await view.getByLabel('Narrow to claims matching').inputValue()) === 'visas');
    await waitFor('the narrowed grid again', async () => (await grid.locator('.cmp-claim').count()) > 0 && (await grid.locator('.cmp-claim').allTextContents()).every((t) => /visas/i.test(t)));
    const shownRows = await grid.locator('.cmp-row').count();
    const shownClaims = (await grid.locator('.cmp-claim').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-claim-id'))))).sort((a, b) => a - b);
    await shot('8-narrowed');

    // Insert (I): the note holds exactly the rows and the citations shown.
    await view.focus();
    await page.keyboard.press('i');
    await view.getByRole('status').filter({ hasText: 'Inserted a table' }).waitFor();
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    // Escape gave the focus back to where it was before compare opened.
    await waitFor('the focus back', async () => (await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '')) === focusedBefore);
    await waitFor('the table in the note', async () => (await page.locator('.editor table').count()) === 1);
    await shot('9-note');
    const table = page.locator('.editor table').first();
    expect(await table.locator('tr').count()).toBe(shownRows + 1);
    const cited = await waitFor('the note saved with its citations', async () => {
      const notes = await h.api<{ id: number }[]>('notes.list', {});
      const note = notes[0] ? await h.api<{ citations: { target: string }[] }>('notes.get', { id: notes[0].id }) : null;
      return note && note.citations.length > 0 ? note.citations : null;
    });
    expect(cited.map((c) => Number(c.target.replace('claim:', ''))).sort((a, b) => a - b)).toEqual(shownClaims);
  });
});
