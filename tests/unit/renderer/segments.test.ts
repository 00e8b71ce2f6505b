// The reader's text → paragraphs → runs split: pure slicing by UTF-16 offsets.
import { describe, expect, it } from 'vitest';
import { paragraphRanges, segmentArticle } from '../../../src-renderer/features/reader/segments';

describe('reader segments', () => {
  it('splits paragraphs at blank lines and keeps offsets into the original text', () => {
    const text = '  First line\nstill first.\n\n\nSecond.\r\n \r\nThird ';
    const ranges = paragraphRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['First line\nstill first.', 'Second.', 'Third']);
  });

  it('marks claims exactly by offset, innermost claim winning, across surrogate pairs', () => {
    const text = 'He said 😀 “it is not an expulsion” today.\n\nNext “para”.';
    const outerStart = text.indexOf('it is');
    const outer = { id: 1, start: outerStart, end: text.indexOf('”') };
    const innerStart = text.indexOf('expulsion');
    const inner = { id: 2, start: innerStart, end: innerStart + 'expulsion'.length };
    const paras = segmentArticle(text, [outer, inner]);
    expect(paras).toHaveLength(2);
    const runs = paras[0]?.runs ?? [];
    expect(runs.map((r) => [r.text, r.claimId])).toEqual([
      ['He said 😀 “', null],
      ['it is not an ', 1],
      ['expulsion', 2],
      ['” today.', null],
    ]);
    for (const r of runs) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('splits a claim that spans two paragraphs and ignores out-of-range claims', () => {
    const text = 'One two.\n\nThree four.';
    const paras = segmentArticle(text, [
      { id: 1, start: 4, end: 15 },
      { id: 9, start: 5, end: 999 },
    ]);
    expect(paras.map((p) => p.runs.map((r) => [r.text, r.claimId]))).toEqual([
      [
        ['One ', null],
        ['two.', 1],
      ],
      [
        ['Three', 1],
        [' four.', null],
      ],
    ]);
  });
});
