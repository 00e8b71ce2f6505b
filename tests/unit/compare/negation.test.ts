// Which words a claim asserts, denies, or only supposes.
import { describe, expect, it } from 'vitest';
import { termsOf, type Mode } from '../../../src-main/core/compare/terms';

const modes = (text: string): Record<string, Mode> => Object.fromEntries(termsOf(text).map((t) => [t.surface.toLowerCase(), t.mode]));

describe('negation scope', () => {
  it('denies the words right after "not", "no", "never" and contractions', () => {
    expect(modes('What’s happening is not an expulsion')).toMatchObject({ expulsion: 'negated' });
    expect(modes("It's not our choice, we didn't initiate it")).toMatchObject({ choice: 'negated', initiate: 'negated' });
    expect(modes('NATO will not expand eastward')).toMatchObject({ expand: 'negated', eastward: 'negated' });
    expect(modes('There were never any talks about the border')).toMatchObject({ talks: 'negated', border: 'asserted' });
    expect(modes('This is not only an expulsion but a humiliation')).toMatchObject({ expulsion: 'asserted', humiliation: 'asserted' });
  });

  it('stops at a function word, punctuation or a name', () => {
    const m = modes('the government will not be able to evacuate U.S. citizens from Ukraine');
    expect(m).toMatchObject({ evacuate: 'negated', citizens: 'asserted', 'u.s.': 'asserted', ukraine: 'asserted' });
    expect(modes('This is not a blockade, it is a lawful inspection regime')).toMatchObject({ blockade: 'negated', lawful: 'asserted', inspection: 'asserted' });
  });

  it('lets a denial verb cover its whole clause', () => {
    expect(modes('the ministry denied that troops had crossed the border')).toMatchObject({ troops: 'negated', crossed: 'negated', border: 'negated' });
  });

  it('takes nothing in an "if" clause or its consequence as asserted or denied', () => {
    const m = modes('if these people did not leave, then they would lose their privileges. They are leaving');
    expect(m).toMatchObject({ people: 'hypothetical', leave: 'hypothetical', lose: 'hypothetical', privileges: 'hypothetical', leaving: 'asserted' });
    expect(modes('If the port stays closed, it becomes a blockade')).toMatchObject({ port: 'hypothetical', blockade: 'hypothetical' });
    expect(modes('Russia would reverse its course if Washington abandons its plans')).toMatchObject({ reverse: 'asserted', washington: 'hypothetical', plans: 'hypothetical' });
  });

  it('does not read a capitalised "Not" inside a name as a negation', () => {
    expect(modes('it has issued a Do Not Travel advisory to citizens')).toMatchObject({ advisory: 'asserted', citizens: 'asserted' });
  });
});

describe('dismissed reports', () => {
  it('denies what reports, claims or allegations said when they are called false or baseless', () => {
    expect(modes('Claims that the convoy was attacked are baseless')).toMatchObject({ convoy: 'negated', attacked: 'negated', baseless: 'asserted' });
    expect(modes('The report on the convoy was published on Monday')).toMatchObject({ convoy: 'asserted' });
  });
});

describe('what is neither asserted nor the speaker’s denial', () => {
  it('carries a negated verb through its object pronoun', () => {
    expect(modes("I wouldn't call it reform")).toMatchObject({ call: 'negated', reform: 'negated' });
  });

  it('takes "to deny" as what someone might do, not a denial', () => {
    expect(modes('nothing could lead the council to deny the merger')).toMatchObject({ council: 'asserted', merger: 'asserted' });
  });

  it('asserts nothing after a generic "any" or a need, unless a negation rules', () => {
    expect(modes('that is the key to any lasting harbour reform')).toMatchObject({ lasting: 'hypothetical', harbour: 'hypothetical', reform: 'hypothetical' });
    expect(modes('the old quay needs repair')).toMatchObject({ quay: 'asserted', repair: 'hypothetical' });
    expect(modes('There were never any talks about the border')).toMatchObject({ talks: 'negated' });
  });
});

describe('Russian and Ukrainian', () => {
  it('negates after «не», «ни», «ні» and denial verbs, and keys word forms by their stem', () => {
    expect(modes('Это не высылка, а плановая ротация')).toMatchObject({ высылка: 'negated', ротация: 'asserted' });
    expect(modes('Министерство опровергло сообщения о высылке дипломатов')).toMatchObject({ сообщения: 'negated', высылке: 'negated' });
    expect(modes('Це не висилка дипломатів')).toMatchObject({ висилка: 'negated' });
    const keys = (text: string): string[] => termsOf(text).map((t) => t.key);
    expect(keys('высылку')).toEqual(keys('высылки'));
  });

  it('leaves reporting verbs and function words out', () => {
    expect(termsOf('как заявила она, это было решение').map((t) => t.surface)).toEqual(['решение']);
  });
});

describe('threats', () => {
  it('asserts no act that is only threatened, in English or Russian', () => {
    expect(modes('the ministry threatened expulsion of the staff')).toMatchObject({ expulsion: 'hypothetical' });
    expect(modes('власти не отказались от угроз его выдворения')).toMatchObject({ выдворения: 'hypothetical' });
  });
});
