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
