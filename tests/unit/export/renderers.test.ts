import { describe, expect, it } from 'vitest';
import { buildBrief, type CitedArticle, type Resolution } from '../../../src-main/core/export/brief';
import { briefToHtml } from '../../../src-main/core/export/html';
import { briefToMarkdown } from '../../../src-main/core/export/markdown';
import { statementStyle } from '../../../src-main/core/export/statement-style';
import { cite, heading, lexical, para, resolve, text } from './fixtures';

const EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>';
const evilArticle: CitedArticle = { id: 66, title: `Title ${EVIL}`, outlet: `Outlet ${EVIL}`, author: `A ${EVIL}`, published: null };
const evilResolve = (): Resolution => ({ ok: true, quote: `quote ${EVIL} & “more”`, speaker: `Speaker ${EVIL}`, article: evilArticle, context: { before: `before ${EVIL} `, after: ` after ${EVIL}` } });

describe('HTML brief', () => {
  const content = lexical(
    heading('h2', text(`Heading ${EVIL}`)),
    para(text(`Body ${EVIL}`, 1), cite(1)),
    para({ type: 'link', url: 'javascript:alert(1)', children: [text('bad link')] }, { type: 'link', url: 'https://example.org/?a=1&b="2"', children: [text('good link')] }),
  );
  const html = briefToHtml(buildBrief({ title: `Brief ${EVIL}`, notes: [{ id: 1, title: 't', content }], resolve: evilResolve, style: statementStyle, appendix: true }));

  it('escapes hostile text everywhere: title, body, quotes, speakers, sources, appendix', () => {
    // Text can hold no '<': every tag left is one the renderer wrote.
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.filter((t) => /^<\/?(script|img)\b|\son\w+=|\ssrc=/i.test(t))).toEqual([]);
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(html).toContain('quote &#60;script&#62;');
    expect(html).toContain('<mark>quote &#60;script&#62;');
  });

  it('is self-contained: no script, no external resource, a CSP that forbids both, a print stylesheet', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.filter((t) => /\s(src|srcset)=|^<(link|script|iframe|object)\b/i.test(t))).toEqual([]);
    expect(html).toContain('@media print');
    expect(html).toContain('@page');
  });

  it('keeps only web links, escaped', () => {
    expect(html).not.toContain('javascript:');
    expect(html).toContain('bad link');
    expect(html).toContain('<a href="https://example.org/?a=1&#38;b=&#34;2&#34;">good link</a>');
  });

  it('links each reference to its footnote and back', () => {
    expect(html).toContain('<sup class="fnref" id="fnref-1-1"><a href="#fn-1">1</a></sup>');
    expect(html).toMatch(/<li id="fn-1"><p>.*<a class="back" href="#fnref-1-1"/);
  });

  it('marks problem citations in the text and in the notes', () => {
    const broken = briefToHtml(buildBrief({ title: 'b', notes: [{ id: 1, title: 'b', content: lexical(para(text('x'), cite(9))) }], resolve, style: statementStyle }));
    expect(broken).toContain('<sup class="fnref problem"');
    expect(broken).toContain('<li id="fn-1" class="problem"><p>Broken citation: the cited source (claim:9) is no longer in the library.');
  });
});

describe('Markdown brief', () => {
  const content = lexical(para(text('Point '), cite(1), text(' and '), cite(2), text(' and '), cite(1)), para(text('Second '), cite(9)));
  const md = briefToMarkdown(buildBrief({ title: 'Brief', notes: [{ id: 1, title: 'Brief', content }], resolve, style: statementStyle, appendix: true }));

  it('has well-formed footnotes: every reference defined once, every definition referenced', () => {
    const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
    const defs = [...md.matchAll(/^\[\^(\d+)\]: \S/gm)].map((m) => m[1]);
    expect(new Set(defs).size).toBe(defs.length);
    expect([...refs].sort()).toEqual([...defs].sort());
    expect(defs).toEqual(['1', '2', '3', '4']);
  });

  it('adds a Sources section and the quoted statements with their sentences', () => {
    expect(md).toContain('## Sources\n\n- John Smith. *Veldria orders closure*. Harbor Wire, 4 March 2025.\n- *Ostmark responds*. The Ledger, March 2025.');
    expect(md).toContain('- [^1] Elena Varga: She said: “**This is a routine decision**.” (*Veldria orders closure*, Harbor Wire, 4 March 2025)');
  });

  it('escapes Markdown syntax in hostile text', () => {
    const out = briefToMarkdown(buildBrief({ title: '*[x](y)*', notes: [{ id: 1, title: 't', content: lexical(para(text('[a](javascript:b)'), cite(1))) }], resolve: evilResolve, style: statementStyle }));
    expect(out).toContain('# \\*\\[x\\](y)\\*');
    expect(out).toContain('\\[a\\](javascript:b)');
    expect(out).toContain('quote \\<script\\>');
  });
});
