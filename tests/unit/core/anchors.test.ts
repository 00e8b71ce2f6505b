import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, describeRange, locate, selectorsOf } from '../../../src-main/core/text/anchors';

const span = (text: string, words: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in the test text`);
  return { start, end: start + words.length };
};

// Two passages with the same words: the annotated one, and a lookalike elsewhere.
const ORIGINAL =
  'The council met on Tuesday. The mayor said the budget was balanced and the bridge would open in May. ' +
  'Later, a spokesman repeated it: the budget was balanced, he insisted, whatever the auditors wrote.';

describe('describeRange', () => {
  it('keeps the exact words, their context on each side and the offsets', () => {
    const { start, end } = span(ORIGINAL, 'the budget was balanced');
    const a = describeRange(ORIGINAL, start, end);
    expect(a.quote.exact).toBe('the budget was balanced');
    expect(a.quote.prefix).toBe(ORIGINAL.slice(start - CONTEXT_CHARS, start));
    expect(a.quote.suffix).toBe(ORIGINAL.slice(end, end + CONTEXT_CHARS));
    expect(selectorsOf(a)).toEqual([
      { type: 'TextQuoteSelector', exact: 'the budget was balanced', prefix: a.quote.prefix, suffix: a.quote.suffix },
      { type: 'TextPositionSelector', start, end },
    ]);
  });

  it('context is cut short at the edges of the text', () => {
    const a = describeRange(ORIGINAL, 0, 3);
    expect(a.quote.prefix).toBe('');
    const b = describeRange(ORIGINAL, ORIGINAL.length - 5, ORIGINAL.length);
    expect(b.quote.suffix).toBe('');
  });
});

describe('locate in the same text', () => {
  it('the position settles it when the exact words are there', () => {
    const { start, end } = span(ORIGINAL, 'the budget was balanced');
    expect(locate(ORIGINAL, describeRange(ORIGINAL, start, end), { sameText: true })).toEqual({ anchored: true, start, end, by: 'position' });
  });

  it('a wrong stored position is found again by its unique quote and context, not by the lookalike', () => {
    const second = span(ORIGINAL, 'the budget was balanced', span(ORIGINAL, 'spokesman').start);
    const anchor = describeRange(ORIGINAL, second.start, second.end);
    const shifted = { ...anchor, position: { ...anchor.position, start: anchor.position.start - 7, end: anchor.position.end - 7 } };
    expect(locate(ORIGINAL, shifted, { sameText: true })).toEqual({ anchored: true, start: second.start, end: second.end, by: 'quote' });
  });
});

describe('locate in another text (carried to a near-duplicate)', () => {
  const first = span(ORIGINAL, 'the budget was balanced');
  const anchor = describeRange(ORIGINAL, first.start, first.end);

  it('follows the passage when text was added before it', () => {
    const reprint = `UPDATED 14:02. ${ORIGINAL}`;
    const moved = span(reprint, 'the budget was balanced');
    expect(locate(reprint, anchor, { sameText: false })).toEqual({ anchored: true, start: moved.start, end: moved.end, by: 'quote' });
  });

  it('orphans rather than moving to the lookalike when the annotated passage was reworded', () => {
    // The annotated sentence is gone; the same four words survive only in the spokesman's line.
    const edited = ORIGINAL.replace('The mayor said the budget was balanced and', 'The mayor declined to comment, and said');
    expect(edited).toContain('the budget was balanced');
    expect(locate(edited, anchor, { sameText: false })).toEqual({ anchored: false, reason: 'context_changed' });
  });

  it('does not take a lookalike that happens to sit at the same offsets', () => {
    // Same length and the same words at the old offsets, but in other surroundings.
    const other = ORIGINAL.replace('The mayor said', 'Critics denied');
    expect(other.slice(first.start, first.end)).toBe('the budget was balanced');
    expect(locate(other, anchor, { sameText: false })).toEqual({ anchored: false, reason: 'context_changed' });
  });

  it('orphans when the words are gone', () => {
    const cut = ORIGINAL.replaceAll('the budget was balanced', 'the accounts were in order');
    expect(locate(cut, anchor, { sameText: false })).toEqual({ anchored: false, reason: 'quote_missing' });
  });

  it('orphans when the passage appears twice with the same context (no guessing)', () => {
    const start = ORIGINAL.indexOf('The council');
    const doubled = `${ORIGINAL} ${ORIGINAL}`;
    const a = describeRange(ORIGINAL, start, start + 11);
    expect(locate(doubled, { ...a, position: { ...a.position, start: 5000, end: 5011 } }, { sameText: false })).toEqual({ anchored: false, reason: 'ambiguous' });
  });

  it('an empty quote never anchors', () => {
    expect(locate(ORIGINAL, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 0 } }, { sameText: true })).toEqual({
      anchored: false,
      reason: 'quote_missing',
    });
  });
});

describe('properties', () => {
  it('any range of a text anchors back to itself, in the same text and in a copy with text added in front', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 20 }),
        (text, a, b, lead) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const anchor = describeRange(text, start, end);
          const same = locate(text, anchor, { sameText: true });
          expect(same).toEqual({ anchored: true, start, end, by: 'position' });
          const moved = locate(lead + text, anchor, { sameText: false });
          // Either found at the shifted place, or refused; never placed anywhere else.
          if (moved.anchored) expect(moved.start).toBe(start + lead.length);
          // Unchanged text with the passage found only once: always found.
          if (lead === '' && text.split(anchor.quote.exact).length === 2) expect(moved.anchored).toBe(true);
        },
      ),
    );
  });

  it('a result is always a place where the exact words are, with their context', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab ]{1,60}$/), fc.stringMatching(/^[ab ]{1,60}$/), fc.nat(), fc.nat(), (source, target, a, b) => {
        const start = a % source.length;
        const end = start + 1 + (b % (source.length - start));
        const anchor = describeRange(source, start, end);
        const r = locate(target, anchor, { sameText: false });
        if (!r.anchored) return;
        expect(target.slice(r.start, r.end)).toBe(anchor.quote.exact);
        expect(target.slice(0, r.start).endsWith(anchor.quote.prefix)).toBe(true);
        expect(target.slice(r.end).startsWith(anchor.quote.suffix)).toBe(true);
      }),
    );
  });
});
