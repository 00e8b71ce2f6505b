// Pure pieces of the notebook and Find anything: search snippet markers, the `[[` trigger, claim
// drag data, and the sentence shown around a cited quote.
import { describe, expect, it } from 'vitest';
import { parseClaimDrag } from '../../../src-renderer/components/claimDrag';
import { noteLinkTrigger } from '../../../src-renderer/features/notebook/plugins/noteLinkTrigger';
import { sentenceAround } from '../../../src-renderer/features/notebook/sentence';
import { snippetRuns } from '../../../src-renderer/features/search/snippet';

describe('search snippets', () => {
  it('turns U+E000 … U+E001 into matched runs', () => {
    expect(snippetRuns('…the \uE000expulsion\uE001 of 12 \uE000diplomats\uE001')).toEqual([
      { text: '…the ', match: false },
      { text: 'expulsion', match: true },
      { text: ' of 12 ', match: false },
      { text: 'diplomats', match: true },
    ]);
    expect(snippetRuns('no match')).toEqual([{ text: 'no match', match: false }]);
    expect(snippetRuns('\uE001stray\uE000')).toEqual([{ text: 'stray', match: false }]);
    expect(snippetRuns('')).toEqual([]);
  });
});

describe('[[ trigger', () => {
  it('matches [[ and the title typed so far at a word start', () => {
    expect(noteLinkTrigger('See [[Sour')).toEqual({ leadOffset: 4, matchingString: 'Sour', replaceableString: '[[Sour' });
    expect(noteLinkTrigger('[[')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '[[' });
    expect(noteLinkTrigger('x ([[Open questions')?.matchingString).toBe('Open questions');
    expect(noteLinkTrigger('a[[b')).toBeNull();
    expect(noteLinkTrigger('[[done]] ')).toBeNull();
    expect(noteLinkTrigger('[[[x')).toBeNull();
    expect(noteLinkTrigger(`[[${'x'.repeat(81)}`)).toBeNull();
  });
});

describe('claim drag data', () => {
  it('accepts {claimId} and nothing else', () => {
    expect(parseClaimDrag('{"claimId":12}')).toBe(12);
    expect(parseClaimDrag('{"claimId":0}')).toBeNull();
    expect(parseClaimDrag('{"claimId":"12"}')).toBeNull();
    expect(parseClaimDrag('12')).toBeNull();
    expect(parseClaimDrag('not json')).toBeNull();
    expect(parseClaimDrag('')).toBeNull();
  });
});

describe('sentence around a quote', () => {
  const text = 'First sentence. Olivia Dalton said the move was planned. Then more.\nNext line.';
  it('cuts at the sentence ends around the span', () => {
    const start = text.indexOf('the move');
    const end = start + 'the move was planned'.length;
    expect(sentenceAround(text, start, end)).toEqual({ before: 'Olivia Dalton said ', after: '.' });
  });
  it('stops at line breaks and at the text ends', () => {
    const start = text.indexOf('Next');
    expect(sentenceAround(text, start, start + 4)).toEqual({ before: '', after: ' line.' });
    expect(sentenceAround('a quote', 2, 7)).toEqual({ before: 'a ', after: '' });
  });
});
