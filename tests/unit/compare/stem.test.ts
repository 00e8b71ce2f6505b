import { describe, expect, it } from 'vitest';
import { porterStem, stem } from '../../../src-main/core/compare/stem';

describe('Porter stemming', () => {
  it('follows the published examples of each step', () => {
    const cases: [string, string][] = [
      ['caresses', 'caress'], ['ponies', 'poni'], ['cats', 'cat'], ['feed', 'feed'], ['agreed', 'agre'],
      ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'], ['troubled', 'troubl'],
      ['sized', 'size'], ['hopping', 'hop'], ['falling', 'fall'], ['filing', 'file'], ['happy', 'happi'],
      ['relational', 'relat'], ['conditional', 'condit'], ['digitizer', 'digit'], ['hopefulness', 'hope'],
      ['triplicate', 'triplic'], ['formalize', 'formal'], ['electrical', 'electr'], ['revival', 'reviv'],
      ['allowance', 'allow'], ['adjustment', 'adjust'], ['adoption', 'adopt'], ['controll', 'control'], ['roll', 'roll'],
    ];
    for (const [word, expected] of cases) expect(porterStem(word), word).toBe(expected);
  });

  it('groups the forms of a word', () => {
    for (const group of [
      ['expel', 'expelled', 'expelling', 'expels', 'expulsion', 'expulsions'],
      ['invade', 'invaded', 'invasion'],
      ['decide', 'decided', 'decision'],
      ['diplomat', 'diplomats', 'diplomatic'],
      ['leave', 'leaves', 'leaving'],
    ]) {
      expect(new Set(group.map(stem)).size, group.join(' ')).toBe(1);
    }
  });

  it('keeps apart words that only look alike', () => {
    expect(stem('initial')).not.toBe(stem('initiate'));
    expect(stem('official')).not.toBe(stem('officiate'));
    expect(stem('officials')).toBe(stem('official'));
    expect(stem('expansion')).not.toBe(stem('expel'));
    expect(stem('Department')).not.toBe(stem('departure'));
    expect(stem('departments')).toBe(stem('department'));
  });
});
