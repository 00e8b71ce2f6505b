// The sample notebook: three articles and a brief whose citations are written as quoted words,
// `[@"exact quoted words"]`, resolved here to the claims that quote them.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Store } from '../../store/index';
import { QuireError } from './errors';
import { readFile, storeReading } from './library';
import type { Notebook } from './notebook';

const fileName = z
  .string()
  .min(1)
  .refine((name) => basename(name) === name && name !== '..', 'must be a file name in the sample folder');
const manifestSchema = z.strictObject({ articles: z.array(fileName).min(1), note: fileName });

const QUOTED_CITATION = /\[@"([^"\]\n]+)"\]/g;

/** Quotes and apostrophes unified, white space collapsed: how a hand-typed quote is compared. */
const loose = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/gu, ' ')
    .trim();

/** The claim whose text equals, or else contains, the quoted words. */
function claimQuoting(store: Store, words: string): number | undefined {
  const exact = store.claims.findByText(words)[0];
  if (exact) return exact.id;
  const wanted = loose(words);
  const claims = store.claims.list().map((c) => ({ id: c.id, text: loose(c.text) }));
  const strip = (t: string): string => t.replace(/^["']+|[,.;:!?"']+$/g, '');
  const equal = claims.find((c) => c.text === wanted || strip(c.text) === wanted);
  if (equal) return equal.id;
  return claims.filter((c) => c.text.includes(wanted)).sort((x, y) => x.text.length - y.text.length)[0]?.id;
}

/** Replaces every `[@"words"]` with `[@claim:ID]`; throws when a quote matches no claim. */
export function resolveQuotedCitations(store: Store, markdown: string): string {
  return markdown.replace(QUOTED_CITATION, (_match, words: string) => {
    const wanted = words.trim();
    const id = claimQuoting(store, wanted);
    if (id === undefined) throw new QuireError('internal', `sample note: no claim quotes “${wanted}”`);
    return `[@claim:${id}]`;
  });
}

export function loadSample(store: Store, notebook: Notebook, resourcesDir: string): { articles: number; notes: number; noteId: number } {
  if (store.articles.count() > 0 || store.notes.count() > 0) {
    throw new QuireError('conflict', 'the sample notebook can only be loaded into an empty library');
  }
  const dir = join(resourcesDir, 'sample');
  const read = (name: string): Buffer => {
    try {
      return readFileSync(join(dir, name));
    } catch (err) {
      throw new QuireError('internal', `sample notebook: cannot read ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  let manifest: z.infer<typeof manifestSchema>;
  try {
    manifest = manifestSchema.parse(JSON.parse(read('manifest.json').toString('utf8')));
  } catch (err) {
    if (err instanceof QuireError) throw err;
    throw new QuireError('internal', `sample notebook: manifest.json is malformed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const files = manifest.articles.map((name) => ({ name, bytes: new Uint8Array(read(name)) }));
  const markdown = read(manifest.note).toString('utf8');

  return store.transaction(() => {
    if (store.articles.count() > 0 || store.notes.count() > 0) {
      throw new QuireError('conflict', 'the sample notebook can only be loaded into an empty library');
    }
    let articles = 0;
    for (const file of files) {
      try {
        storeReading(store, file.name, readFile(file.name, file.bytes));
        articles += 1;
      } catch (err) {
        if (err instanceof QuireError && err.code === 'conflict') continue; // an exact duplicate: skip it
        throw err;
      }
    }
    const { note, created } = notebook.importMarkdown(resolveQuotedCitations(store, markdown));
    return { articles, notes: created, noteId: note.id };
  });
}
