// Suggested conflicts on claims written for these tests: what makes a conflict (polarity,
// numbers, deadlines, framing), what never does (one speaker, one relayed statement, a fragment,
// agreeing figures), the readable reason, and blocking that never compares all pairs.
import { describe, expect, it } from 'vitest';
import { factsIn } from '../../../src-main/core/claims/dates';
import { featuresOf, type CompareClaim } from '../../../src-main/core/compare/features';
import { comparable, suggestConflicts, visitCandidatePairs, weights } from '../../../src-main/core/compare/suggest';

let nextId = 1;
/** An invented word for number n, letters only (words with digits are not terms). */
const letters = (n: number): string => {
  let out = '';
  let x = n;
  do {
    out = String.fromCharCode(97 + (x % 26)) + out;
    x = Math.floor(x / 26);
  } while (x > 0);
  return out;
};
/** A claim as stored: its facts read from its text by extraction's own reader. */
function claim(text: string, speaker: string | null, extra: Partial<CompareClaim> = {}): CompareClaim {
  const id = nextId++;
  return { id, articleId: id, text, speaker, kind: 'direct', start: 0, end: text.length, facts: factsIn(text, 0, text.length, null), ...extra };
}

const pair = (claims: CompareClaim[], x: CompareClaim, y: CompareClaim) =>
  suggestConflicts(claims, { limit: 500 }).find((s) => (s.a === x.id && s.b === y.id) || (s.a === y.id && s.b === x.id));

/** Background statements so that word weights mean something. */
const background = (): CompareClaim[] => [
  claim('The ministry will publish its annual report on agriculture next month', 'Ministry of Agriculture'),
  claim('Trade between the two countries grew strongly last year', 'Chamber of Commerce'),
  claim('The railway line to the coast reopened after repairs', 'Rail Authority'),
  claim('Farmers expect a good harvest despite the dry spring', 'Farmers Union'),
];

describe('polarity', () => {
  it('pairs a denial with an assertion of the same thing and says so', () => {
    const denial = claim('The closure of the port is not a blockade', 'Marta Novak');
    const assertion = claim('The port closure amounts to a blockade', 'Opposition Party');
    const s = pair([...background(), denial, assertion], denial, assertion);
    expect(s?.signals).toEqual(['polarity']);
    expect(s?.reason).toBe('Both about "blockade" (closure, port): Marta Novak denies it ("not a blockade"), Opposition Party asserts it ("amounts to a blockade")');
    expect(s?.shared).toEqual(['blockade', 'closure', 'port']);
  });

  it('finds the same act denied as a noun and asserted as a verb', () => {
    const denial = claim('What is happening at the consulate is not an expulsion', 'Consulate spokesperson');
    const assertion = claim('Our staff at the consulate are being expelled', 'Viktor Petrov');
    expect(pair([...background(), denial, assertion], denial, assertion)?.reason).toContain('asserts it ("are being expelled")');
  });

  it('takes an opposite by prefix as a contradiction', () => {
    const a = claim('The strike on the fuel depot was unjustified', 'Jonas Keller');
    const b = claim('The strike on the fuel depot was justified and proportionate', 'Defence Ministry');
    expect(pair([...background(), a, b], a, b)?.reason).toBe('Both about "justified" (depot, fuel, strike): Jonas Keller denies it ("unjustified"), Defence Ministry asserts it ("depot was justified")');
  });

  it('takes opposite words about the same thing as a contradiction, and not about different things', () => {
    const left = claim('The diplomats left the country voluntarily after the talks', 'Foreign Office');
    const forced = claim('Our diplomats were forced to leave the country', 'Viktor Petrov');
    const s = pair([...background(), left, forced], left, forced);
    expect(s?.signals).toEqual(['polarity']);
    expect(s?.reason).toBe('Both about "diplomats" (country): Foreign Office says "left the country voluntarily", Viktor Petrov the opposite ("diplomats were forced")');
    const rose = claim('Bread prices rose sharply in the capital this winter', 'Statistics Office');
    const fell = claim('Fuel exports fell after the storm', 'Port Authority');
    expect(pair([...background(), rose, fell], rose, fell)).toBeUndefined();
  });

  it('reads reports dismissed as false as denied', () => {
    const dismissal = claim('Reports that troops crossed the border overnight are completely false', 'Defence Ministry');
    const report = claim('Troops crossed the border overnight near the river', 'Elena Varga');
    expect(pair([...background(), dismissal, report], dismissal, report)?.reason).toContain(
      'Defence Ministry denies it ("Reports that troops crossed the border overnight are completely false"), Elena Varga asserts it',
    );
  });

  it('does not pair two denials, two assertions, or a denial with an "if" clause', () => {
    const one = claim('The closure of the port is not a blockade', 'Marta Novak');
    const two = claim('This was never a blockade of the port', 'Harbour Authority');
    const three = claim('If the port stays closed, it becomes a blockade', 'Leila Haddad');
    const four = claim('The port closure is a blockade of the island', 'Opposition Party');
    const claims = [...background(), one, two, three, four];
    expect(pair(claims, one, two)).toBeUndefined();
    expect(pair(claims, two, three)).toBeUndefined();
    expect(pair(claims, one, four)?.signals).toEqual(['polarity']);
  });

  it('needs a shared subject: negations about different things are no conflict', () => {
    const a = claim('The harbour closure is not a blockade', 'Marta Novak');
    const b = claim('The election result was a fraud', 'Opposition Party');
    expect(suggestConflicts([...background(), a, b])).toEqual([]);
  });
});

