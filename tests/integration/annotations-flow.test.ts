// Annotations (#5) on a real SQLite file through dispatch(): create / list / update / delete with
// undo, tags and the colour legend, search with a tag filter, cited annotations, carrying
// annotations over to a near-duplicate (orphaning what does not match, never moving it to a
// lookalike), and bad input refused without touching stored data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-main/api/contract/annotations';
import { paragraphRanges } from '../../src-main/core/text/paragraphs';
import { sentenceRanges } from '../../src-main/core/text/sentences';
import { CORPUS_FILES, corpusBase64, lexical, openHarness, paragraph, spanCitation, text, type Harness } from './service-helpers';

let h: Harness;
let articleId: number;
let body: string;
let otherId: number;

/** A sentence of the article picked by position (nothing keyed to the corpus's words). */
const sentence = (n: number): { start: number; end: number } => {
  const all = paragraphRanges(body).flatMap((p) => sentenceRanges(body, p)).filter((s) => s.end - s.start > 40);
  const s = all[n];
  if (!s) throw new Error(`the article has fewer than ${n + 1} long sentences`);
  return { start: s.start, end: s.end };
};

/** A word of ≥ 6 letters found at least twice in the text, and its first two places. */
function repeatedWord(text: string): { word: string; first: number; second: number } {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/\b[a-z]{6,}\b/g)) {
    const at = seen.get(m[0]);
    // Far enough apart that their contexts do not overlap.
    if (at !== undefined && m.index - at > 200) return { word: m[0], first: at, second: m.index };
    if (at === undefined) seen.set(m[0], m.index);
  }
  throw new Error('no repeated word');
}

beforeAll(async () => {
  h = openHarness();
  const [first, , third] = CORPUS_FILES;
  articleId = (await h.call('articles.import', { fileName: first, data: corpusBase64(first) })).article.id;
  otherId = (await h.call('articles.import', { fileName: third, data: corpusBase64(third) })).article.id;
  body = (await h.call('articles.get', { id: articleId })).text;
});
afterAll(() => h?.dispose());

describe('annotations: create, list, update, delete', () => {
  let made: Annotation;

  it('highlights a span with a comment and a tag; the tag joins the legend with a colour', async () => {
    const { start, end } = sentence(2);
    made = await h.call('annotations.create', { articleId, start, end, comment: '  Compare with the ministry figures ', tags: ['Evidence'] });
    expect(made).toMatchObject({ articleId, start, end, quote: body.slice(start, end), comment: 'Compare with the ministry figures', tags: ['Evidence'], color: null, state: 'anchored' });
    expect(made.prefix).toBe(body.slice(Math.max(0, start - 32), start));
    expect(made.suffix).toBe(body.slice(end, end + 32));
    expect(made.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: body.slice(start, end), prefix: made.prefix, suffix: made.suffix },
      { type: 'TextPositionSelector', start, end },
    ]);
    const legend = await h.call('tags.list', {});
    expect(legend).toEqual([{ id: expect.any(Number), name: 'Evidence', color: 'yellow', description: '', annotations: 1 }]);
    expect(made.displayColor).toBe('yellow');
    expect(await h.call('annotations.list', { articleId })).toEqual([made]);
    expect(await h.call('annotations.get', { id: made.id })).toEqual(made);
  });

  it('the legend recolours and renames; annotations follow', async () => {
    const [tag] = await h.call('tags.list', {});
    if (!tag) throw new Error('no tag');
    const saved = await h.call('tags.save', { id: tag.id, name: 'Key evidence', color: '#2a9d8f', description: 'Numbers we rely on' });
    expect(saved).toEqual({ id: tag.id, name: 'Key evidence', color: '#2a9d8f', description: 'Numbers we rely on', annotations: 1 });
    const after = await h.call('annotations.get', { id: made.id });
    expect(after.tags).toEqual(['Key evidence']);
    expect(after.displayColor).toBe('#2a9d8f');
    // A second tag, new: made with the first palette colour not taken.
    const two = await h.call('annotations.update', { id: made.id, tags: ['Key evidence', 'Follow up'], comment: 'Ask the ministry' });
    expect(two.tags).toEqual(['Key evidence', 'Follow up']);
    expect(two.comment).toBe('Ask the ministry');
    expect((await h.call('tags.list', {})).map((t) => [t.name, t.color])).toEqual([
      ['Follow up', 'yellow'],
      ['Key evidence', '#2a9d8f'],
    ]);
    // Its own colour wins over the tag's; null gives the tag's back.
    expect((await h.call('annotations.update', { id: made.id, color: 'pink' })).displayColor).toBe('pink');
    expect((await h.call('annotations.update', { id: made.id, color: null })).displayColor).toBe('#2a9d8f');
    made = await h.call('annotations.get', { id: made.id });
  });

  it('search finds annotations by comment and quote, narrowed by tag', async () => {
    const hits = await h.call('search.query', { q: 'ministry', tag: 'key EVIDENCE' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ type: 'annotation', id: made.id, articleId, tags: ['Key evidence', 'Follow up'] });
    expect(hits[0]?.snippet).toContain('\uE000ministry\uE001');
    const quoteWord = (made.quote.match(/[A-Za-z]{6,}/) ?? [''])[0];
    const byQuote = await h.call('search.query', { q: quoteWord, types: ['annotation'] });
    expect(byQuote.map((x) => x.id)).toContain(made.id);
    expect(await h.call('search.query', { q: 'ministry', tag: 'Follow up' })).toHaveLength(1);
    expect(await h.call('search.query', { q: 'ministry', tag: 'Unused' })).toEqual([]);
    // Without a tag the other kinds still come back.
    const all = await h.call('search.query', { q: quoteWord });
    expect(new Set(all.map((x) => x.type)).has('article')).toBe(true);
  });

  it('a note citing the annotated span resolves to exactly those words, with the annotation', async () => {
    const note = await h.call('notes.create', { title: 'Brief' });
    const saved = await h.call('notes.save', { id: note.id, title: 'Brief', content: lexical(paragraph(text('See '), spanCitation(articleId, made.start, made.end))) });
    expect(saved.citations?.[0]).toMatchObject({ quote: made.quote, broken: false });
    const cited = await h.call('annotations.cited', { noteId: note.id });
    expect(cited).toEqual([{ target: `article:${articleId}@${made.start}-${made.end}`, annotation: made }]);
  });

  it('delete returns the annotation; restore (undo) brings it back with its tags and comment', async () => {
    const removed = await h.call('annotations.delete', { id: made.id });
    expect(removed.annotation).toEqual(made);
    expect(await h.call('annotations.list', { articleId })).toEqual([]);
    expect((await h.call('tags.list', {})).every((t) => t.annotations === 0)).toBe(true);
    const a = removed.annotation;
    const back = await h.call('annotations.restore', {
      articleId: a.articleId,
      start: a.start,
      end: a.end,
      quote: a.quote,
      prefix: a.prefix,
      suffix: a.suffix,
      comment: a.comment,
      tags: a.tags,
      color: a.color,
      state: a.state,
    });
    expect(back).toMatchObject({ start: a.start, end: a.end, quote: a.quote, comment: a.comment, tags: a.tags, state: 'anchored' });
    made = back;
  });

  it('a tag deleted from the legend leaves the annotations, without it', async () => {
    const followUp = (await h.call('tags.list', {})).find((t) => t.name === 'Follow up');
    if (!followUp) throw new Error('no tag');
    await h.call('tags.delete', { id: followUp.id });
    expect((await h.call('annotations.get', { id: made.id })).tags).toEqual(['Key evidence']);
  });
});

