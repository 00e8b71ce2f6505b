// Moving a claim's span edges word by word.
import { describe, expect, it } from 'vitest';
import { moveEnd, moveStart } from '../../../src-renderer/features/reader/spanSteps';

const text = 'He said: “We will not leave,” and left the room.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('span steps', () => {
  it('grows and shrinks the end by a word', () => {
    const s = span('We will not');
    expect(slice(moveEnd(text, s, 1))).toBe('We will not leave,”');
    expect(slice(moveEnd(text, s, -1))).toBe('We will');
    expect(slice(moveEnd(text, span('We'), -1))).toBe('We'); // never empty
    expect(slice(moveEnd(text, span('the room.'), 1))).toBe('the room.'); // never past the text
  });

  it('grows and shrinks the start by a word', () => {
    const s = span('will not');
    expect(slice(moveStart(text, s, -1))).toBe('“We will not');
    expect(slice(moveStart(text, s, 1))).toBe('not');
    expect(slice(moveStart(text, span('not'), 1))).toBe('not');
    expect(slice(moveStart(text, span('He said'), -1))).toBe('He said');
  });
});
