// The claims evaluation with the real corpus articles of ../shared included (as `npm run eval` runs it).
import { describe, expect, it } from 'vitest';
import { evaluate, goalsMissed } from '../eval/evaluate';

describe('claims evaluation on the labelled set with the real corpus', () => {
  it('scores the three real articles too and meets the goals', () => {
    const { scores, total } = evaluate({ shared: true });
    expect(scores.length).toBeGreaterThanOrEqual(12);
    expect(goalsMissed(total)).toEqual([]);
  });
});