describe('numbers and dates', () => {
  it('pairs incompatible figures for the same kind of count, with both figures in the reason', () => {
    const low = claim('A group of 27 people with families will leave the capital', 'Anatoly Antonov');
    const high = claim('More than 50 diplomats and their families had to leave the capital', 'State Department');
    const s = pair([...background(), low, high], low, high);
    expect(s?.signals).toEqual(['number']);
    expect(s?.reason).toBe('Both about "capital" (families, leave): Anatoly Antonov gives 27 people, State Department More than 50 diplomats');
  });

  it('leaves agreeing figures alone: 55 is more than 50, about 100 covers 105', () => {
    const list = claim('We were given a list of 55 people who had to leave the capital', 'Anatoly Antonov');
    const more = claim('More than 50 diplomats had to leave the capital', 'State Department');
    const about = claim('About 100 vessels are waiting outside the harbour', 'Port Authority');
    const exact = claim('Exactly 105 vessels are waiting outside the harbour tonight', 'Coast Guard');
    const claims = [...background(), list, more, about, exact];
    expect(pair(claims, list, more)).toBeUndefined();
    expect(pair(claims, about, exact)).toBeUndefined();
  });

  it('does not compare counts of different things', () => {
    const people = claim('27 people crossed the border at the northern checkpoint', 'Border Guard');
    const tanks = claim('50 tanks crossed the border at the northern checkpoint', 'Defence Ministry');
    expect(pair([...background(), people, tanks], people, tanks)).toBeUndefined();
  });

  it('pairs two deadlines for the same departure, and not two that agree', () => {
    const jan31 = claim('Embassy employees must leave the country by Jan. 31', 'Maria Zakharova');
    const jan30 = claim('Some of them are leaving the country by Jan. 30, and others by June 30', 'Antoly Antonov');
    const agree = claim('The employees are to leave the country by Jan. 31 at the latest', 'Foreign Office');
    const claims = [...background(), jan31, jan30, agree];
    const s = pair(claims, jan31, jan30);
    expect(s?.signals).toEqual(['date']);
    expect(s?.reason).toBe('Both about "leave" (country): Maria Zakharova gives a deadline of Jan. 31, Antoly Antonov Jan. 30');
    expect(pair(claims, jan31, agree)).toBeUndefined();
    // The claim that names June 30 as well as Jan. 30 still disagrees with Jan. 31 …
    expect(pair(claims, agree, jan30)?.signals).toEqual(['date']);
  });
});

describe('claims sharing only facts', () => {
  it('say what they share in words', () => {
    const order = claim('The order takes effect on March 31', 'Foreign Ministry');
    const gone = claim('Everyone must be gone by March 25', 'Jonas Keller');
    expect(pair([...background(), order, gone], order, gone)?.reason).toBe('Both about a date in March: Foreign Ministry gives March 31, Jonas Keller March 25');
  });
});

describe('framing', () => {
  it('pairs rival words for the same act about the same thing', () => {
    const a = claim('The invasion of the northern province began at dawn', 'Elena Varga');
    const b = claim('The operation in the northern province began at dawn to protect civilians', 'Defence Ministry');
    const s = pair([...background(), a, b], a, b);
    expect(s?.signals).toEqual(['framing']);
    expect(s?.reason).toContain('Elena Varga calls the military action "invasion", Defence Ministry "operation"');
  });

  it('needs more in common than the rival words themselves', () => {
    const a = claim('The invasion was condemned by the assembly', 'Elena Varga');
    const b = claim('The operation on the patient lasted four hours', 'Hospital spokesperson');
    expect(pair([...background(), a, b], a, b)).toBeUndefined();
  });
});

