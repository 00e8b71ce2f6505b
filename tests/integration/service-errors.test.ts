// Refusals: unknown methods and bad arguments get their error code and leave the database file
// exactly as it was; service-level refusals (not found, bad content) write nothing either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_FILES, claimCitation, corpusBase64, lexical, openHarness, paragraph, text, type Harness } from './service-helpers';

let h: Harness;
let articleId: number;
let noteId: number;

beforeAll(async () => {
  h = openHarness();
  articleId = (await h.call('articles.import', { fileName: CORPUS_FILES[2], data: corpusBase64(CORPUS_FILES[2]) })).article.id;
  noteId = (await h.call('notes.create', { title: 'Working note' })).id;
});
afterAll(() => h.dispose());

const big = (n: number): string => 'x'.repeat(n);

const refused: [string, string, unknown][] = [
  ['unknown_method', 'articles.drop', {}],
  ['unknown_method', 'constructor', {}],
  ['unknown_method', '__proto__', {}],
  ['unknown_method', '', {}],
  ['bad_request', 'articles.get', { id: '1' }],
  ['bad_request', 'articles.get', { id: -1 }],
  ['bad_request', 'articles.get', { id: 0 }],
  ['bad_request', 'articles.get', { id: 1.5 }],
  ['bad_request', 'articles.get', { id: 1, extra: true }],
  ['bad_request', 'articles.get', {}],
  ['bad_request', 'articles.get', 'id=1'],
  ['bad_request', 'articles.get', [1]],
  ['bad_request', 'articles.delete', { id: -5 }],
  ['bad_request', 'articles.delete', { id: Number.NaN }],
  ['bad_request', 'articles.import', { fileName: 'x.txt', data: 'not base64!' }],
  ['bad_request', 'articles.import', { fileName: 'x.txt', data: 'QUJDRA===' }],
  ['bad_request', 'articles.import', { fileName: 'x.txt', data: 'QUJDR' }],
  ['bad_request', 'articles.import', { fileName: 'x.txt', data: '' }],
  ['bad_request', 'articles.import', { fileName: '', data: 'QUJD' }],
  ['bad_request', 'articles.import', { fileName: big(513), data: 'QUJD' }],
  ['bad_request', 'articles.import', { fileName: 'x.txt' }],
  ['bad_request', 'articles.import', { fileName: 'x.txt', data: 'QUJD', overwrite: true }],
  ['bad_request', 'articles.extract', { fileName: 'x.txt', data: 42 }],
  ['bad_request', 'claims.list', { articleId: -1 }],
  ['bad_request', 'claims.update', { id: 1, status: 'approved' }],
  ['bad_request', 'claims.update', { id: 1, speaker: big(301) }],
  ['bad_request', 'claims.update', { id: 1, text: 'rewritten' }],
  ['bad_request', 'notes.create', { title: big(301) }],
  ['bad_request', 'notes.create', { title: '   ' }],
  ['bad_request', 'notes.create', {}],
  ['bad_request', 'notes.save', { id: 1, title: 'T', content: '{' }],
  ['bad_request', 'notes.save', { id: 1, title: 'T', content: 5 }],
  ['bad_request', 'notes.importMarkdown', { markdown: 5 }],
  ['bad_request', 'search.query', { q: big(501) }],
  ['bad_request', 'search.query', { q: '   ' }],
  ['bad_request', 'search.query', { q: 'x', limit: 0 }],
  ['bad_request', 'search.query', { q: 'x', limit: 1000 }],
  ['bad_request', 'export.note', { id: 1, format: 'odt' }],
  ['bad_request', 'app.info', { verbose: true }],
  ['bad_request', 'sample.load', { force: true }],
];

describe('refused before the service runs', () => {
  it.each(refused)('%s: %s %j', async (code, method, args) => {
    const before = h.dump();
    const digest = h.fileDigest();
    const err = await h.fail(method, args);
    expect(err.code).toBe(code);
    expect(err.message.length).toBeGreaterThan(0);
    expect(err.message.length).toBeLessThan(400);
    expect(h.fileDigest()).toBe(digest);
    expect(h.dump()).toEqual(before);
  });
});

describe('refused by the service, nothing written', () => {
  const cases: [string, string, () => unknown, RegExp][] = [
    ['not_found', 'articles.get', () => ({ id: 987654 }), /article 987654 does not exist/],
    ['not_found', 'articles.delete', () => ({ id: 987654 }), /article 987654 does not exist/],
    ['not_found', 'notes.get', () => ({ id: 987654 }), /note 987654 does not exist/],
    ['not_found', 'notes.delete', () => ({ id: 987654 }), /note 987654 does not exist/],
    ['not_found', 'export.note', () => ({ id: 987654, format: 'md' }), /note 987654 does not exist/],
    ['not_found', 'notes.save', () => ({ id: 987654, title: 'T', content: lexical(paragraph(text('x'))) }), /note 987654/],
    ['not_found', 'claims.update', () => ({ id: 987654, status: 'confirmed' }), /claim 987654/],
    ['bad_request', 'notes.save', () => ({ id: noteId, title: 'T', content: 'not json at all' }), /not valid JSON/],
    ['bad_request', 'notes.save', () => ({ id: noteId, title: 'T', content: '{"root": 1}' }), /Lexical/],
    ['bad_request', 'notes.save', () => ({ id: noteId, title: 'T', content: lexical(paragraph({ type: 'quire-citation', version: 1, ref: { kind: 'claim', claimId: -3 } })) }), /citation/],
    ['bad_request', 'articles.import', () => ({ fileName: 'x.txt', data: Buffer.from('   \n\n  ').toString('base64') }), /./],
    ['conflict', 'articles.import', () => ({ fileName: 'again.txt', data: corpusBase64(CORPUS_FILES[2]) }), /already in the library as “.+” \(article \d+\)/],
    ['conflict', 'sample.load', () => ({}), /empty library/],
  ];
  it.each(cases)('%s: %s', async (code, method, args, message) => {
    const before = h.dump();
    const digest = h.fileDigest();
    const err = await h.fail(method, args());
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(h.fileDigest()).toBe(digest);
    expect(h.dump()).toEqual(before);
  });

  it('still works after all of that', async () => {
    const info = await h.call('app.info', {});
    expect([info.articles, info.notes]).toEqual([1, 1]);
    expect((await h.call('articles.get', { id: articleId })).id).toBe(articleId);
  });

  it('a citation to a claim that does not exist is saved, and shown as broken', async () => {
    const note = await h.call('notes.save', { id: noteId, title: 'Working note', content: lexical(paragraph(text('See'), claimCitation(987654))) });
    expect(note.citations).toEqual([
      {
        id: note.citations?.[0]!.id,
        target: 'claim:987654',
        ref: { kind: 'claim', claimId: 987654 },
        quote: null,
        speaker: null,
        articleId: null,
        articleTitle: null,
        outlet: null,
        published: null,
        broken: true,
      },
    ]);
  });
});
