// Hostile nesting in HTML: a page nested thousands of levels deep is read (Readability, which
// slows down steeply with depth, is skipped and the walk over the DOM never recurses), and a page
// nested beyond what the parser handles is refused with one line. Before this, a 3,000-level page
// kept an import busy for many minutes and 10,000 unclosed inline tags overflowed the stack.
import { describe, expect, it } from 'vitest';
import { markupDepth } from '../../../src-main/core/ingest/html';
import { IngestError } from '../../../src-main/core/ingest/types';
import { ingestString, rejection } from './helpers';

const SAID = '“We will stay until the talks resume,” said Ann Lee, the harbour master, on Monday.';

describe('nesting', () => {
  it('markupDepth counts open elements, not void or self-closing ones or auto-closed paragraphs', () => {
    expect(markupDepth('<div><div><p>a<p>b<br><img src=x><span/></div></div>')).toBe(2);
    expect(markupDepth('<ul><li>a<li>b<li>c</ul>')).toBe(1);
    expect(markupDepth('<div>'.repeat(500))).toBe(500);
    expect(markupDepth('<b>'.repeat(50_000), 1000)).toBe(1001);
  });

  it('a page nested 3,000 levels deep is read, text and claim intact', async () => {
    const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(3000)}<p>${SAID}</p>${'</div>'.repeat(3000)}</body></html>`;
    const draft = await ingestString('deep.html', html);
    expect(draft.text).toContain(SAID);
  });

  it('10,000 unclosed inline tags are read without overflowing the stack', async () => {
    const html = `<html><body><p>${SAID}</p><p>Then ${'<b><i>'.repeat(5000)}the end.</body></html>`;
    const draft = await ingestString('unclosed.html', html);
    expect(draft.text).toContain(SAID);
    expect(draft.text).toContain('the end.');
  });

  it('a page nested beyond 20,000 levels is refused with one line', async () => {
    const err = await rejection(ingestString('abyss.html', `<html><body>${'<div>'.repeat(25_000)}text${'</div>'.repeat(25_000)}</body></html>`));
    expect(err).toBeInstanceOf(IngestError);
    expect(err.message).toMatch(/^the page nests its markup more than 20,000 levels deep/);
    expect(err.message).not.toContain('\n');
  });
});