describe('carrying annotations to a near-duplicate', () => {
  it('places what matches, orphans what does not — never on a lookalike — and does it once', async () => {
    const firstBreak = body.indexOf('\n\n');
    const twice = repeatedWord(body);
    // A sentence after the first paragraph, well away from the reworded words.
    const plain = [4, 5, 6, 7, 8].map(sentence).find((s) => s.start > firstBreak + 40 && Math.abs(s.start - twice.first) > 120 && Math.abs(s.end - twice.first) > 120);
    if (!plain || firstBreak < 0) throw new Error('no sentence to annotate');
    const kept = await h.call('annotations.create', { articleId, ...plain, comment: 'kept' });
    const lookalike = await h.call('annotations.create', { articleId, start: twice.first, end: twice.first + twice.word.length, comment: 'first use' });

    // A reprint: a paragraph added after the first, and the words just before the first use of the word reworded.
    const cutFrom = Math.max(0, twice.first - 40);
    const reworded = body.slice(cutFrom, twice.first).replace(/[a-z]/g, (ch) => (ch === 'x' ? 'y' : 'x'));
    const edited = `${body.slice(0, cutFrom)}${reworded}${body.slice(twice.first)}`;
    const added = '\n\nThis edition adds a paragraph of its own to the story.';
    const reprint = `${edited.slice(0, firstBreak)}${added}${edited.slice(firstBreak)}`;
    expect(reprint.indexOf(twice.word, 40)).toBeGreaterThan(0);
    const imported = await h.call('articles.import', { fileName: 'reprint.txt', data: Buffer.from(reprint).toString('base64') });
    const copyId = imported.article.id;
    const copyText = (await h.call('articles.get', { id: copyId })).text;
    expect((await h.call('articles.related', { id: articleId })).find((r) => r.article.id === copyId)?.kind).toBe('near_duplicate');

    const outcome = await h.call('annotations.carry', { fromArticleId: articleId, toArticleId: copyId });
    const placed = outcome.carried.find((a) => a.carriedFrom === kept.id);
    expect(placed).toMatchObject({ articleId: copyId, quote: kept.quote, comment: 'kept', state: 'anchored' });
    expect(copyText.slice(placed?.start, placed?.end)).toBe(kept.quote);
    expect(placed?.start).not.toBe(kept.start);

    const orphan = outcome.orphaned.find((a) => a.carriedFrom === lookalike.id);
    expect(orphan).toMatchObject({ state: 'orphaned', orphanReason: 'context_changed', quote: twice.word, comment: 'first use' });
    // The word is still in the reprint (its later use): the orphan was not moved there.
    expect(copyText.includes(twice.word)).toBe(true);
    // The analyst's highlight (from the earlier tests) comes along too.
    expect(outcome.carried.length + outcome.orphaned.length).toBe(3);

    const orphans = await h.call('annotations.orphans', { articleId: copyId });
    expect(orphans.map((a) => a.id)).toEqual([orphan?.id]);
    expect((await h.call('annotations.list', { articleId: copyId })).filter((a) => a.state === 'anchored')).toHaveLength(2);

    // Again: nothing new.
    const again = await h.call('annotations.carry', { fromArticleId: articleId, toArticleId: copyId });
    expect(again).toEqual({ carried: [], orphaned: [], skipped: 3 });

    // The analyst re-attaches the orphan to the word's later use by hand.
    const later = copyText.indexOf(twice.word, copyText.indexOf(twice.word) + 1);
    const attached = await h.call('annotations.update', { id: orphan?.id ?? 0, start: later, end: later + twice.word.length });
    expect(attached).toMatchObject({ state: 'anchored', orphanReason: null, quote: twice.word, start: later });
    expect(await h.call('annotations.orphans', { articleId: copyId })).toEqual([]);
  });

  it('refuses to carry to an article that is not related', async () => {
    const unrelated = await h.fail('annotations.carry', { fromArticleId: articleId, toArticleId: otherId });
    expect(unrelated).toEqual({ code: 'bad_request', message: `article ${otherId} is not a near-duplicate or related article of article ${articleId}` });
  });
});

