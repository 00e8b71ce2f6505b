// Team mode in the app: two analysts, each with their own Quire (web host, local store, Chromium),
// co-edit one shared note through a real team server process. Both type and converge; one goes
// offline, edits, comes back, and nothing is lost; a viewer cannot change anything, and an editor
// made viewer mid-session is refused by the server and told so in the note.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quireTeam, startServer, type ServerProcess } from '../support/team-server';
import { launch, waitFor, type Harness } from './support/harness';

let dir: string;
let data: string;
let server: ServerProcess | undefined;
const quires: Harness[] = [];
let alice: Harness;
let bob: Harness;
let carol: Harness;
let documentName = '';

const editorText = async (page: Page): Promise<string> => (await page.locator('.editor').textContent()) ?? '';
const status = async (page: Page): Promise<string> => (await page.getByTestId('team-status').textContent()) ?? '';

/** A Quire of its own for `user`, connected to the team server, with the shared note open. */
async function member(user: string, token: string): Promise<Harness> {
  const h = await launch();
  quires.push(h);
  await h.api('team.set', { url: server?.url, token, name: user });
  return h;
}

async function openNote(h: Harness, title: string): Promise<void> {
  await h.page.goto(h.host.url);
  await h.page.locator('.note-row', { hasText: title }).click();
  await waitFor(`${title} synced with the team server`, async () => (await status(h.page)).startsWith('Shared in case') || (await status(h.page)).startsWith('Read-only'));
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('.editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quire-team-e2e-'));
  data = join(dir, 'team.sqlite');
  const tokens = Object.fromEntries(['alice', 'bob', 'carol'].map((u) => [u, quireTeam(['user', 'add', u, '--data', data])]));
  quireTeam(['case', 'share', 'harbour', '--owner', 'alice', '--data', data]);
  quireTeam(['case', 'grant', 'harbour', 'bob', 'editor', '--data', data]);
  quireTeam(['case', 'grant', 'harbour', 'carol', 'viewer', '--data', data]);
  server = await startServer(['--data', data, '--port', '0']);
  alice = await member('alice', tokens.alice as string);
  bob = await member('bob', tokens.bob as string);
  carol = await member('carol', tokens.carol as string);
  // Alice writes a note on her own, then shares it from the Team dialog; Bob opens the case's
  // note from his, Carol through the API.
  const note = await alice.api<{ id: number }>('notes.importMarkdown', { markdown: 'The ferry schedule changed.', title: 'Harbour brief' });
  await alice.page.goto(alice.host.url);
  await alice.page.locator('.note-row', { hasText: 'Harbour brief' }).click();
  await alice.page.getByRole('button', { name: 'Team…' }).click();
  await alice.page.getByLabel('Case name').fill('harbour');
  await alice.page.getByRole('button', { name: 'Share with the case' }).click();
  await waitFor('the shared note seeded', async () => (await alice.api<{ seeded: boolean }>('team.link', { noteId: note.id })).seeded);
  expect(await status(alice.page)).toBe('Shared in case harbour');
  documentName = (await alice.api<{ documentName: string }>('team.link', { noteId: note.id })).documentName;
  await bob.page.goto(bob.host.url);
  await bob.page.getByRole('button', { name: 'Team…' }).click();
  await bob.page.getByLabel('Shared note to open').fill(documentName);
  await bob.page.getByLabel('Title for the shared note').fill('Harbour brief');
  await bob.page.getByRole('button', { name: 'Open', exact: true }).click();
  await waitFor('bob synced', async () => (await status(bob.page).catch(() => '')) === 'Shared in case harbour');
  await carol.api('team.open', { documentName, title: 'Harbour brief' });
}, 180_000);

