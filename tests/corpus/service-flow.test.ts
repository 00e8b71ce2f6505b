// The whole service on a real SQLite file, called through dispatch() as every host calls it:
// import the real corpus, read it back, review claims, write a cited note, search, export,
// delete an article and see its citations turn broken (not vanish).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleSummary, Claim } from '../../src-main/api/contract/methods';
import { CORPUS_DIR, CORPUS_FILES, claimCitation, corpusBase64, lexical, noteLink, openHarness, paragraph, spanCitation, text, type Harness } from './shared';

let h: Harness;
const imported: ArticleSummary[] = [];
const original = new Map<number, Article>();

beforeAll(() => {
  h = openHarness();
});
afterAll(() => h.dispose());

/** The article imported from corpus file `i`. */
const art = (i: number): ArticleSummary => {
  const a = imported[i];
  if (!a) throw new Error(`article ${i} was not imported`);
  return a;
};

describe('an empty library', () => {
  it('app.info reports the version, the path and that the store is empty', async () => {
    expect(await h.call('app.info', {})).toEqual({ version: '9.9.9-test', dbPath: h.dbPath, articles: 0, notes: 0, empty: true });
    expect(await h.call('articles.list', {})).toEqual([]);
    expect(await h.call('notes.list', {})).toEqual([]);
    expect(await h.call('search.query', { q: 'expulsion' })).toEqual([]);
  });
});

describe('articles', () => {
  it('imports the three corpus files with their claims', async () => {
    for (const name of CORPUS_FILES) {
      const outcome = await h.call('articles.import', { fileName: name, data: corpusBase64(name) });
      expect(outcome.article.id).toBeGreaterThan(0);
      expect(outcome.article.title.length).toBeGreaterThan(0);
      expect(outcome.claims).toBeGreaterThan(0);
      expect(await h.call('claims.list', { articleId: outcome.article.id })).toHaveLength(outcome.claims);
      imported.push(outcome.article);
    }
    expect(new Set(imported.map((a) => a.id)).size).toBe(3);
    const info = await h.call('app.info', {});
    expect([info.articles, info.notes, info.empty]).toEqual([3, 0, false]);
  });

  it('lists them and gets each back with its full text', async () => {
    const list = await h.call('articles.list', {});
    expect(list.map((a) => a.id).sort((x, y) => x - y)).toEqual(imported.map((a) => a.id).sort((x, y) => x - y));
    for (const summary of imported) {
      const article = await h.call('articles.get', { id: summary.id });
      expect(article.chars).toBe(article.text.length);
      expect(article.title).toBe(summary.title);
      expect(article.sourceName).toMatch(/\.txt$/);
      original.set(summary.id, article);
    }
    expect(original.get(art(0).id)?.text).toContain('Olivia Dalton, a spokeswoman for the U.S. Mission to the United Nations');
    expect(original.get(art(1).id)?.text).toContain('Russia Foreign Ministry spokesperson Maria Zakharova');
    expect(original.get(art(2).id)?.text).toContain('Today is a very bitter event at our embassy');
  });

  it('extract reads a file without storing anything', async () => {
    const before = h.dump();
    const extraction = await h.call('articles.extract', { fileName: CORPUS_FILES[2], data: corpusBase64(CORPUS_FILES[2]) });
    expect(extraction.article.text).toBe(original.get(art(2).id)?.text);
    expect(extraction.claims.length).toBeGreaterThan(0);
    for (const c of extraction.claims) expect(extraction.article.text.slice(c.start, c.end)).toBe(c.text);
    expect(h.dump()).toEqual(before);
  });

  it('refuses an exact duplicate, naming the article already in the library, and changes nothing', async () => {
    const before = h.dump();
    const digest = h.fileDigest();
    const err = await h.fail('articles.import', { fileName: 'copy.txt', data: corpusBase64(CORPUS_FILES[0]) });
    expect(err).toEqual({ code: 'conflict', message: `already in the library as “${art(0).title}” (article ${art(0).id})` });
    // The same text with different line endings and trailing white space is the same article.
    const variant = readFileSync(join(CORPUS_DIR, CORPUS_FILES[1])).toString('utf8').replace(/\n/g, '\r\n') + '\r\n\r\n';
    const err2 = await h.fail('articles.import', { fileName: 'variant.txt', data: Buffer.from(variant).toString('base64') });
    expect(err2.code).toBe('conflict');
    expect(err2.message).toContain(`(article ${art(1).id})`);
    expect(h.dump()).toEqual(before);
    expect(h.fileDigest()).toBe(digest);
    expect((await h.call('app.info', {})).articles).toBe(3);
  });
});