describe('bad input', () => {
  it('is refused with one clear line and changes nothing', async () => {
    const before = h.dump();
    const len = body.length;
    const cases: [string, unknown, string, RegExp][] = [
      ['annotations.create', { articleId, start: len - 2, end: len + 5 }, 'bad_request', /outside the article text/],
      ['annotations.create', { articleId, start: 10, end: 10 }, 'bad_request', /must come after its start/],
      ['annotations.create', { articleId, start: -1, end: 4 }, 'bad_request', /start/],
      ['annotations.create', { articleId, start: 0, end: 4, color: 'chartreuse' }, 'bad_request', /colour is one of yellow/],
      ['annotations.create', { articleId, start: 0, end: 4, color: '#12345' }, 'bad_request', /#rrggbb/],
      ['annotations.create', { articleId, start: 0, end: 4, tags: ['x'.repeat(41)] }, 'bad_request', /at most 40 characters/],
      ['annotations.create', { articleId, start: 0, end: 4, tags: ['two\nlines'] }, 'bad_request', /tag name is letters/],
      ['annotations.create', { articleId, start: 0, end: 4, tags: ['Same', 'same'] }, 'bad_request', /only once/],
      ['annotations.create', { articleId, start: 0, end: 4, comment: 'x'.repeat(10_001) }, 'bad_request', /at most 10000/],
      ['annotations.create', { articleId: 999, start: 0, end: 4 }, 'not_found', /article 999 does not exist/],
      ['annotations.create', { articleId, start: 0, end: 4, extra: 1 }, 'bad_request', /extra/],
      ['annotations.update', { id: 999, comment: 'x' }, 'not_found', /annotation 999/],
      ['annotations.update', { id: 1, start: 3 }, 'bad_request', /both start and end/],
      ['annotations.delete', { id: 999 }, 'not_found', /annotation 999/],
      ['annotations.carry', { fromArticleId: articleId, toArticleId: articleId }, 'bad_request', /another article/],
      ['tags.save', { name: 'key evidence' }, 'conflict', /already exists/],
      ['tags.save', { name: '' }, 'bad_request', /cannot be empty/],
      ['tags.delete', { id: 999 }, 'not_found', /tag 999/],
      ['search.query', { q: 'x', tag: 'y'.repeat(41) }, 'bad_request', /at most 40/],
    ];
    for (const [method, args, code, message] of cases) {
      const err = await h.fail(method, args);
      expect(err.code, `${method} ${JSON.stringify(args).slice(0, 80)}`).toBe(code);
      expect(err.message).toMatch(message);
      expect(err.message).not.toContain('\n');
    }
    const whitespace = body.search(/\s\s/);
    if (whitespace >= 0) expect((await h.fail('annotations.create', { articleId, start: whitespace, end: whitespace + 2 })).message).toMatch(/only white space/);
    expect(h.dump()).toEqual(before);
  });
});
