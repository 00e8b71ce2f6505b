// How a brief's text is set: quoted words inline with their note after them, nested quotation
// marks, punctuation per style, [[links]] as cross-references, and Markdown that no text escapes.
import { describe, expect, it } from 'vitest';
import { BriefTooDeepError, MAX_NESTING, buildBrief, inlinesText, type Block, type CitedArticle, type Resolution } from '../../../src-main/core/export/brief';
import { briefToMarkdown, codeSpan, escapeLineStarts } from '../../../src-main/core/export/markdown';
import { nestQuotes, quoteInline, quoteMarksFor } from '../../../src-main/core/export/quote-marks';
import { statementStyle } from '../../../src-main/core/export/statement-style';
import type { CitationRef } from '../../../src-main/core/notes/types';
import { lexical, para, text } from './fixtures';

const en: CitedArticle = { id: 1, title: 'Harbour closure', outlet: 'Harbor Wire', author: 'Jane Roe', published: '2025-03-04', url: 'https://wire.example/1', language: 'en' };
const ru: CitedArticle = { id: 2, title: 'Заявление', outlet: 'Вестник', author: null, published: '2025-03-05', url: null, language: 'ru' };
const QUOTES: Record<number, Resolution> = {
  1: { ok: true, quote: 'not an "expulsion" at all', speaker: 'A spokesman', article: en, context: null },
  2: { ok: true, quote: 'это не «высылка»', speaker: null, article: ru, context: null },
  3: { ok: true, quote: 'We are done.', speaker: null, article: en, context: null },
};
const resolve = (ref: CitationRef): Resolution => (ref.kind === 'claim' && QUOTES[ref.claimId]) || { ok: false, problem: 'gone' };
const chip = (claimId: number, display?: 'note'): Record<string, unknown> => ({ type: 'quire-citation', version: 1, ref: { kind: 'claim', claimId }, ...(display ? { display } : {}) });
const link = (noteId: number, title: string): Record<string, unknown> => ({ type: 'quire-note-link', version: 1, noteId, title });
const usStyle = (articles: readonly CitedArticle[]) => ({ ...statementStyle(articles), punctuation: 'inside' as const });
const firstText = (blocks: Block[]): string => {
  const b = blocks[0];
  return b && 'inlines' in b ? inlinesText(b.inlines) : '';
};

describe('quotation marks', () => {
  it('sets quotes inside quotes in the inner marks of the language', () => {
    expect(quoteInline('not an "expulsion" at all', 'en')).toBe('“not an ‘expulsion’ at all”');
    expect(quoteInline('not an “expulsion” at all', 'en')).toBe('“not an ‘expulsion’ at all”');
    expect(quoteInline('это не «высылка»', 'ru')).toBe('«это не „высылка“»');
    expect(quoteInline('це не "висилка"', 'uk')).toBe('«це не „висилка“»');
    expect(nestQuotes('the ministry’s “final” word', quoteMarksFor('en'))).toBe('the ministry’s ‘final’ word');
  });
});

describe('quoted words in the sentence', () => {
  const sentence = lexical(para(text('He called it '), chip(1), text(' , while Moscow said '), chip(2), text('. Later: '), chip(3), text('.')));
  const build = (style: typeof statementStyle, citations?: 'inline' | 'note') =>
    buildBrief({ title: 't', notes: [{ id: 1, title: 't', content: sentence }], resolve, style, citations });

  it('UK style: commas and full stops after the closing mark, the note after them; no space before them', () => {
    const brief = build(statementStyle);
    expect(firstText(brief.blocks)).toBe('He called it “not an ‘expulsion’ at all”, while Moscow said «это не „высылка“». Later: “We are done.”');
    const inlines = (brief.blocks[0] as Extract<Block, { kind: 'paragraph' }>).inlines;
    expect(inlines.map((i) => (i.kind === 'cite' ? `[${i.note}]` : i.kind === 'text' ? i.text : '')).join('')).toBe(
      'He called it “not an ‘expulsion’ at all”,[1] while Moscow said «это не „высылка“».[2] Later: “We are done.”[3]',
    );
  });

  it('US style: commas and full stops inside the closing mark (Russian keeps them outside « »)', () => {
    expect(firstText(build(usStyle).blocks)).toBe('He called it “not an ‘expulsion’ at all,” while Moscow said «это не „высылка“». Later: “We are done.”');
  });

  it('note only, per export: the sentence keeps its words and the note carries the quote', () => {
    const brief = build(statementStyle, 'note');
    expect(firstText(brief.blocks)).toBe('He called it, while Moscow said. Later:.');
    expect(brief.footnotes.map((f) => f.runs.map((r) => r.text).join(''))[0]).toContain('“not an ‘expulsion’ at all”');
  });

  it('note only, per citation: a chip saved as a note stays a note', () => {
    const content = lexical(para(text('Quoted '), chip(3), text(' and noted '), chip(3, 'note'), text('.')));
    const brief = buildBrief({ title: 't', notes: [{ id: 1, title: 't', content }], resolve, style: statementStyle });
    expect(firstText(brief.blocks)).toBe('Quoted “We are done.” and noted.');
  });
});

