// Compare statements in Chromium, on the three corpus articles: accept one suggested conflict and
// reject another (gone after a reload; a rejection can be undone with Mod+Z first), build a two-sided
// compare view and relate two claims, weigh a proposition in the matrix with a grade, read the
// timeline, insert each as a cited table into a note, and export that note with its table.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resultsDir, waitFor, type Harness } from '../../e2e/support/harness';
import { CORPUS_DIR } from '../shared';

const CORPUS = CORPUS_DIR;
const FILES = ['000_543b9cac1bd99c26.txt', '002_72e9264fc770830b.txt', '003_79306dbecdb1af6b.txt'];

interface Suggestion {
  a: { id: number };
  b: { id: number };
}
interface Relation {
  id: number;
  kind: string;
  origin: string;
  rationale: string | null;
  a: { id: number };
  b: { id: number };
}
interface ClaimLite {
  id: number;
  speaker: string | null;
  speakerEntity: { id: number; name: string } | null;
}

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

const pairOf = (id: string | null): string => (id ?? '').replace(/^sugg-/, '');

describe('compare statements', () => {
  it('suggestions, a two-sided compare view, the matrix and the timeline, each inserted into a note', async () => {
    const { page } = h;
    await page.goto(h.host.url);
    await page.locator('input[type=file]').setInputFiles(FILES.map((f) => join(CORPUS, f)));
    await waitFor('three articles', async () => (await page.locator('.article-row').count()) === 3, 60_000);
    // These plain-text files state no publication date; the analyst sets one per article, so
    // the statements have a place on the timeline.
    const articles = await h.api<{ id: number }[]>('articles.list', {});
    for (const [i, a] of articles.entries()) await h.api('articles.update', { id: a.id, published: `2022-02-${String(10 + 9 * i).padStart(2, '0')}` });

    // Mod+Shift+K opens the view on its suggestions, ranked, each with both quotes and a reason.
    await page.locator('.article-list').focus();
    await page.keyboard.press('Control+Shift+K');
    const view = page.getByRole('dialog', { name: 'Compare statements' });
    await view.waitFor();
    const suggestions = view.locator('.sugg');
    await waitFor('suggestions', async () => (await suggestions.count()) >= 3, 30_000);
    const first = suggestions.first();
    expect(await first.locator('.cmp-quote').count()).toBe(2);
    expect((await first.locator('.sugg-reason').textContent())?.length).toBeGreaterThan(10);
    expect(await first.locator('.cmp-speaker').count()).toBe(2);
    await page.screenshot({ path: join(resultsDir, 'compare-suggestions.png') });

    // Accept the first (A, a kind, a rationale, Enter): it becomes a relation and leaves the list.
    const accepted = pairOf(await first.getAttribute('id'));
    await view.getByRole('listbox', { name: 'Suggested conflicts' }).focus();
    await page.keyboard.press('a');
    await view.locator('.sugg-accept').waitFor();
    await view.locator('.sugg-accept label', { hasText: 'reframes' }).click();
    await view.getByLabel('Rationale').fill('Same departures, opposite framing');
    await view.getByLabel('Rationale').press('Enter');
    const relations = await waitFor('the accepted relation', async () => {
      const list = await h.api<Relation[]>('relations.list', {});
      return list.length === 1 ? list : null;
    });
    expect(relations[0]).toMatchObject({ kind: 'reframes', origin: 'suggestion', rationale: 'Same departures, opposite framing' });
    expect(`${relations[0]?.a.id}-${relations[0]?.b.id}`).toBe(accepted);
    // The list drops the accepted pair once the relation is stored (the UI may answer a moment later).
    await waitFor('the accepted suggestion to leave', async () => (await view.locator(`#sugg-${accepted}`).count()) === 0);

    // Reject (R) then undo (Ctrl+Z, a review decision like any other): it comes back. Reject again.
    const second = view.locator('.sugg[aria-selected=true]');
    const rejected = pairOf(await second.getAttribute('id'));
    expect(rejected).not.toBe(accepted);
    await page.keyboard.press('r');
    await waitFor('the rejected suggestion to leave', async () => (await view.locator(`#sugg-${rejected}`).count()) === 0);
    await view.getByRole('status').filter({ hasText: 'Rejected' }).waitFor();
    await page.keyboard.press('Control+z');
    await page.locator('.banner', { hasText: 'Undone: Rejected the suggestion' }).waitFor();
    await view.locator(`#sugg-${rejected}`).waitFor();
    await view.getByRole('listbox', { name: 'Suggested conflicts' }).focus();
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(pairOf(await view.locator('.sugg[aria-selected=true]').getAttribute('id'))).toBe(rejected);
    await page.keyboard.press('r');
    await waitFor('the rejected suggestion to leave', async () => (await view.locator(`#sugg-${rejected}`).count()) === 0);
    // Escape closes the view; the rejection is stored.
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    await waitFor('the rejection to be stored', async () => {
      const list = await h.api<Suggestion[]>('conflicts.suggest', { limit: 500 });
      return !list.some((s) => `${s.a.id}-${s.b.id}` === rejected);
    });

    // After a reload, neither the accepted nor the rejected pair is suggested.
    await page.reload();
    await page.locator('.article-row').first().waitFor();
    await page.locator('.article-list').focus();
    await page.keyboard.press('Control+Shift+K');
    await waitFor('suggestions after reload', async () => (await view.locator('.sugg').count()) > 0, 30_000);
    expect(await view.locator(`#sugg-${rejected}`).count()).toBe(0);
    // The list drops the accepted pair once the relation is stored (the UI may answer a moment later).
    await waitFor('the accepted suggestion to leave', async () => (await view.locator(`#sugg-${accepted}`).count()) === 0);

    // Compare: two sides named by the analyst, people and institutions picked by their entities.
    await view.getByRole('listbox', { name: 'Suggested conflicts' }).focus();
    await page.keyboard.press('2');
    await view.getByText('No sides yet.').waitFor();
    const speakers = [...new Set((await h.api<ClaimLite[]>('claims.list', {})).map((c) => c.speakerEntity?.name).filter((s): s is string => !!s))];
    const pick = (re: RegExp): string[] => speakers.filter((s) => re.test(s));
    const washington = pick(/Blinken|Porter|State Department|Dalton/);
    const moscow = pick(/Zakharova|Antonov|Putin|Ryabkov|Nebenzia/);
    expect(washington.length).toBeGreaterThanOrEqual(2);
    expect(moscow.length).toBeGreaterThanOrEqual(2);
    for (const [name, members] of [
      ['Washington', washington],
      ['Moscow', moscow],
    ] as const) {
      await view.getByRole('button', { name: 'New side' }).click();
      const form = view.getByRole('form', { name: 'New side' });
      await form.getByLabel('Side name').fill(name);
      for (const m of members) await form.getByRole('checkbox', { name: m, exact: false }).first().check();
      await form.getByRole('button', { name: 'Save side' }).click();
      await form.waitFor({ state: 'detached' });
    }
    const grid = view.getByRole('table', { name: 'Compare view' });
    await grid.waitFor();
    await waitFor('two side columns', async () => (await grid.getByRole('columnheader').allTextContents()).join('|') === 'Topic|Washington|Moscow');
    await waitFor('claims in both columns', async () => {
      const rows = grid.locator('.cmp-row');
      let left = 0;
      let right = 0;
      for (let i = 0; i < (await rows.count()); i++) {
        left += await rows.nth(i).locator('.cmp-cell').nth(0).locator('.cmp-claim').count();
        right += await rows.nth(i).locator('.cmp-cell').nth(1).locator('.cmp-claim').count();
      }
      return left > 0 && right > 0;
    });
    // Each claim: exact quote, speaker, outlet/date and a link into the reader.
    const aClaim = grid.locator('.cmp-cell').nth(0).locator('.cmp-claim').first();
    expect(await aClaim.locator('.cmp-quote').textContent()).toBeTruthy();
    expect(await aClaim.getByRole('button', { name: 'Open ↗' }).count()).toBe(1);

    // Relate a Washington claim to a Moscow claim by dragging one onto the other.
    const left = grid.locator('.cmp-row .cmp-cell:nth-child(2) .cmp-drag').first();
    const right = grid.locator('.cmp-row .cmp-cell:nth-child(3) .cmp-drag').first();
    const leftId = Number(await left.locator('.cmp-claim').getAttribute('data-claim-id'));
    const rightId = Number(await right.locator('.cmp-claim').getAttribute('data-claim-id'));
    await left.dragTo(right);
    const relate = page.getByRole('dialog', { name: 'Relate two claims' });
    await relate.waitFor();
    await relate.locator('label', { hasText: 'contradicts' }).click();
    await relate.getByLabel('Rationale').fill('Opposite accounts');
    await page.screenshot({ path: join(resultsDir, 'compare-relate.png') });
    await relate.getByRole('button', { name: 'Relate' }).click();
    await relate.waitFor({ state: 'detached' });
    await waitFor('the drawn relation', async () => (await h.api<Relation[]>('relations.list', {})).some((r) => r.a.id === leftId && r.b.id === rightId && r.kind === 'contradicts'));
    // Shown on both claims.
    await grid.locator(`.cmp-claim[data-claim-id="${leftId}"] .rel-chip.rel-contradicts`).waitFor();
    await grid.locator(`.cmp-claim[data-claim-id="${rightId}"] .rel-chip.rel-contradicts`).waitFor();
    await page.screenshot({ path: join(resultsDir, 'compare-view.png') });
    await view.getByRole('button', { name: 'Insert into note' }).click();
    await view.getByRole('status').filter({ hasText: 'Inserted a table' }).waitFor();

    // Matrix: a proposition, evidence for and against, a grade beside it.
    await view.getByRole('tab', { name: /Matrix/ }).click();
    await view.getByLabel('New proposition').fill('The departures are an expulsion');
    await view.getByRole('button', { name: 'Add proposition' }).click();
    const matrix = view.getByRole('table', { name: 'Stance matrix' });
    await matrix.waitFor();
    await matrix.getByRole('button', { name: /Evidence…/ }).click();
    const picker = view.getByRole('dialog', { name: /Evidence for/ });
    await picker.getByLabel('Find claims').fill(moscow[0] ?? '');
    await picker.locator('.evidence-list li').first().getByRole('button', { name: 'Supports' }).click();
    await picker.locator('.evidence-list li.ev-supports').waitFor();
    await picker.getByLabel('Find claims').fill(washington[0] ?? '');
    await picker.locator('.evidence-list li').first().getByRole('button', { name: 'Denies' }).click();
    await picker.locator('.evidence-list li.ev-denies').waitFor();
    await picker.getByRole('button', { name: 'Done' }).click();
    await matrix.locator('td .ev-supports').first().waitFor();
    await matrix.locator('td .ev-denies').first().waitFor();
    await matrix.locator('td .ev-supports .grade-badges').first().click();
    const grade = page.getByRole('dialog', { name: 'Grade the evidence' });
    await grade.getByLabel('Credibility').selectOption('2');
    await grade.getByLabel('Speaker reliability').selectOption('B');
    await page.screenshot({ path: join(resultsDir, 'compare-grade.png') });
    await grade.getByRole('button', { name: 'Save grades' }).click();
    await matrix.locator('td .ev-supports .grade-code', { hasText: 'B2' }).waitFor();
    await page.screenshot({ path: join(resultsDir, 'compare-matrix.png') });
    await view.getByRole('button', { name: 'Insert into note' }).click();
    await waitFor('the matrix table', async () => (await page.locator('.editor table').count()) >= 2);

    // Timeline: statements by date and speaker; filters narrow it.
    await view.getByRole('tab', { name: /Timeline/ }).click();
    const points = view.locator('.tl-point');
    await waitFor('timeline points', async () => (await points.count()) > 0, 20_000);
    const all = await points.count();
    await page.screenshot({ path: join(resultsDir, 'compare-timeline.png') });
    await view.getByLabel('Side', { exact: true }).selectOption({ label: 'Moscow' });
    await waitFor('a narrower timeline', async () => {
      const n = await points.count();
      return n > 0 && n < all;
    });
    await view.getByRole('button', { name: 'Insert into note' }).click();
    await waitFor('the timeline table', async () => (await page.locator('.editor table').count()) >= 3);

    // A click on a statement opens its source in the reader (the view closes).
    const target = points.first();
    const claimId = Number(await target.getAttribute('data-claim-id'));
    await target.click();
    await view.waitFor({ state: 'detached' });
    await page.locator(`mark.claim.active[data-claim-id="${claimId}"]`).waitFor();

    // The note holds three tables with real citations; saved, checked and exported as a table.
    await h.saved();
    await page.screenshot({ path: join(resultsDir, 'compare-note-tables.png') });
    expect(await page.locator('.editor table').count()).toBe(3);
    expect(await page.locator('.editor table .citation').count()).toBeGreaterThan(3);
    const noteId = (await h.api<{ id: number }[]>('notes.list', {}))[0]?.id;
    const note = await h.api<{ content: string; text: string; citations: { target: string }[] }>('notes.get', { id: noteId });
    expect(note.content).toContain('"type":"table"');
    expect(note.text).toContain('Compare: Washington · Moscow');
    expect(note.citations.length).toBeGreaterThan(3);
    const md = await h.api<{ content: string }>('export.note', { id: noteId, format: 'md' });
    expect(md.content).toMatch(/\| Topic \| Washington \| Moscow \| Relations \|\n\| --- \| --- \| --- \| --- \|/);
    expect(md.content).toMatch(/\| Proposition \| Washington \| Moscow \|/);
    expect(md.content).toMatch(/\| [^|\n]*\[\^\d+\][^|\n]* \|/);
    expect(h.offHost).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });

  it('inserts an empty table from the palette and saves what is typed in its cells', async () => {
    const { page } = h;
    await page.reload();
    await page.locator('.article-row').first().waitFor();
    await page.keyboard.press('Control+N');
    await page.locator('.note-title').press('Enter');
    await page.keyboard.type('Numbers by source');
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('insert table');
    await page.keyboard.press('Enter');
    const table = page.locator('.editor table');
    await table.waitFor();
    expect(await table.locator('tr').count()).toBe(3);
    expect(await table.locator('th').count()).toBe(3);
    await table.locator('td').first().click();
    await page.keyboard.type('twenty-seven');
    await h.saved();
    const id = (await h.api<{ id: number; title: string }[]>('notes.list', {}))[0]?.id;
    const note = await h.api<{ content: string; text: string }>('notes.get', { id });
    expect(note.content).toContain('"type":"tablecell"');
    expect(note.text).toContain('twenty-seven');
  });
});
