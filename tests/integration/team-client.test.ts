// Team mode's local side through dispatch, on a real store: the team server and token are set and
// checked, a local note is shared as a case's document, another analyst's Quire opens it as a
// local note of its own, and the links survive a restart beside the store (which they never change).
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openService } from '../../src-main/api/service/index';
import { dispatch } from '../../src-main/api/service/dispatch';
import { teamClientFile } from '../../src-main/store/team/client-file';
import { openHarness, REPO_RESOURCES, type Harness } from './service-helpers';

let h: Harness | undefined;
afterEach(() => h?.dispose());

const server = { url: 'ws://127.0.0.1:4321', token: 'a'.repeat(32), name: 'Alice' };

describe('team.* methods', () => {
  it('refuses a team server URL that is not ws(s)://, and a token of the wrong shape', async () => {
    h = openHarness();
    for (const url of ['http://127.0.0.1:1', 'ws://host with space', 'javascript:alert(1)', 'wss://a;b']) {
      expect((await h.fail('team.set', { ...server, url })).code, url).toBe('bad_request');
    }
    expect((await h.fail('team.set', { ...server, token: 'short' })).code).toBe('bad_request');
    expect((await h.call('team.get', {})).server).toBeNull();
    expect((await h.call('team.set', server)).server).toEqual(server);
    expect((await h.call('team.get', {})).server).toEqual(server);
  });

  it('shares a note once, marks it seeded, and keeps the link across a restart', async () => {
    h = openHarness();
    const note = await h.call('notes.create', { title: 'Brief' });
    expect((await h.fail('team.share', { noteId: note.id, caseName: 'harbour' })).message).toMatch(/no team server/);
    await h.call('team.set', server);
    expect(await h.call('team.link', { noteId: note.id })).toBeNull();
    const link = await h.call('team.share', { noteId: note.id, caseName: 'harbour' });
    expect(link).toMatchObject({ noteId: note.id, caseName: 'harbour', seeded: false });
    expect(link.documentName).toMatch(/^harbour\/note\/[\w-]+$/);
    expect((await h.fail('team.share', { noteId: note.id, caseName: 'harbour' })).code).toBe('conflict');
    expect((await h.call('team.seeded', { noteId: note.id })).seeded).toBe(true);
    expect((await h.fail('team.share', { noteId: note.id + 99, caseName: 'harbour' })).code).toBe('not_found');

    const before = h.dump();
    h.opened.close();
    const again = openService({ dbPath: h.dbPath, resourcesDir: REPO_RESOURCES });
    try {
      const got = await dispatch(again.service, 'team.link', { noteId: note.id });
      expect(got).toEqual({ ok: true, value: { ...link, seeded: true } });
    } finally {
      again.close();
    }
    h.opened = openService({ dbPath: h.dbPath, resourcesDir: REPO_RESOURCES });
    // The links are a file beside the store, readable only by its owner; the store is unchanged.
    expect(existsSync(teamClientFile(h.dbPath))).toBe(true);
    expect(JSON.parse(readFileSync(teamClientFile(h.dbPath), 'utf8')).server).toEqual(server);
    expect(h.dump()).toEqual(before);
  });

  it("opens a case's shared note as a local note, once", async () => {
    h = openHarness();
    await h.call('team.set', server);
    const documentName = 'harbour/note/0b6f2f6c-1d7e-4a51-9c0e-5d1f2b3c4d5e';
    const note = await h.call('team.open', { documentName, title: 'Their brief' });
    expect(note.title).toBe('Their brief');
    expect(await h.call('team.link', { noteId: note.id })).toEqual({ noteId: note.id, documentName, caseName: 'harbour', seeded: true });
    expect((await h.call('team.open', { documentName, title: 'Again' })).id).toBe(note.id);
    expect((await h.call('notes.list', {})).length).toBe(1);
    expect((await h.fail('team.open', { documentName: '../note/x', title: 'x' })).code).toBe('bad_request');
  });
});
