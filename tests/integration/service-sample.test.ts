// sample.load: the bundled sample notebook (resources/sample) into an empty store, citations
// written as quoted words resolved to claims; refused on a non-empty store; a sample whose quote
// matches no claim fails loudly and leaves the store empty.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_RESOURCES, openHarness, type Harness } from './service-helpers';

const manifest = JSON.parse(readFileSync(join(REPO_RESOURCES, 'sample', 'manifest.json'), 'utf8')) as { articles: string[]; note: string };
const briefMarkdown = readFileSync(join(REPO_RESOURCES, 'sample', manifest.note), 'utf8');
const quoted = [...briefMarkdown.matchAll(/\[@"([^"\]\n]+)"\]/g)].map((m) => m[1]!);

let h: Harness | undefined;
let scratch: string | undefined;
afterEach(() => {
  h?.dispose();
  h = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('sample.load', () => {
  it('loads the sample articles and the brief with every citation resolved to a claim', async () => {
    h = openHarness();
    expect(quoted.length).toBeGreaterThan(0);
    const result = await h.call('sample.load', {});
    expect(result.articles).toBe(manifest.articles.length);
    expect(result.notes).toBeGreaterThanOrEqual(1);

    const note = await h.call('notes.get', { id: result.noteId });
    expect(note.title).toBe(/^# (.+)$/m.exec(briefMarkdown)?.[1]);
    expect(note.citations).toHaveLength(new Set(quoted).size);
    for (const [i, citation] of note.citations.entries()) {
      expect(citation.broken).toBe(false);
      expect(citation.ref.kind).toBe('claim');
      expect(citation.quote).toContain(quoted[i]);
      expect(citation.articleTitle).not.toBeNull();
    }
    const info = await h.call('app.info', {});
    expect(info).toMatchObject({ articles: manifest.articles.length, notes: result.notes, empty: false });

    const exported = await h.call('export.note', { id: result.noteId, format: 'md' });
    expect(exported.content).not.toContain('Broken citation');
    expect(exported.content).not.toContain('[@');

    const before = h.dump();
    expect((await h.fail('sample.load', {})).code).toBe('conflict');
    expect(h.dump()).toEqual(before);
  });

  it('fails loudly on a quote no claim contains, and leaves the store empty', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'quire-sample-'));
    cpSync(join(REPO_RESOURCES, 'sample'), join(scratch, 'sample'), { recursive: true });
    writeFileSync(join(scratch, 'sample', manifest.note), `${briefMarkdown}\n\nAnd [@"words that nobody ever said"].\n`);
    h = openHarness({ resourcesDir: scratch });
    const err = await h.fail('sample.load', {});
    expect(err.code).toBe('internal');
    expect(err.message).toContain('words that nobody ever said');
    expect(await h.call('app.info', {})).toMatchObject({ articles: 0, notes: 0, empty: true });
  });

  it('fails clearly when the sample is missing', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'quire-sample-'));
    h = openHarness({ resourcesDir: scratch });
    const err = await h.fail('sample.load', {});
    expect(err.code).toBe('internal');
    expect(err.message).toContain('manifest.json');
    expect((await h.call('app.info', {})).empty).toBe(true);
  });
});
