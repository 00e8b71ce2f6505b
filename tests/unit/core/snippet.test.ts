// Search snippets made from a row's text: the window with the most distinct query words, hits
// marked, ellipses where text was cut, the best of several columns; words folded as the index does.
import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../src-main/core/text/snippet';
import { foldWord } from '../../../src-main/core/text/words';

const FORMAT = { open: '[', close: ']', ellipsis: '…', words: 6 };

describe('makeSnippet', () => {
  it('keeps a short text whole, marking every hit, punctuation included', () => {
    expect(makeSnippet(['“It was not an expulsion.”'], { exact: ['expulsion'], prefixes: [] }, FORMAT)).toBe('“It was not an [expulsion].”');
  });

  it('cuts a long text to the window holding the most distinct words, centred, with ellipses', () => {
    const text = 'Talks went on. The ministry said the expulsion was routine, and later the envoy called the expulsion a breach of the accord signed in spring.';
    expect(makeSnippet([text], { exact: ['expulsion', 'accord'], prefixes: [] }, FORMAT)).toBe('…[expulsion] a breach of the [accord]…');
    // One word only: its first occurrence, centred.
    expect(makeSnippet([text], { exact: ['envoy'], prefixes: [] }, FORMAT)).toBe('…later the [envoy] called the expulsion…');
  });

  it('matches words by their beginning, and folds case and accents as the index does', () => {
    expect(makeSnippet(['Zákharova said expulsions follow.'], { exact: [], prefixes: ['zakhar', 'expul'] }, FORMAT)).toBe('[Zákharova] said [expulsions] follow.');
    expect(foldWord('Łódź ÉLAN Zákharova')).toBe('łodz elan zakharova');
  });

  it('takes the column with the most distinct words, the first on a tie, and skips empty ones', () => {
    const terms = { exact: ['porter', 'expulsion'], prefixes: [] };
    expect(makeSnippet(['Jalina Porter', 'Porter called it no expulsion'], terms, FORMAT)).toBe('[Porter] called it no [expulsion]');
    expect(makeSnippet(['Jalina Porter', 'Porter said it was not an expulsion'], terms, FORMAT)).toBe('Jalina [Porter]');
    expect(makeSnippet([null, 'Porter'], terms, FORMAT)).toBe('[Porter]');
    expect(makeSnippet(['Porter', 'Porter'], terms, FORMAT)).toBe('[Porter]');
    expect(makeSnippet([null, ''], terms, FORMAT)).toBe('');
  });
});