describe('[[links]]', () => {
  const a = lexical(para(text('See '), link(2, 'Timeline'), text(' and '), link(9, 'Elsewhere'), text('.')));
  const b = lexical(para(text('Dates.')));
  it('is a cross-reference to a note exported with it, else the linked note’s title', () => {
    const both = buildBrief({ title: 't', notes: [{ id: 1, title: 'Main', content: a }, { id: 2, title: 'Timeline', content: b }], resolve, style: statementStyle });
    const p = both.blocks.find((x) => x.kind === 'paragraph' && inlinesText(x.inlines).startsWith('See')) as Extract<Block, { kind: 'paragraph' }>;
    expect(p.inlines).toContainEqual({ kind: 'xref', noteId: 2, title: 'Timeline' });
    expect(p.inlines).toContainEqual({ kind: 'text', text: ' and Elsewhere.', marks: [] });
    expect(both.blocks).toContainEqual(expect.objectContaining({ kind: 'heading', noteId: 2 }));
    expect(briefToMarkdown(both)).toContain('See [Timeline](#timeline) and Elsewhere.');
    const alone = buildBrief({ title: 't', notes: [{ id: 1, title: 'Main', content: a }], resolve, style: statementStyle });
    expect(firstText(alone.blocks)).toBe('See Timeline and Elsewhere.');
  });
});

describe('Markdown that text cannot break out of', () => {
  it('fences inline code with more backticks than any run inside, padded when it touches one', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x` ``y``')).toBe('``` `x` ``y`` ```');
    expect(codeSpan('plain')).toBe('`plain`');
  });
  it('makes block syntax at the start of a line literal', () => {
    expect(escapeLineStarts('# not a heading\n> not a quote\n1. not a list\n- nor this')).toBe('\\# not a heading\n\\> not a quote\n1\\. not a list\n\\- nor this');
  });
  it('keeps code text inside its span and every other mark literal', () => {
    const hostile = lexical(para(text('x` <img src=x onerror=alert(1)> `', 16), text(' ![i](javascript:1) &lt;b&gt;')));
    const md = briefToMarkdown(buildBrief({ title: 't', notes: [{ id: 1, title: 't', content: hostile }], resolve, style: statementStyle }));
    expect(md).toContain('`` x` <img src=x onerror=alert(1)> ` ``');
    expect(md).toContain('\\!\\[i\\](javascript:1) \\&lt;b\\&gt;');
  });
});

describe('deeply nested notes', () => {
  it('refuses a note nested deeper than the limit with one line, not a stack overflow', () => {
    // Built as a string: JSON.stringify itself cannot go this deep.
    const open = '{"type":"list","listType":"bullet","children":[{"type":"listitem","children":['.repeat(2593);
    const content = `{"root":{"type":"root","children":[${open}{"type":"text","text":"deep","format":0}${']}]}'.repeat(2593)}]}}`;
    expect(() => buildBrief({ title: 't', notes: [{ id: 7, title: 't', content }], resolve, style: statementStyle })).toThrow(BriefTooDeepError);
    expect(() => buildBrief({ title: 't', notes: [{ id: 7, title: 't', content }], resolve, style: statementStyle })).toThrow(/note 7 nests more than 200 levels/);
    expect(MAX_NESTING).toBe(200);
  });
});
