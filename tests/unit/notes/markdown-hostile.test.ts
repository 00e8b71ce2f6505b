// Hostile Markdown: nesting deeper than the parser can recurse is refused with one clear line,
// and a block of thousands of emphasis marks is imported as literal text instead of taking minutes.
import { describe, expect, it } from 'vitest';
import { markdownToNoteContent } from '../../../src-main/core/notes/markdown-import';

const plainText = (content: string): string => {
  const texts: string[] = [];
  const walk = (n: { text?: unknown; children?: unknown[] }): void => {
    if (typeof n.text === 'string') texts.push(n.text);
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk((JSON.parse(content) as { root: { children: unknown[] } }).root);
  return texts.join('');
};

describe('hostile Markdown', () => {
  it.each([
    ['block quotes', `${'>'.repeat(100_000)} x`],
    ['bullet lists', `${'- '.repeat(50_000)}x`],
    ['numbered lists', `${'1. '.repeat(30_000)}x`],
  ])('refuses %s nested past 32 levels with a clear message', (_what, md) => {
    expect(() => markdownToNoteContent(md, () => 1)).toThrow(/^the Markdown nests quotes or lists \d+ deep; Quire imports up to 32 levels$/);
  });

  it('refuses an indent deeper than 128 characters', () => {
    expect(() => markdownToNoteContent(`- a\n${' '.repeat(500)}- b`, () => 1)).toThrow(/indents a line by 500 characters/);
  });

  it('keeps ordinary nesting and emphasis as markup', () => {
    const { content } = markdownToNoteContent('> quoted\n>\n> > twice, with *emphasis*\n\n- a\n  - b\n    - c', () => 1);
    expect(content).toContain('"quote"');
    expect(content).toContain('"listitem"');
    expect(plainText(content)).toContain('twice, with emphasis');
  });

  it('imports a block of 200,000 emphasis marks as their literal text', () => {
    const md = '_a'.repeat(100_000);
    const { content } = markdownToNoteContent(md, () => 1);
    expect(plainText(content)).toBe(md);
  });
});
