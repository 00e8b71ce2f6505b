import { describe, expect, it } from 'vitest';
import { markdownToNoteContent } from '../../../src-main/core/notes/markdown-import';
import { parseNoteContent } from '../../../src-main/core/notes/lexical-json';
import { buildBrief, citationKey, type Resolution } from '../../../src-main/core/export/brief';
import { briefToMarkdown } from '../../../src-main/core/export/markdown';
import { statementStyle } from '../../../src-main/core/export/statement-style';
import type { CitationRef } from '../../../src-main/core/notes/types';

const brief = [
  '# Consulate dispute',
  '',
  'Veldria calls it **routine** [@claim:3]; Ostmark calls it an *expulsion* [@claim:4] and [@claim:3].',
  '',
  '> The wire quoted the order itself [@article:2@10-40].',
  '',
  '- open question, see [[Open questions]]',
  '- numbers differ [@article:5]',
].join('\n');

const article = (id: number, title: string, outlet: string | null, published: string | null) => ({ id, title, outlet, author: null, published });
const cited: Record<string, Resolution> = {
  'claim:3': { ok: true, quote: 'This is a routine decision', speaker: 'Elena Varga', article: article(1, 'Veldria orders closure', 'Harbor Wire', '2025-03-04'), context: null },
  'claim:4': { ok: true, quote: 'amounts to *expulsion*', speaker: null, article: article(2, 'Ostmark responds', null, null), context: null },
};
const resolve = (ref: CitationRef): Resolution =>
  cited[citationKey(ref)] ?? { ok: false, problem: `the cited source (${citationKey(ref)}) is no longer in the library` };

describe('Markdown brief import', () => {
  const links: string[] = [];
  const imported = markdownToNoteContent(brief, (title) => (links.push(title), 42), { articleLength: (id) => (id === 5 ? 900 : null) });

  it('takes the first-level heading as the title and keeps every citation and link', () => {
    expect(imported.title).toBe('Consulate dispute');
    const facts = parseNoteContent(imported.content);
    expect(facts.citations).toEqual([
      { kind: 'claim', claimId: 3 },
      { kind: 'claim', claimId: 4 },
      { kind: 'claim', claimId: 3 },
      { kind: 'article', articleId: 2, start: 10, end: 40 },
      { kind: 'article', articleId: 5, start: 0, end: 900 },
    ]);
    expect(facts.links).toEqual([42]);
    expect(links).toEqual(['Open questions']);
    expect(facts.text).toContain('Veldria calls it routine');
    expect(facts.text).not.toContain('[@claim');
  });

  it('refuses a citation of an article that does not exist', () => {
    expect(() => markdownToNoteContent('see [@article:9]', () => 1)).toThrow(/article 9 does not exist/);
  });

  it('refuses content that is not a Lexical state', () => {
    expect(() => parseNoteContent('{"nope":1}')).toThrow(/not a Lexical editor state/);
    expect(() => parseNoteContent('not json')).toThrow(/not valid JSON/);
  });
});

describe('Markdown export with footnotes', () => {
  const { content } = markdownToNoteContent(brief, () => 42, { articleLength: () => 900 });
  const md = briefToMarkdown(buildBrief({ title: 'Consulate dispute', notes: [{ id: 1, title: 'Consulate dispute', content }], resolve, style: statementStyle }));

  it('sets the quoted words in the sentence, one note per citation, the note after the punctuation', () => {
    expect(md).toContain(
      'Veldria calls it **routine** “This is a routine decision”;[^1] Ostmark calls it an *expulsion* “amounts to \\*expulsion\\*”[^2] and “This is a routine decision”.[^3]',
    );
    expect(md.match(/^\[\^1\]: /gm)).toHaveLength(1);
  });

  it('gives the speaker and the article in the footnote, short for a later citation', () => {
    expect(md).toContain('[^1]: Elena Varga, Harbor Wire, 4 March 2025 (*Veldria orders closure*).');
    expect(md).toContain('[^2]: (*Ostmark responds*).');
    expect(md).toContain('[^3]: Elena Varga, Harbor Wire, *Veldria orders closure*.');
  });

  it('marks a citation whose source is gone', () => {
    expect(md).toMatch(/\[\^4\]: Broken citation: the cited source \(article:2@10-40\)/);
  });

  it('keeps every footnote reference defined and every definition referenced', () => {
    const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
    const defs = new Set([...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => m[1]));
    expect([...refs].sort()).toEqual([...defs].sort());
    expect(md.startsWith('# Consulate dispute\n')).toBe(true);
    expect(md).toContain('> The wire quoted the order itself.[^4]');
    expect(md).toContain('- open question, see Open questions');
  });
});
