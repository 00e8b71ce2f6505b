// HTML pages and pasted content: readability's main content on linkedom, metadata from
// JSON-LD / <meta> / <html lang> / canonical, furniture removed exactly, page scripts never run.
import { describe, expect, it } from 'vitest';
import { ingestPaste } from '../../../src-main/core/ingest/index';
import { IngestError } from '../../../src-main/core/ingest/types';
import { encodeWindows1251 } from '../../fixtures/ingest/make-fixtures';
import { expectWellFormed, fixtureBytes, ingestBytes, ingestString, rejection, removedTexts } from './helpers';

const PARAGRAPHS = [
  "SALTMERE (Coastline Wire) — The harbor council on Tuesday postponed a vote on raising ferry fares by 12 per cent, saying it needed another month to study the operator's accounts.",
  '"We need more time to read the figures," council chair Tomas Ebner said after a meeting that ran late into the evening. The operator had asked for the increase to cover rising fuel costs.',
  "Commuters who use the morning crossing to reach the mainland have collected 2,400 signatures against the rise, the petition's organisers said.",
  'The council will meet again on April 8, when it expects a report from independent auditors.',
];

describe('article.html (JSON-LD, meta, nav/share/comments, scripts)', () => {
  it('every metadata field, from JSON-LD and meta', async () => {
    const a = await ingestBytes('article.html', fixtureBytes('article.html'));
    expect(a).toMatchObject({
      title: 'Harbor council delays vote on ferry fares',
      outlet: 'Coastline Wire',
      author: 'Mira Castell',
      published: '2025-03-04',
      language: 'en',
      url: 'https://coastline.example/news/harbor-fares',
      format: 'html',
    });
  });

  it('the article paragraphs, in order, as "\\n\\n"-separated text; nothing else', async () => {
    const a = await ingestBytes('article.html', fixtureBytes('article.html'));
    expect(a.text.split('\n\n')).toEqual(PARAGRAPHS);
    expectWellFormed(a);
  });

  it('page furniture never reaches the text; leftovers are removed exactly', async () => {
    const a = await ingestBytes('article.html', fixtureBytes('article.html'));
    for (const junk of ['World', 'Business', 'cookies', 'Facebook', 'Twitter', 'Related Topics', 'Ferries', 'Comments', 'Great article', 'Post comment', '©', 'Privacy', 'JavaScript', 'Recommended Video', 'Sign up', 'Photo:', 'Getty']) {
      expect(a.text).not.toContain(junk);
    }
    // Readability takes the headline out as metadata; the byline line is read and removed.
    expect(removedTexts(a)).toEqual([
      'By Mira Castell\n\nThe ferry Northwind leaves Saltmere harbor. (Jane Roe/AFP via Getty Images)',
      'Recommended Video',
      'Sign up for our free morning newsletter today!\n\nPhoto: Jane Roe/AFP',
    ]);
  });

  it('scripts neither run nor appear', async () => {
    const g = globalThis as { __ran?: unknown };
    const a = await ingestBytes('article.html', fixtureBytes('article.html'));
    expect(g.__ran).toBeUndefined();
    for (const s of ['INJECTED', 'HACKED', 'document.write', 'console.log', 'window.__ran', 'color:red', '@context']) {
      expect(a.rawText).not.toContain(s);
    }
  });
});

describe('HTML metadata sources', () => {
  const page = (head: string, body: string, lang = ''): string => `<!doctype html><html${lang}><head>${head}</head><body><article>${body}</article></body></html>`;
  const body = '<p>The mayor of Lindau opened the new bridge on Friday after two years of construction work on the lake shore.</p><p>"It connects the island to the rest of the town," she said at the ceremony attended by hundreds of residents.</p>';

  it('meta only: og:title, og:site_name, name=author, article:published_time, og:url, og:locale', async () => {
    const a = await ingestString(
      'p.html',
      page(
        '<title>Bridge opens | Lake Post</title><meta property="og:title" content="Lindau bridge opens after two years"><meta property="og:site_name" content="Lake Post"><meta name="author" content="Karl Brenner"><meta property="article:published_time" content="2023-06-02"><meta property="og:url" content="https://lakepost.example/bridge"><meta property="og:locale" content="de_DE">',
        body,
      ),
    );
    expect(a).toMatchObject({ title: 'Lindau bridge opens after two years', outlet: 'Lake Post', author: 'Karl Brenner', published: '2023-06-02', url: 'https://lakepost.example/bridge', language: 'de' });
  });

  it('<title> minus the outlet, <html lang>, nothing invented where the page is silent', async () => {
    const a = await ingestString('p.htm', page('<title>Lindau bridge opens after two years | Lake Post</title><meta property="og:site_name" content="Lake Post">', body, ' lang="en-US"'));
    expect(a).toMatchObject({ title: 'Lindau bridge opens after two years', outlet: 'Lake Post', author: null, published: null, url: null, language: 'en' });
  });

  it('JSON-LD in an @graph, author as a string, dates with a time keep the stated day', async () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', headline: 'Bridge opens at last', author: 'Eva Roth', datePublished: '2023-06-02T23:30:00-07:00', publisher: { name: 'Lake Post' }, mainEntityOfPage: { '@id': 'https://lakepost.example/b' }, inLanguage: 'en' }] });
    const a = await ingestString('p.html', page(`<script type="application/ld+json">${ld}</script><script type="application/ld+json">{broken</script>`, body));
    expect(a).toMatchObject({ title: 'Bridge opens at last', author: 'Eva Roth', published: '2023-06-02', outlet: 'Lake Post', url: 'https://lakepost.example/b', language: 'en' });
  });

  it('byline and date line inside the content are read and removed; headline <h1> removed', async () => {
    const a = await ingestString('p.html', page('<title>Bridge opens</title>', `<h1>Bridge opens</h1><p>By Eva Roth</p><p>Updated: June 2, 2023 10:04 AM EST</p>${body}`));
    // "Updated:" is the update date, not the publication date.
    expect(a).toMatchObject({ title: 'Bridge opens', author: 'Eva Roth', published: null, updated: '2023-06-02', sources: { author: 'byline', updated: 'date-line' } });
    expect(a.text.startsWith('The mayor of Lindau')).toBe(true);
    expectWellFormed(a);
  });

  it('<meta charset=windows-1251> is honoured', async () => {
    const html = '<html><head><meta charset="windows-1251"><title>Мост открыт</title></head><body><article><p>Мэр Тулы в пятницу открыла новый мост через реку Упу после двух лет строительства.</p><p>«Это важный день для города», — сказала она на церемонии, на которую пришли сотни жителей.</p></article></body></html>';
    const a = await ingestBytes('ru.html', encodeWindows1251(html));
    expect(a.title).toBe('Мост открыт');
    expect(a.text).toContain('«Это важный день для города», — сказала она');
    expect(a.language).toBe('ru');
  });
});