describe('claims', () => {
  let all: Claim[];

  it('lists claims ordered by article then position, each an exact slice of its article', async () => {
    all = await h.call('claims.list', {});
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const c of all) {
      const textOf = original.get(c.articleId)?.text;
      expect(textOf).toBeDefined();
      expect(textOf!.slice(c.start, c.end)).toBe(c.text);
      expect(c.status).toBe('suggested');
    }
    const order = all.map((c) => [c.articleId, c.start]);
    const sorted = [...order].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!);
    expect(order).toEqual(sorted);
    expect(all.some((c) => c.articleId === art(0).id && c.text.includes("It's not our choice"))).toBe(true);
    const byArticle = await h.call('claims.list', { articleId: art(1).id });
    expect(byArticle).toEqual(all.filter((c) => c.articleId === art(1).id));
  });

  it('updates status and speaker, and nothing else', async () => {
    const c = all[0]!;
    const updated = await h.call('claims.update', { id: c.id, status: 'confirmed', speaker: '  Olivia Dalton ' });
    // The new speaker is linked to the entity of that name (entities, #4).
    expect(updated).toEqual({ ...c, status: 'confirmed', speaker: 'Olivia Dalton', speakerEntity: { id: expect.any(Number), name: 'Olivia Dalton' } });
    const cleared = await h.call('claims.update', { id: c.id, speaker: null });
    expect(cleared).toEqual({ ...c, status: 'confirmed', speaker: null, speakerEntity: null });
    expect((await h.call('claims.list', {})).find((x) => x.id === c.id)).toEqual(cleared);
    expect(await h.fail('claims.update', { id: 987654, status: 'rejected' })).toEqual({ code: 'not_found', message: 'claim 987654 does not exist' });
  });
});

