// Span edits survive re-extraction: after the analyst grows or shrinks a claim's span,
// articles.reextract neither suggests the original span again nor drops other suggestions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../src-main/api/contract/methods';
import { freshSuggestions, type KeptClaim } from '../../src-main/api/service/reextract';
import { CORPUS_FILES, corpusBase64, openHarness, type Harness } from './service-helpers';

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.dispose());

const spanKey = (c: { start: number; end: number }): string => `${c.start}:${c.end}`;

/** The next word boundary after `end` (the end of the following word), within the paragraph. */
function nextWordEnd(text: string, end: number): number {
  const m = /^\s*[^\s]+/.exec(text.slice(end, end + 40));
  return m && !m[0].includes('\n') ? end + m[0].length : end;
}

describe('span edits and re-extraction', () => {
  it('keeps grown and shrunk spans and never re-suggests their original spans (every corpus article)', async () => {
    for (const file of CORPUS_FILES) {
      const outcome = await h.call('articles.import', { fileName: file, data: corpusBase64(file) });
      const id = outcome.article.id;
      const { text } = await h.call('articles.get', { id });
      const claims = await h.call('claims.list', { articleId: id });
      const spans = new Set(claims.map(spanKey));
      // Claims with room to shrink by a word; every other one of them is grown by a word instead.
      const editable = claims.filter((c) => c.text.split(/\s+/).length >= 4).slice(0, 6);
      expect(editable.length).toBeGreaterThan(1);
      const edits: { original: Claim; edited: Claim }[] = [];
      for (const [i, c] of editable.entries()) {
        const firstSpace = c.text.indexOf(' ');
        const change = i % 2 === 0 ? { start: c.start + firstSpace + 1, end: c.end } : { start: c.start, end: nextWordEnd(text, c.end) };
        if (spans.has(spanKey(change)) || (change.start === c.start && change.end === c.end)) continue;
        const edited = await h.call('claims.update', { id: c.id, ...change });
        expect(edited.text).toBe(text.slice(change.start, change.end));
        edits.push({ original: c, edited });
      }
      expect(edits.length).toBeGreaterThan(1);

      const result = await h.call('articles.reextract', { id });
      const after = await h.call('claims.list', { articleId: id });
      for (const { original, edited } of edits) {
        expect(after.find((c) => c.id === edited.id)).toEqual(edited);
        expect(after.filter((c) => c.start === original.start && c.end === original.end)).toEqual([]);
      }
      // Every untouched suggestion came back, and only those.
      expect(result.claims).toBe(claims.length - edits.length);
      expect(after).toHaveLength(claims.length);
      const untouched = claims.filter((c) => !edits.some((e) => e.original.id === c.id)).map(spanKey).sort();
      expect(after.filter((c) => !edits.some((e) => e.edited.id === c.id)).map(spanKey).sort()).toEqual(untouched);

      // A second run changes nothing.
      await h.call('articles.reextract', { id });
      const again = await h.call('claims.list', { articleId: id });
      expect(again.map(({ id: _id, ...c }) => c)).toEqual(after.map(({ id: _id, ...c }) => c));
    }
  });
});

describe('freshSuggestions', () => {
  const draft = (start: number, end: number, kind = 'direct') => ({ start, end, kind });
  const kept = (start: number, end: number, more: Partial<KeptClaim> = {}): KeptClaim => ({ start, end, kind: 'direct', origin: 'extracted', edited: true, ...more });

  it('drops drafts at kept spans and the one original of each span-edited claim', () => {
    const drafts = [draft(0, 50), draft(10, 20), draft(60, 90), draft(100, 140)];
    // 60:90 was shrunk to 65:90; 100:140 was confirmed where it is.
    expect(freshSuggestions(drafts, [kept(65, 90), kept(100, 140)])).toEqual([draft(0, 50), draft(10, 20)]);
  });

  it('leaves a containing claim when a nested one is rejected where it is', () => {
    const drafts = [draft(0, 80, 'indirect'), draft(30, 40)];
    expect(freshSuggestions(drafts, [kept(30, 40)])).toEqual([draft(0, 80, 'indirect')]);
  });

  it('pairs an edited claim with the most overlapping draft of its kind only', () => {
    const drafts = [draft(0, 100, 'indirect'), draft(20, 60), draft(55, 70)];
    // The direct quote 20:60 grown to 20:66: its original is 20:60, not the reported sentence.
    expect(freshSuggestions(drafts, [kept(20, 66)])).toEqual([draft(0, 100, 'indirect'), draft(55, 70)]);
  });

  it('treats analyst-made claims by exact span only', () => {
    const drafts = [draft(0, 30), draft(40, 60)];
    expect(freshSuggestions(drafts, [kept(5, 30, { origin: 'analyst' }), kept(40, 60, { origin: 'analyst' })])).toEqual([draft(0, 30)]);
  });
});
