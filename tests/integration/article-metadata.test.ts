// Article metadata on a real SQLite file through the contract: an import stores each value with
// its source and the update date apart; the analyst fills a missing field one at a time
// (articles.setMetadata, validated) and it is stored as the analyst's; an export of a brief
// citing an article whose page gives its date carries the date, never "n.d.".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './service-helpers';

let h: Harness;
beforeAll(() => {
  h = openHarness();
});
afterAll(() => h.dispose());

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

const WIRE = [
  'Harbour pilots strike over night shifts',
  '',
  'Updated: March 30, 2018',
  '',
  'SALTMERE, March 29 (Reuters) - Harbour pilots in Saltmere walked out on Thursday over a new rota, halting traffic in the port.',
  '',
  '"We were never asked," union spokeswoman Ada Brenner said outside the station.',
].join('\n');

const UNDATED = 'Ferry fares rise again\n\nThe island ferry raised its fares on Monday for the second time this year, the operator said.\n';

describe('article metadata', () => {
  it('an import stores every value with its source, published and updated apart', async () => {
    const out = await h.call('articles.import', { fileName: 'wire.txt', data: b64(WIRE) });
    expect(out.article).toMatchObject({ outlet: 'Reuters', published: '2018-03-29', updated: '2018-03-30', author: null, sources: { outlet: 'dateline', published: 'dateline', updated: 'date-line', title: 'headline' } });
    const a = await h.call('articles.get', { id: out.article.id });
    expect(a).toMatchObject({ language: 'en', sources: { language: 'detected' } });
    // The listing carries the same, for the library.
    const listed = (await h.call('articles.list', {})).find((x) => x.id === a.id);
    expect(listed?.sources).toEqual(a.sources);
  });

  it('articles.setMetadata fills one missing field as the analyst\'s value; bad values are refused', async () => {
    const { article } = await h.call('articles.import', { fileName: 'undated.txt', data: b64(UNDATED) });
    expect(article).toMatchObject({ outlet: null, author: null, published: null });
    const after = await h.call('articles.setMetadata', { id: article.id, field: 'author', value: ' Mara Lindqvist ' });
    expect(after).toMatchObject({ author: 'Mara Lindqvist', sources: { author: 'analyst', title: 'headline' } });
    const dated = await h.call('articles.setMetadata', { id: article.id, field: 'published', value: '2024-06-03' });
    expect(dated).toMatchObject({ published: '2024-06-03', author: 'Mara Lindqvist', sources: { published: 'analyst', author: 'analyst' } });
    expect((await h.fail('articles.setMetadata', { id: article.id, field: 'published', value: 'June 3' })).message).toMatch(/YYYY-MM-DD/);
    expect((await h.fail('articles.setMetadata', { id: article.id, field: 'url', value: 'ftp://x' })).message).toMatch(/http/);
    expect((await h.fail('articles.setMetadata', { id: article.id, field: 'title', value: '' })).code).toBe('bad_request');
    expect((await h.fail('articles.setMetadata', { id: article.id, field: 'sources', value: 'x' })).code).toBe('bad_request');
    expect((await h.fail('articles.setMetadata', { id: 999_999, field: 'author', value: 'X' })).code).toBe('not_found');
    // Clearing keeps the source as the analyst's decision.
    const cleared = await h.call('articles.setMetadata', { id: article.id, field: 'author', value: null });
    expect(cleared).toMatchObject({ author: null });
    // The stored row says so too (a second connection).
    const row = h.dump()['articles']?.find((r) => (r as { id: number }).id === article.id) as { metadata_sources: string };
    expect(JSON.parse(row.metadata_sources)).toMatchObject({ author: 'analyst', published: 'analyst' });
  });

  it('an export citing an article whose page gives its date shows the date, not "n.d."', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Bridge opens | Lake Post</title><meta property="og:site_name" content="Lake Post">
      <script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Lindau bridge opens', datePublished: '2023-06-02', author: { '@type': 'Person', name: 'Eva Roth' } })}</script></head>
      <body><article><p>The mayor of Lindau opened the new bridge on Friday after two years of construction work on the lake shore, and hundreds of residents walked across it.</p>
      <p>"It connects the island to the rest of the town," the mayor said at the ceremony.</p></article></body></html>`;
    const { article } = await h.call('articles.import', { fileName: 'bridge.html', data: b64(html) });
    expect(article).toMatchObject({ published: '2023-06-02', author: 'Eva Roth', outlet: 'Lake Post', sources: { published: 'json-ld', author: 'json-ld' } });
    const note = await h.call('notes.importMarkdown', { markdown: `# Bridge\n\nThe bridge is open [@article:${article.id}].` });
    for (const style of ['chicago', 'apa', 'statement'] as const) {
      const file = await h.call('export.note', { id: note.id, format: 'md', style });
      expect(file.content).not.toMatch(/n\.d\./);
      expect(file.content).toMatch(/2023/);
    }
    // The control: an article that states no date is cited as "n.d." in the same export.
    const undated = await h.call('articles.import', { fileName: 'undated2.txt', data: b64('Tram depot to close\n\nThe city will close the old tram depot next spring, the transport office said.\n') });
    const control = await h.call('notes.importMarkdown', { markdown: `# Depot\n\nThe depot closes [@article:${undated.article.id}].` });
    expect((await h.call('export.note', { id: control.id, format: 'md', style: 'chicago' })).content).toMatch(/n\.d\./);
  });
});
