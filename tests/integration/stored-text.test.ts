// What the service stores is valid text: a lone UTF-16 surrogate in a title, a note's text or a
// pasted article becomes U+FFFD (offsets unchanged), so the file's UTF-8 is valid for every
// SQLite reader; and an inline style in a note's Lexical JSON is dropped when the note is saved.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lexical, openHarness, paragraph, text, type Harness } from './service-helpers';

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.dispose());

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every text value of `sql`'s rows, as the bytes SQLite holds, decoded strictly (throws on invalid UTF-8). */
function storedTexts(sql: string): string[] {
  const db = new Database(h.dbPath, { readonly: true });
  try {
    const rows = db.prepare(sql).all() as Record<string, Buffer | null>[];
    return rows.flatMap((r) => Object.values(r).flatMap((b) => (b ? [utf8.decode(b)] : [])));
  } finally {
    db.close();
  }
}

describe('lone surrogates', () => {
  it('are stored as U+FFFD in a note title and text, and in a pasted article', async () => {
    const note = await h.call('notes.create', { title: 'Ferry \uD800 brief' });
    const content = lexical(paragraph(text('The fee rose \uDC00 again.')));
    await h.call('notes.save', { id: note.id, title: 'Ferry \uD800 brief', content });
    expect(storedTexts('SELECT CAST(title AS BLOB) AS t, CAST(text AS BLOB) AS x FROM notes')).toEqual(['Ferry \uFFFD brief', 'The fee rose \uFFFD again.']);

    const pasted = 'Harbour fees rise\n\n“The fee rose \uD83D again,” the harbour master said on Monday. Repairs took nine days \uD83D\uDE00.';
    const o = await h.call('articles.importPaste', { text: pasted });
    const article = await h.call('articles.get', { id: o.article.id });
    expect(article.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(article.text).toContain('rose \uFFFD again');
    // A well-formed pair is kept as it is.
    expect(article.text).toContain('\uD83D\uDE00');
    const [body] = storedTexts(`SELECT CAST(text AS BLOB) AS b FROM articles WHERE id = ${o.article.id}`);
    expect(body).toBe(article.text);
  });
});

describe('inline styles in a note', () => {
  it('are dropped when the note is saved; the rest of the note is kept', async () => {
    const note = await h.call('notes.create', { title: 'Styled' });
    const styled = { ...text('Visible words'), style: 'background-image:url(https://example.org/beacon.png);color:transparent' };
    const content = lexical({ ...paragraph(styled), textStyle: 'font-size:0' });
    await h.call('notes.save', { id: note.id, title: 'Styled', content });
    const saved = await h.call('notes.get', { id: note.id });
    expect(saved.content).not.toContain('url(');
    const root = JSON.parse(saved.content) as { root: { children: { textStyle: string; children: { style: string; text: string }[] }[] } };
    expect(root.root.children[0]?.textStyle).toBe('');
    expect(root.root.children[0]?.children[0]).toMatchObject({ style: '', text: 'Visible words' });
    expect(saved.text).toContain('Visible words');
  });
});
