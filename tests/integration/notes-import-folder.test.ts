// Markdown notes into the notebook: a note that was only a link target (an empty stub) is filled
// by the import of that title instead of duplicated, and a folder of notes (an Obsidian vault)
// comes in with its [[links]] resolved among its own notes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './service-helpers';

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.dispose());

const titles = async (): Promise<string[]> => (await h.call('notes.list', {})).map((n) => n.title).sort();

describe('importing Markdown notes', { timeout: 30_000 }, () => {
  it('fills the stub a link made instead of making a second note of that title', async () => {
    const brief = await h.call('notes.importMarkdown', { markdown: '# Harbour brief\n\nSee [[Northland framing]] for the wording.\n' });
    expect(await titles()).toEqual(['Harbour brief', 'Northland framing']);
    const stub = (await h.call('notes.list', {})).find((n) => n.title === 'Northland framing');
    const framing = await h.call('notes.importMarkdown', { markdown: '# Northland framing\n\nThey call it a rotation, never an expulsion.\n' });
    expect(framing.id).toBe(stub?.id);
    expect(framing.text).toContain('rotation');
    expect(await titles()).toEqual(['Harbour brief', 'Northland framing']);
    // The brief's link still points at the (now filled) note.
    expect((await h.call('notes.backlinks', { id: framing.id })).map((n) => n.id)).toEqual([brief.id]);
    // A note of that title that is not empty is left alone: a second one is made.
    const again = await h.call('notes.importMarkdown', { markdown: '# Northland framing\n\nA second take.\n' });
    expect(again.id).not.toBe(framing.id);
  });

  it('imports a vault with its links resolved among its notes, titled by file name', async () => {
    const out = await h.call('notes.importFolder', {
      files: [
        { name: 'vault/Brief.md', markdown: 'Start from [[Sources]] and [[Framing]].\n' },
        { name: 'vault/Sources.md', markdown: 'Two outlets; see [[Brief]].\n' },
        { name: 'vault/Framing.md', markdown: 'Rotation against expulsion.\n' },
      ],
    });
    expect(out.notes.map((n) => n.title)).toEqual(['Brief', 'Sources', 'Framing']);
    expect(out.created).toBe(3);
    expect(await titles()).toEqual(['Brief', 'Framing', 'Sources']);
    const id = (t: string): number => out.notes.find((n) => n.title === t)!.id;
    expect((await h.call('notes.backlinks', { id: id('Sources') })).map((n) => n.id)).toEqual([id('Brief')]);
    expect((await h.call('notes.backlinks', { id: id('Brief') })).map((n) => n.id)).toEqual([id('Sources')]);
    expect((await h.call('notes.get', { id: id('Framing') })).text).toContain('Rotation');
  });
});
