// The notebook's service methods on a real SQLite file through dispatch(): claims.search (the
// `@` quick-pick), search.query filters, citation context, and backlinks with their sentence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, Claim } from '../../src-main/api/contract/methods';
import { CORPUS_FILES, claimCitation, corpusBase64, lexical, noteLink, openHarness, paragraph, text, type Harness } from './shared';

let h: Harness;
const articles: ArticleSummary[] = [];
let claims: Claim[] = [];

beforeAll(async () => {
  h = openHarness();
  for (const name of CORPUS_FILES) articles.push((await h.call('articles.import', { fileName: name, data: corpusBase64(name) })).article);
  claims = await h.call('claims.list', {});
});
afterAll(() => h.dispose());

describe('claims.search', () => {
  it('finds claims by words of the quote and by speaker, with their source and sentence', async () => {
    const claim = claims.find((c) => c.speaker === 'Olivia Dalton' && c.text.startsWith('the move was taken'));
    expect(claim).toBeTruthy();
    if (!claim) return;
    const hits = await h.call('claims.search', { q: 'move taken accord' });
    const hit = hits.find((x) => x.id === claim.id);
    expect(hit).toMatchObject({ id: claim.id, text: claim.text, speaker: 'Olivia Dalton', articleId: claim.articleId, outlet: 'UPI' });
    expect(hit?.articleTitle).toBe(articles.find((a) => a.id === claim.articleId)?.title);
    expect(hit?.context.before).toBe('Olivia Dalton, a spokeswoman for the U.S. Mission to the United Nations, said ');
    const article = await h.call('articles.get', { id: claim.articleId });
    expect(article.text.slice(claim.start, claim.end)).toBe(hit?.text);

    const bySpeaker = await h.call('claims.search', { q: 'Zakharova' });
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(bySpeaker.every((x) => x.speaker?.includes('Zakharova'))).toBe(true);
    expect(await h.call('claims.search', { q: 'Zakharova', limit: 1 })).toHaveLength(1);
  });

  it('lists recent claims for an empty query, leaves rejected claims out, and keeps FTS syntax inert', async () => {
    expect((await h.call('claims.search', { q: '' })).length).toBe(12);
    const target = claims.find((c) => c.speaker === 'Olivia Dalton');
    if (!target) throw new Error('no Dalton claim');
    await h.call('claims.update', { id: target.id, status: 'rejected' });
    const words = target.text.split(/\s+/).slice(0, 4).join(' ');
    expect((await h.call('claims.search', { q: words })).some((x) => x.id === target.id)).toBe(false);
    await h.call('claims.update', { id: target.id, status: 'suggested' });
    expect(await h.call('claims.search', { q: '"*( NEAR' })).toEqual([]);
    expect((await h.fail('claims.search', { q: 'x', limit: 0 })).code).toBe('bad_request');
  });
});

describe('search.query filters', () => {
  it('narrows by kind, speaker, outlet and date range', async () => {
    const all = await h.call('search.query', { q: 'expulsion' });
    expect(new Set(all.map((x) => x.type))).toEqual(new Set(['article', 'claim']));
    const claimsOnly = await h.call('search.query', { q: 'expulsion', types: ['claim'] });
    expect(claimsOnly.length).toBeGreaterThan(0);
    expect(claimsOnly.every((x) => x.type === 'claim' && typeof x.articleId === 'number')).toBe(true);
    const zakharova = await h.call('search.query', { q: 'Russia', speaker: 'zakharova' });
    expect(zakharova.length).toBeGreaterThan(0);
    expect(zakharova.every((x) => x.type === 'claim' && x.speaker === 'Maria Zakharova')).toBe(true);
    const upi = await h.call('search.query', { q: 'diplomats', outlet: 'upi' });
    expect(upi.length).toBeGreaterThan(0);
    expect(upi.every((x) => x.outlet === 'UPI')).toBe(true);
    expect(await h.call('search.query', { q: 'diplomats', from: '2100-01-01' })).toEqual([]);
    expect((await h.fail('search.query', { q: 'x', from: '1 May' })).code).toBe('bad_request');
    expect((await h.fail('search.query', { q: 'x', types: ['bogus'] })).code).toBe('bad_request');
  });
});

