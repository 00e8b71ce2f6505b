import { describe, expect, it } from 'vitest';
import { fullerName, matchSpeaker, pickEntity, probeOf, probesOf, type Candidate } from '../../../src-main/core/claims/entity-match';

const person = (id: number, name: string, ...forms: string[]): Candidate => ({ id, kind: 'person', name, forms: [name, ...forms] });

describe('probes', () => {
  it('put transliteration variants of a surname under one key', () => {
    expect(probeOf('person', 'Vassily Nebenzia')).toBe(probeOf('person', 'Vasily Nebenzya'));
    expect(probeOf('person', 'Antonov')).toBe(probeOf('person', 'Anatoly Antonov'));
    expect(probeOf('person', 'Peskov')).toBe(probeOf('person', 'Dmitri Peskow'));
    expect(probeOf('person', 'Ivanov')).not.toBe(probeOf('person', 'Antonov'));
    expect(probeOf('organization', 'The State Department')).toBe(probeOf('organization', 'State Department'));
  });
  it('look a one-word place up as a surname too', () => {
    expect(probesOf('place', 'Biden')).toContain(probeOf('person', 'Joe Biden'));
    expect(probesOf('place', 'New York')).toHaveLength(1);
  });
});

describe('pickEntity', () => {
  it('joins transliteration variants and a surname to the one full name', () => {
    const stored = [person(1, 'Vassily Nebenzia'), person(2, 'Anatoly Antonov', 'Antonov'), person(3, 'Ivan Ivanov')];
    expect(pickEntity('person', 'Vasily Nebenzya', stored)).toBe(1);
    expect(pickEntity('person', 'Antoly Antonov', stored)).toBe(2);
    expect(pickEntity('person', 'Antonov', stored)).toBe(2);
    expect(pickEntity('person', 'Vladimir Ivanov', stored)).toBeNull();
    expect(pickEntity('person', 'Jalina Porter', stored)).toBeNull();
  });
  it('leaves an ambiguous surname alone', () => {
    const stored = [person(1, 'Ivan Ivanov'), person(2, 'Vladimir Ivanov')];
    expect(pickEntity('person', 'Ivanov', stored)).toBeNull();
  });
  it('prefers a full name to a surname-only entity for a full name', () => {
    const stored = [person(1, 'Antonov'), person(2, 'Anatoly Antonov')];
    expect(pickEntity('person', 'Antoly Antonov', stored)).toBe(2);
    expect(pickEntity('person', 'Antonov', stored)).toBe(2);
  });
  it('matches organisations by folded name and a one-word place to an exact surname only', () => {
    const org: Candidate = { id: 7, kind: 'organization', name: 'State Department', forms: ['State Department'] };
    expect(pickEntity('organization', 'the State Department', [org])).toBe(7);
    expect(pickEntity('organization', 'State Duma', [org])).toBeNull();
    expect(pickEntity('place', 'Biden', [person(4, 'Joe Biden')])).toBe(4);
    expect(pickEntity('place', 'Bidan', [person(4, 'Joe Biden')])).toBeNull();
    expect(pickEntity('organization', 'Biden', [person(4, 'Joe Biden')])).toBeNull();
  });
});

describe('speakers and names', () => {
  it('finds the entity a speaker names in its article', () => {
    const local = [
      { id: 1, kind: 'person' as const, forms: ['Anatoly Antonov', 'Antonov'] },
      { id: 2, kind: 'organization' as const, forms: ['State Department'] },
      { id: 3, kind: 'person' as const, forms: ['Jalina Porter'] },
    ];
    expect(matchSpeaker('Antonov', local)).toBe(1);
    expect(matchSpeaker('Antoly Antonov', local)).toBe(1);
    expect(matchSpeaker('the State Department', local)).toBe(2);
    expect(matchSpeaker('Embassy officials', local)).toBeNull();
    expect(matchSpeaker('Porter', [...local, { id: 4, kind: 'person', forms: ['Cole Porter'] }])).toBeNull();
  });
  it('keeps the fuller name', () => {
    expect(fullerName('Antonov', 'Anatoly Antonov')).toBe('Anatoly Antonov');
    expect(fullerName('Anatoly Antonov', 'Antonov')).toBe('Anatoly Antonov');
  });
});
