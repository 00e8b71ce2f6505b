import { describe, expect, it } from 'vitest';
import { annotationPieces, stackCards } from '../../../src-renderer/features/reader/annotationSegments';
import { parseTagList } from '../../../src-renderer/features/reader/tagList';
import { colorVars } from '../../../src-renderer/features/reader/annotationColors';

const TEXT = 'The quick brown fox jumps over the lazy dog.';

describe('annotationPieces', () => {
  it('leaves a run without annotations whole', () => {
    expect(annotationPieces(TEXT, 4, 19, [])).toEqual([{ start: 4, end: 19, text: 'quick brown fox', ids: [] }]);
    expect(annotationPieces(TEXT, 4, 19, [{ id: 1, start: 20, end: 25 }])).toEqual([{ start: 4, end: 19, text: 'quick brown fox', ids: [] }]);
  });

  it('cuts at every boundary; overlapping highlights list every covering id, innermost first', () => {
    const spans = [
      { id: 1, start: 4, end: 19 }, // quick brown fox
      { id: 2, start: 10, end: 25 }, // brown fox jumps
      { id: 3, start: 10, end: 15 }, // brown
    ];
    const pieces = annotationPieces(TEXT, 0, TEXT.length, spans);
    expect(pieces.map((p) => [p.text, p.ids])).toEqual([
      ['The ', []],
      ['quick ', [1]],
      ['brown', [3, 1, 2]], // equal lengths: by id
      [' fox', [1, 2]],
      [' jumps', [2]],
      [' over the lazy dog.', []],
    ]);
    // Pieces tile the run exactly: every offset maps back to the stored text.
    expect(pieces.map((p) => p.text).join('')).toBe(TEXT);
    for (const p of pieces) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
  });

  it('clips highlights to the run it renders', () => {
    expect(annotationPieces(TEXT, 10, 19, [{ id: 7, start: 4, end: 30 }])).toEqual([{ start: 10, end: 19, text: 'brown fox', ids: [7] }]);
  });
});

describe('stackCards', () => {
  it('keeps each card level with its highlight unless the one above is in the way', () => {
    expect(stackCards([{ top: 0, height: 50 }, { top: 20, height: 30 }, { top: 200, height: 10 }], 6)).toEqual([0, 56, 200]);
  });
});

describe('parseTagList', () => {
  it('splits on commas, trims, collapses spaces and drops blanks and repeats (any case)', () => {
    expect(parseTagList(' Evidence,  follow   up , ,evidence,Source')).toEqual(['Evidence', 'follow up', 'Source']);
    expect(parseTagList('')).toEqual([]);
  });
});

describe('colorVars', () => {
  it('maps palette names to theme variables and hex colours to a translucent background', () => {
    expect(colorVars('green')).toEqual({ '--anno-bg': 'var(--anno-green-bg)', '--anno-fg': 'var(--anno-green-fg)' });
    expect(colorVars('#2a9d8f')).toEqual({ '--anno-bg': '#2a9d8f40', '--anno-fg': '#2a9d8f' });
  });
});