describe('notes: citation context and backlinks', () => {
  it('gives each citation the sentence around its quote and each backlink the sentence around the link', async () => {
    const claim = claims.find((c) => c.speaker === 'Olivia Dalton' && c.text.startsWith('the move was taken'));
    if (!claim) throw new Error('no claim');
    const target = await h.call('notes.create', { title: 'Sources' });
    const brief = await h.call('notes.create', { title: 'Brief' });
    /** The brief, its first sentence ending with `end`. */
    const saveBrief = (end: string) =>
      h.call('notes.save', {
        id: brief.id,
        title: 'Brief',
        content: lexical(
          paragraph(text('The U.S. said'), claimCitation(claim.id), text(end)),
          paragraph(text('First point. Read '), noteLink(target.id, 'Old title'), text(' for more. Last point.')),
        ),
      });
    const saved = await saveBrief('.');
    // A citation new in this save comes with its context; once saved, the editor has it already.
    expect(saved.citations?.[0]?.context?.before).toBe('Olivia Dalton, a spokeswoman for the U.S. Mission to the United Nations, said ');
    expect(saved.citations?.[0]?.context?.after).toBe('');
    const resaved = await saveBrief('!');
    expect(resaved.citations?.[0]).toMatchObject({ quote: claim.text, broken: false });
    expect(resaved.citations?.[0]?.context).toBeUndefined();
    expect(resaved.citationsDigest).toBe(saved.citationsDigest);
    expect((await h.call('notes.get', { id: brief.id })).citations[0]?.context?.before).toBe('Olivia Dalton, a spokeswoman for the U.S. Mission to the United Nations, said ');

    expect(await h.call('notes.backlinks', { id: target.id })).toEqual([{ id: brief.id, title: 'Brief', context: 'Read Sources for more.' }]);
    // Renamed: the link keeps its id, the sentence shows the current title.
    await h.call('notes.save', { id: target.id, title: 'Primary sources', content: lexical(paragraph(text('x'))) });
    expect((await h.call('notes.backlinks', { id: target.id }))[0]?.context).toBe('Read Primary sources for more.');
    expect((await h.call('notes.get', { id: brief.id })).links).toEqual([{ id: target.id, title: 'Primary sources' }]);
    expect((await h.fail('notes.backlinks', { id: 999999 })).code).toBe('not_found');
  });

  it('leaves the citations out of a save answer when their checks did not change since the last one', async () => {
    const claim = claims.find((c) => c.speaker === 'Olivia Dalton');
    if (!claim) throw new Error('no claim');
    const note = await h.call('notes.create', { title: 'Digest' });
    const content = lexical(paragraph(text('Said'), claimCitation(claim.id)));
    const first = await h.call('notes.save', { id: note.id, title: 'Digest', content });
    expect(first.citations?.map((c) => c.target)).toEqual([`claim:${claim.id}`]);
    expect(first.citationsDigest).toMatch(/^[0-9a-f]{32}$/);
    // Typing on: the same checks, so the answer carries only their digest.
    const again = await h.call('notes.save', { id: note.id, title: 'Digest', content: lexical(paragraph(text('Said so'), claimCitation(claim.id))), knownCitations: first.citationsDigest });
    expect(again.citations).toBeUndefined();
    expect(again.citationsDigest).toBe(first.citationsDigest);
    // The cited claim's article is deleted: the next save's checks differ and come back, broken.
    await h.call('articles.delete', { id: claim.articleId });
    const broken = await h.call('notes.save', { id: note.id, title: 'Digest', content, knownCitations: first.citationsDigest });
    expect(broken.citations?.map((c) => c.broken)).toEqual([true]);
    expect(broken.citationsDigest).not.toBe(first.citationsDigest);
    expect((await h.fail('notes.save', { id: note.id, title: 'Digest', content, knownCitations: 'not a digest' })).code).toBe('bad_request');
  });
});