describe('pages without an <article>: Readability finds the content', () => {
  it('div soup with a link sidebar, a menu and a footer', async () => {
    const para = (i: number): string => `<p>Paragraph ${i} of the report: the regional water authority said on Thursday that reservoir levels had fallen to their lowest point since records began in 1961, and asked farmers to cut irrigation.</p>`;
    const html = `<html><head><title>Reservoirs at record low - Valley Post</title><meta property="og:site_name" content="Valley Post"></head><body>
      <div id="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></div>
      <div class="layout"><div class="col-main"><div class="story">${[1, 2, 3, 4, 5].map(para).join('')}</div></div>
      <div class="col-side"><ul><li><a href="/a">Ten best walks in the valley</a></li><li><a href="/b">Council tax to rise</a></li><li><a href="/c">Weather: more sun ahead</a></li></ul></div></div>
      <div class="bottom">Valley Post · Contact us · Terms of use</div></body></html>`;
    const a = await ingestString('soup.html', html);
    expect(a).toMatchObject({ title: 'Reservoirs at record low', outlet: 'Valley Post', author: null, published: null, language: 'en' });
    expect(a.text.split('\n\n')).toHaveLength(5);
    for (const junk of ['Home', 'Ten best walks', 'Contact us']) expect(a.text).not.toContain(junk);
    expectWellFormed(a);
  });
});

describe('broken and empty HTML', () => {
  it('unclosed tags and stray markup still import when there is text', async () => {
    const a = await ingestString('broken.html', '<html><body><div><p>The ferry strike ended on Monday after a deal on wages was reached overnight.<p>Services resume on Tuesday morning, the operator said. <b>Delays are expected</i></div></span>');
    expect(a.text).toContain('The ferry strike ended on Monday');
    expect(a.text).toContain('Delays are expected');
  });

  it('HTML with no visible text is refused with one line', async () => {
    for (const html of ['<html><head><title></title><script>var a = 1;</script></head><body><img src="x.png"></body></html>', '<div>   </div>']) {
      const e = await rejection(ingestString('empty.html', html));
      expect(e).toBeInstanceOf(IngestError);
      expect(e.message).toMatch(/^empty\.html (?:is HTML without any readable text|contains no readable text|holds no article text)/);
      expect(e.message).not.toContain('\n');
    }
  });
});

describe('ingestPaste', () => {
  it('prefers the HTML flavour', async () => {
    const a = await ingestPaste({ html: '<h1>Pasted headline about ferries</h1><p>The harbor council on Tuesday postponed a vote on raising ferry fares.</p><p>Share this article</p>', text: 'plain version' });
    expect(a).toMatchObject({ format: 'paste', title: 'Pasted headline about ferries', text: 'The harbor council on Tuesday postponed a vote on raising ferry fares.' });
    expectWellFormed(a);
  });

  it('plain text when there is no HTML (or it has no text)', async () => {
    const a = await ingestPaste({ text: 'Ferry fares vote delayed\n\nThe harbor council on Tuesday postponed a vote.', html: '<img src=x>' });
    expect(a).toMatchObject({ format: 'paste', title: 'Ferry fares vote delayed', text: 'The harbor council on Tuesday postponed a vote.' });
  });

  it('empty paste is refused', async () => {
    expect((await rejection(ingestPaste({}))).message).toBe('The pasted text is empty.');
    expect((await rejection(ingestPaste({ text: '  \n ' }))).message).toBe('The pasted text contains only whitespace.');
  });
});

describe('titles and authors as pages really write them', () => {
  const body = '<article><p>The mayor of Lindau opened the new bridge on Friday after two years of construction work on the lake shore.</p></article>';
  it('og:title as the page states it (outlet appended); JSON-LD author that is an organisation', async () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Lake Post' }, datePublished: '2023-06-02' });
    const a = await ingestString('p.html', `<html><head><meta property="og:title" content="Lindau bridge opens | Lake Post"><meta property="og:site_name" content="Lake Post"><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`);
    expect(a).toMatchObject({ title: 'Lindau bridge opens | Lake Post', outlet: 'Lake Post', author: null, published: '2023-06-02', sources: { title: 'meta', outlet: 'meta', published: 'json-ld' } });
  });

  it('<title> "Headline - Outlet" without any outlet metadata: the headline, outlet stays null', async () => {
    const a = await ingestString('p.html', `<html><head><title>Lindau bridge opens after two years of work - Lake Post</title></head><body>${body}</body></html>`);
    expect(a).toMatchObject({ title: 'Lindau bridge opens after two years of work', outlet: null });
  });
});