describe('notes', () => {
  let claim: Claim;
  let spanStart: number;
  const phrase = 'Olivia Dalton, a spokeswoman for the U.S. Mission to the United Nations';
  let briefId: number;
  let sourcesId: number;

  it('creates notes and saves one with citations and a link', async () => {
    claim = (await h.call('claims.list', { articleId: art(0).id })).find((c) => c.text.includes("It's not our choice"))!;
    spanStart = original.get(art(0).id)!.text.indexOf(phrase);
    expect(spanStart).toBeGreaterThan(0);

    const brief = await h.call('notes.create', { title: 'Expulsions brief' });
    const sources = await h.call('notes.create', { title: 'Sources' });
    briefId = brief.id;
    sourcesId = sources.id;
    expect(brief).toMatchObject({ title: 'Expulsions brief', text: '', citations: [], links: [], backlinks: [] });

    const content = lexical(
      paragraph(text('Moscow denies starting the cycle of tit-for-tat moves'), claimCitation(claim.id), text('.')),
      paragraph(text('The U.S. side spoke through its mission'), spanCitation(art(0).id, spanStart, spanStart + phrase.length), text(' — see '), noteLink(sources.id, 'Sources')),
      paragraph(text('Again'), claimCitation(claim.id)),
    );
    const saved = await h.call('notes.save', { id: brief.id, title: 'Expulsions brief', content });
    // The answer leaves content and text out (the editor holds them); the store has them.
    expect(saved).not.toHaveProperty('content');
    const stored = await h.call('notes.get', { id: brief.id });
    expect(stored.content).toBe(content);
    expect(stored.text).toBe('Moscow denies starting the cycle of tit-for-tat moves.\n\nThe U.S. side spoke through its mission — see Sources\n\nAgain');
    expect(saved.citations?.map((c) => [c.target, c.quote, c.articleId, c.articleTitle, c.broken])).toEqual([
      [`claim:${claim.id}`, claim.text, art(0).id, art(0).title, false],
      [`article:${art(0).id}@${spanStart}-${spanStart + phrase.length}`, phrase, art(0).id, art(0).title, false],
    ]);
    expect(saved.citations?.[0]?.ref).toEqual({ kind: 'claim', claimId: claim.id });
    expect(saved.citations?.[0]?.speaker).toBe(claim.speaker);
    expect(saved.citations?.[1]?.speaker).toBeNull();
    expect(saved.links).toEqual([{ id: sources.id, title: 'Sources' }]);
    expect(saved.backlinks).toEqual([]);

    const back = await h.call('notes.get', { id: sources.id });
    expect(back.backlinks).toEqual([{ id: brief.id, title: 'Expulsions brief' }]);
    expect((await h.call('notes.list', {})).map((n) => n.id).sort()).toEqual([brief.id, sources.id].sort());
  });

  it('search finds articles, claims and notes, with match markers, best first', async () => {
    const hits = await h.call('search.query', { q: 'espionage' });
    expect(hits.some((x) => x.type === 'article' && x.id === art(0).id)).toBe(true);
    expect(hits.some((x) => x.type === 'claim')).toBe(true);
    for (const hit of hits) expect(hit.snippet).toMatch(/\uE000[Ee]spionage\uE001/);
    const claimHits = await h.call('search.query', { q: "not our choice" });
    expect(claimHits.some((x) => x.type === 'claim' && x.id === claim.id)).toBe(true);
    const noteHits = await h.call('search.query', { q: 'tit-for-tat moves' });
    expect(noteHits.find((x) => x.type === 'note')).toMatchObject({ id: briefId, title: 'Expulsions brief' });
    // Prefix on the last word, diacritics ignored, FTS syntax inert.
    expect((await h.call('search.query', { q: 'Zakhar' })).some((x) => x.id === art(1).id && x.type === 'article')).toBe(true);
    expect(await h.call('search.query', { q: '"*( )^:' })).toEqual([]);
    expect(await h.call('search.query', { q: 'espionage" OR NEAR(x' })).toEqual([]);
    expect(await h.call('search.query', { q: 'espionage', limit: 1 })).toHaveLength(1);
  });

  it('exports the note as Markdown with the quote in a footnote (note only)', async () => {
    const file = await h.call('export.note', { id: briefId, format: 'md', citations: 'note' });
    expect(file.fileName).toBe('expulsions-brief.md');
    expect(file.mimeType).toBe('text/markdown');
    expect(file.content.startsWith('# Expulsions brief\n')).toBe(true);
    expect(file.content).toContain('[^1]');
    expect(file.content).toContain("It's not our choice");
    expect(file.content).toContain(`[^2]: “${phrase}”`);
    expect(file.content).not.toContain('Broken citation');
  });

  it('deleting an article breaks its citations instead of deleting them', async () => {
    expect(await h.call('articles.delete', { id: art(0).id })).toEqual({ deleted: art(0).id });
    expect(await h.fail('articles.get', { id: art(0).id })).toEqual({ code: 'not_found', message: `article ${art(0).id} does not exist` });
    expect((await h.call('claims.list', {})).some((c) => c.articleId === art(0).id)).toBe(false);
    expect((await h.fail('claims.list', { articleId: art(0).id })).code).toBe('not_found');
    expect((await h.call('search.query', { q: 'espionage' })).length).toBe(0);

    const brief = await h.call('notes.get', { id: briefId });
    expect(brief.citations.map((c) => [c.target, c.broken, c.quote, c.articleTitle])).toEqual([
      [`claim:${claim.id}`, true, claim.text, null],
      [`article:${art(0).id}@${spanStart}-${spanStart + phrase.length}`, true, phrase, null],
    ]);
    // Saving the note again (the editor still holds the citation nodes) keeps them broken.
    const resaved = await h.call('notes.save', { id: briefId, title: brief.title, content: brief.content });
    expect(resaved.citations?.map((c) => [c.broken, c.quote])).toEqual([[true, claim.text], [true, phrase]]);
    const file = await h.call('export.note', { id: briefId, format: 'md' });
    expect(file.content).toContain(`Broken citation: the cited source (claim:${claim.id}) is no longer in the library.`);
    expect(await h.fail('articles.delete', { id: art(0).id })).toEqual({ code: 'not_found', message: `article ${art(0).id} does not exist` });
  });

  it('imports a Markdown brief with citations and [[links]], creating missing linked notes', async () => {
    const c = (await h.call('claims.list', { articleId: art(2).id }))[0]!;
    const md = `# Departures\n\nAntonov spoke of a bitter day [@claim:${c.id}], see [[Sources]] and [[Open questions]].\n`;
    const note = await h.call('notes.importMarkdown', { markdown: md });
    expect(note.title).toBe('Departures');
    expect(note.citations).toHaveLength(1);
    expect(note.citations?.[0]).toMatchObject({ target: `claim:${c.id}`, quote: c.text, broken: false, articleId: art(2).id });
    expect(note.links.map((l) => l.title).sort()).toEqual(['Open questions', 'Sources']);
    expect(note.links.find((l) => l.title === 'Sources')?.id).toBe(sourcesId);
    expect((await h.call('notes.list', {})).map((n) => n.title).sort()).toEqual(['Departures', 'Expulsions brief', 'Open questions', 'Sources']);
    expect((await h.call('notes.get', { id: sourcesId })).backlinks.map((b) => b.title).sort()).toEqual(['Departures', 'Expulsions brief']);

    const titled = await h.call('notes.importMarkdown', { markdown: 'No heading here.', title: 'Given title' });
    expect(titled.title).toBe('Given title');
    const untitled = await h.call('notes.importMarkdown', { markdown: 'No heading here either.' });
    expect(untitled.title).toBe('Imported note');
    expect(untitled.text).toBe('No heading here either.');

    const bad = await h.fail('notes.importMarkdown', { markdown: 'See [@article:987654].' });
    expect(bad.code).toBe('bad_request');
  });

  it('deleting a note removes its links and backlinks', async () => {
    expect(await h.call('notes.delete', { id: sourcesId })).toEqual({ deleted: sourcesId });
    expect((await h.call('notes.get', { id: briefId })).links).toEqual([]);
    expect((await h.fail('notes.get', { id: sourcesId })).code).toBe('not_found');
  });

  it('never changed an article text', async () => {
    for (const i of [1, 2]) {
      const now = await h.call('articles.get', { id: art(i).id });
      expect(now.text).toBe(original.get(art(i).id)?.text);
    }
  });
});