describe('what is never a conflict', () => {
  it('one speaker under two spellings, one statement relayed twice, a fragment of its own sentence', () => {
    const a = claim('The port closure is not a blockade of the island', 'Sergei Lavrov');
    const b = claim('The port closure amounts to a blockade of the island', 'Sergey Lavrov');
    const c = claim('The port closure amounts to a blockade of the island', 'Island Council');
    const relayed = claim('The port closure amounts to a blockade of the island', 'island council');
    expect(suggestConflicts([...background(), a, b])).toEqual([]);
    const found = suggestConflicts([...background(), a, c, relayed]);
    expect(found.some((s) => [s.a, s.b].includes(c.id) && [s.a, s.b].includes(relayed.id))).toBe(false);

    // "blockade" quoted inside the claim that reports it, in the same article.
    const sentence = claim('the minister said the closure was not a “blockade”', 'Marta Novak', { articleId: 900, start: 10, end: 61 });
    const word = claim('“blockade” of the island', 'Marta Novak', { articleId: 900, start: 40, end: 60 });
    expect(comparable([sentence, word]).map((x) => x.id)).toEqual([sentence.id]);
  });
});

describe('ranking', () => {
  it('puts the plain contradiction first, scores in (0, 1], best first, limit and focus', () => {
    const denial = claim('The closure of the port is not a blockade', 'Marta Novak');
    const plain = claim('The port closure amounts to a blockade', 'Opposition Party');
    const incidental = claim(
      'Fishermen said the long closure of the port, which many compared to a blockade, had ruined the spring season for families across the coast',
      'Fishermen Association',
    );
    const claims = [...background(), denial, plain, incidental];
    const found = suggestConflicts(claims);
    expect([found[0]!.a, found[0]!.b]).toEqual([denial.id, plain.id]);
    for (const [i, s] of found.entries()) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(found[i - 1]!.score).toBeGreaterThanOrEqual(s.score);
    }
    expect(suggestConflicts(claims, { limit: 1 })).toHaveLength(1);
    for (const s of suggestConflicts(claims, { focus: incidental.id })) expect([s.a, s.b]).toContain(incidental.id);
    expect(suggestConflicts(claims, { exclude: (a, b) => a === denial.id && b === plain.id }).some((s) => s.a === denial.id && s.b === plain.id)).toBe(false);
  });
});

describe('blocking', () => {
  /** `topics` disjoint subjects (invented words), `per` claims each, half denying and half asserting. */
  function corpus(topics: number, per: number): CompareClaim[] {
    const word = (n: number): string => `zor${letters(n)}qua`;
    const out: CompareClaim[] = [];
    for (let t = 0; t < topics; t++) {
      for (let k = 0; k < per; k++) {
        const speaker = `Office ${letters(t)} ${letters(k)}`;
        out.push(k % 2 === 0 ? claim(`The ${word(t)} plan is not a ${word(t + 100000)} at all`, speaker) : claim(`The ${word(t)} plan amounts to a ${word(t + 100000)}`, speaker));
      }
    }
    return out;
  }

  it('scores only pairs that share a block: work grows with the claims, not with their square', () => {
    const claims = corpus(300, 10);
    const features = comparable(claims).map(featuresOf);
    const w = weights(features);
    const pairs = new Set<string>();
    visitCandidatePairs(features, (k) => w.get(k) ?? 0, 150, (i, j) => {
      // Every visited pair shares a key term.
      expect([...features[i]!.keys.keys()].some((k) => features[j]!.keys.has(k))).toBe(true);
      pairs.add(i < j ? `${i}:${j}` : `${j}:${i}`);
    });
    const all = (claims.length * (claims.length - 1)) / 2;
    expect(pairs.size).toBeGreaterThan(0);
    expect(pairs.size).toBeLessThan(all / 100);
    // Twice the claims, about twice the pairs.
    const bigger = comparable(corpus(600, 10)).map(featuresOf);
    const w2 = weights(bigger);
    const pairs2 = new Set<string>();
    visitCandidatePairs(bigger, (k) => w2.get(k) ?? 0, 150, (i, j) => pairs2.add(i < j ? `${i}:${j}` : `${j}:${i}`));
    expect(pairs2.size / pairs.size).toBeLessThan(2.5);
    // Every topic's contradiction is found.
    const found = suggestConflicts(claims, { limit: 10_000 });
    expect(new Set(found.map((s) => claims.find((c) => c.id === s.a)!.text.split(' ')[1])).size).toBe(300);
  });

  it('splits a block too large to be a topic by what else its members share', () => {
    // 400 claims deny or assert one word; only those about the same co-subject meet.
    const claims: CompareClaim[] = [];
    for (let k = 0; k < 400; k++) {
      const subject = `qel${letters(Math.floor(k / 2) % 40)}vor`;
      claims.push(claim(k % 2 === 0 ? `The ${subject} move is not a sanction` : `The ${subject} move amounts to a sanction`, `Office ${letters(k)}`));
    }
    const features = comparable(claims).map(featuresOf);
    const w = weights(features);
    let crossSubject = 0;
    let visits = 0;
    visitCandidatePairs(features, (k) => w.get(k) ?? 0, 50, (i, j) => {
      visits++;
      if (features[i]!.claim.text.split(' ')[1] !== features[j]!.claim.text.split(' ')[1]) crossSubject++;
    });
    expect(visits).toBeGreaterThan(0);
    expect(crossSubject).toBe(0);
  });
});