afterAll(async () => {
  for (const h of quires) await h.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a shared note in two Quires', () => {
  it('shows what the sharer wrote to the other member, and both typing converge', async () => {
    expect(await editorText(bob.page)).toBe('The ferry schedule changed.');
    await typeAtEnd(alice.page, ' Alice adds the pier.');
    await typeAtEnd(bob.page, ' Bob adds the crane.');
    await waitFor('both editors equal with both edits', async () => {
      const [a, b] = [await editorText(alice.page), await editorText(bob.page)];
      return a === b && a.includes('Alice adds the pier.') && a.includes('Bob adds the crane.');
    });
    // Each local store keeps the shared note as its working copy.
    await alice.saved();
    await bob.saved();
    const notes = await bob.api<{ id: number; title: string }[]>('notes.list', {});
    const stored = await bob.api<{ text: string }>('notes.get', { id: notes[0]?.id });
    expect(stored.text).toContain('Alice adds the pier.');
  });

  it('keeps a save point on the team server when a member saves a version', async () => {
    await alice.page.getByRole('tab', { name: 'History' }).click();
    await alice.page.getByRole('button', { name: 'Save version' }).click();
    await waitFor('a save point on the server', async () => (JSON.parse(quireTeam(['versions', documentName, '--data', data, '--json'])) as unknown[]).length === 1);
    const [point] = JSON.parse(quireTeam(['versions', documentName, '--data', data, '--json'])) as { label: string; bytes: number }[];
    expect(point?.label).toBe('Version of “Harbour brief” saved by hand');
    expect(point?.bytes).toBeGreaterThan(0);
  });

  it("undoes only one's own edits: Bob's stay with both after Alice undoes hers", async () => {
    await alice.page.locator('.editor').click();
    for (let i = 0; i < 20 && (await editorText(alice.page)).includes('Alice adds'); i++) await alice.page.keyboard.press('Control+Z');
    await waitFor('both without alice\'s edit, with bob\'s', async () => {
      const [a, b] = [await editorText(alice.page), await editorText(bob.page)];
      return a === b && !a.includes('Alice adds') && a.includes('Bob adds the crane.');
    });
    expect(await editorText(bob.page)).toContain('The ferry schedule changed.');
  });

  it('merges the edits one member made offline when they come back', async () => {
    await alice.context.setOffline(true);
    await waitFor('alice shown offline', async () => (await status(alice.page)).startsWith('Offline'), 60_000);
    await typeAtEnd(alice.page, ' Written offline.');
    await typeAtEnd(bob.page, ' Written meanwhile.');
    await waitFor('bob has his own edit', async () => (await editorText(bob.page)).includes('Written meanwhile.'));
    expect(await editorText(bob.page)).not.toContain('Written offline.');
    await alice.context.setOffline(false);
    await waitFor('both converge with both edits', async () => {
      const [a, b] = [await editorText(alice.page), await editorText(bob.page)];
      return a === b && a.includes('Written offline.') && a.includes('Written meanwhile.');
    }, 60_000);
  });

  it('lets a viewer read but not change the note, and refuses an editor made viewer, saying so', async () => {
    await openNote(carol, 'Harbour brief');
    expect(await status(carol.page)).toContain('you are a viewer of case harbour');
    expect(await carol.page.locator('.editor').getAttribute('contenteditable')).toBe('false');
    expect(await editorText(carol.page)).toBe(await editorText(alice.page));

    quireTeam(['case', 'grant', 'harbour', 'bob', 'viewer', '--data', data]);
    await typeAtEnd(bob.page, ' Not allowed.');
    await waitFor('the refusal shown to bob', async () => (await bob.page.getByRole('alert').filter({ hasText: 'refused your change' }).count()) > 0);
    expect(await bob.page.locator('.editor').getAttribute('contenteditable')).toBe('false');
    // Nobody else receives it, and a fresh open of the note does not show it either.
    await typeAtEnd(alice.page, ' Alice still writes.');
    await waitFor('carol sees alice', async () => (await editorText(carol.page)).includes('Alice still writes.'));
    expect(await editorText(carol.page)).not.toContain('Not allowed.');
    await carol.page.reload();
    await openNote(carol, 'Harbour brief');
    await waitFor('carol reloaded', async () => (await editorText(carol.page)).includes('Alice still writes.'));
    expect(await editorText(carol.page)).not.toContain('Not allowed.');
    for (const h of quires) expect(h.offHost).toEqual([]);
  });
});
