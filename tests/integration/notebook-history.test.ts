// Note version history through dispatch() on a real SQLite file: the periodic snapshot, the
// snapshot on request, and restore (which keeps what it replaces: nothing is lost).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lexical, openHarness, paragraph, text, type Harness } from './service-helpers';

let h: Harness;

beforeAll(() => {
  h = openHarness();
});
afterAll(() => h.dispose());

describe('note history', () => {
  it('snapshots on the first save, on request and around a restore', async () => {
    const note = await h.call('notes.create', { title: 'Draft' });
    expect(await h.call('notes.history', { id: note.id })).toEqual([]);
    const first = lexical(paragraph(text('First words.')));
    await h.call('notes.save', { id: note.id, title: 'Draft', content: first });
    // Saves within the interval add no version.
    await h.call('notes.save', { id: note.id, title: 'Draft', content: lexical(paragraph(text('First words, edited.'))) });
    let history = await h.call('notes.history', { id: note.id });
    expect(history.map((v) => [v.reason, v.text])).toEqual([['auto', 'First words.']]);

    await h.call('notes.save', { id: note.id, title: 'Draft 2', content: lexical(paragraph(text('Second state.'))) });
    const manual = await h.call('notes.snapshot', { id: note.id });
    expect(manual).toMatchObject({ noteId: note.id, title: 'Draft 2', reason: 'manual', text: 'Second state.' });
    await h.call('notes.save', { id: note.id, title: 'Draft 3', content: lexical(paragraph(text('Third, unsnapshotted.'))) });

    const firstVersion = history[0];
    if (!firstVersion) throw new Error('no version');
    const restored = await h.call('notes.restore', { id: note.id, versionId: firstVersion.id });
    expect(restored).toMatchObject({ title: 'Draft', content: first, text: 'First words.' });
    history = await h.call('notes.history', { id: note.id });
    expect(history.map((v) => [v.reason, v.title, v.text])).toEqual([
      ['restore', 'Draft', 'First words.'],
      ['before-restore', 'Draft 3', 'Third, unsnapshotted.'],
      ['manual', 'Draft 2', 'Second state.'],
      ['auto', 'Draft', 'First words.'],
    ]);
    // Restoring the state it replaced brings it back.
    const back = await h.call('notes.restore', { id: note.id, versionId: history[1]!.id });
    expect(back.text).toBe('Third, unsnapshotted.');
  });

  it('refuses unknown notes and versions of another note', async () => {
    const a = await h.call('notes.create', { title: 'A' });
    const b = await h.call('notes.create', { title: 'B' });
    const v = await h.call('notes.snapshot', { id: a.id });
    expect((await h.fail('notes.restore', { id: b.id, versionId: v.id })).code).toBe('not_found');
    expect((await h.fail('notes.history', { id: 999999 })).code).toBe('not_found');
    expect((await h.fail('notes.snapshot', { id: 999999 })).code).toBe('not_found');
    expect((await h.fail('notes.restore', { id: a.id, versionId: 0 })).code).toBe('bad_request');
    // Deleting a note deletes its versions.
    await h.call('notes.delete', { id: a.id });
    expect(h.dump()['note_versions']?.some((r) => (r as { note_id: number }).note_id === a.id)).toBe(false);
  });
});