describe('denials of another thing, another act, one camp', () => {
  it('ranks a denial of another thing below the plain contradiction', () => {
    const denial = claim('What the council plans is not an expulsion', 'Marta Novak');
    const assertion = claim('The council decision amounts to an expulsion of the traders', 'Opposition Party');
    const other = claim('His plans help the rich and not the working families', 'Ivo Brandt');
    const asserted = claim('He calls himself the champion of the middle families', 'Lena Holm');
    const claims = [...background(), denial, assertion, other, asserted];
    const plain = pair(claims, denial, assertion)!;
    const apart = pair(claims, other, asserted);
    expect(plain.score).toBeGreaterThan(apart?.score ?? 0);
    expect(apart?.score ?? 0).toBeLessThan(0.5);
  });

  it('ranks two statements of one camp lower: the role’s country, the speaker’s surname', () => {
    const denial = claim('The harbour order is not an expulsion', 'Anna Berg', { role: 'Ostmark Foreign Ministry spokeswoman' });
    const sameCamp = claim('The harbour order amounts to an expulsion', 'Karl Weiss', { role: 'Ostmark’s ambassador to Veldria' });
    const rival = claim('The harbour order amounts to an expulsion', 'Petra Lind', { role: 'Veldrian Foreign Ministry spokeswoman' });
    const claims = [...background(), denial, sameCamp, rival];
    expect(pair(claims, denial, rival)!.score).toBeGreaterThan(pair(claims, denial, sameCamp)!.score);
  });

  it('takes a count of people its rival’s article never gives for another act', () => {
    const denial = claim('What is happening at the consulate is not an expulsion', 'Anna Berg', { articleId: 900 });
    const count = claim('Forty staff members of the consulate are leaving', 'Anna Berg', { articleId: 900 });
    const sameAct = claim('The departure of forty staff members of the consulate amounts to an expulsion', 'Karl Weiss', { articleId: 901 });
    const otherAct = claim('The expulsion of 12 diplomats from the consulate was ordered in May', 'Petra Lind', { articleId: 902 });
    const claims = [...background(), denial, count, sameAct, otherAct];
    expect(pair(claims, denial, sameAct)!.score).toBeGreaterThan(pair(claims, denial, otherAct)?.score ?? 0);
  });
});

describe('across languages', () => {
  it('pairs a Russian assertion with an English denial of the same act, naming both speakers', () => {
    const denial = claim('What is happening is not an expulsion', 'Anna Berg');
    const russian = claim('Посол назвал действия властей настоящей высылкой дипломатов', 'Пётр Сомов');
    const s = pair([...background(), denial, russian], denial, russian)!;
    expect(s.signals).toContain('polarity');
    expect(s.reason).toMatch(/Anna Berg denies it \("not an expulsion"\), Пётр Сомов asserts it/);
  });

  it('pairs rival framing words of two languages ("истечение срока виз" / "expulsion")', () => {
    const visas = claim('Дипломаты уезжают из-за истечения срока виз', 'Министерство', { articleId: 910 });
    const expulsion = claim('The move amounts to an expulsion of diplomats', 'Karl Weiss', { articleId: 911 });
    const found = suggestConflicts([...background(), visas, expulsion], { limit: 10, story: () => 1 });
    const s = found.find((x) => [x.a, x.b].includes(visas.id) && [x.a, x.b].includes(expulsion.id))!;
    expect(s.signals).toContain('framing');
    expect(s.reason.startsWith('Both about "Дипломаты" / "diplomats"')).toBe(true);
    expect(s.reason).toContain('Министерство');
    expect(s.reason).toContain('Karl Weiss');
  });
});
