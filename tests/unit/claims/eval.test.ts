import { describe, expect, it } from 'vitest';
import { GOALS, evaluate, goalsMissed, scoreFile, speakerMatches } from '../../eval/evaluate';

describe('claims evaluation on the labelled set (tests/eval)', () => {
  it('meets the goals on the written texts', () => {
    const { scores, total } = evaluate({ shared: false });
    expect(scores.length).toBeGreaterThanOrEqual(9);
    expect(goalsMissed(total)).toEqual([]);
    expect(total.directRecall).toBeGreaterThanOrEqual(GOALS.directRecall);
    expect(total.speakerAccuracy).toBeGreaterThanOrEqual(GOALS.speakerAccuracy);
    expect(total.reportedRecall).toBeGreaterThanOrEqual(GOALS.reportedRecall);
    expect(total.precision).toBeGreaterThanOrEqual(GOALS.precision);
  });

  it('scores by span overlap and speaker', () => {
    const text = 'Ann Lee said the plan "works well" for now.';
    const gold = { file: 'x', published: null, direct: [{ text: 'works well', speaker: 'Ann Lee' }], reported: [{ text: 'the plan "works well" for now', speaker: 'Lee' }] };
    const s = scoreFile(gold, text, [
      { kind: 'indirect', text: 'the plan "works well"', speaker: 'Ann Lee', start: 13, end: 34 },
      { kind: 'direct', text: 'works well', speaker: null, start: 23, end: 33 },
    ]);
    expect([s.directFound, s.reportedFound, s.speakerRight, s.predictedRight]).toEqual([1, 1, 1, 2]);
    expect(speakerMatches('the State Department', 'State Department')).toBe(true);
    expect(speakerMatches('Antonov', ['Anatoly Antonov'])).toBe(true);
    expect(speakerMatches('Porter', 'Jalina Potter')).toBe(false);
    expect(speakerMatches(null, null)).toBe(true);
  });
});
