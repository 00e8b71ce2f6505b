// Compare (#6) through dispatch() on a real SQLite file: relations shown on both claims,
// suggestions accepted and rejected (and remembered), sides, the compare view, the stance matrix,
// the timeline, grades, and one statement relayed by two outlets as one claim with two sources.
// The articles are written for this test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, ClaimBrief, ConflictSuggestion } from '../../src-main/api/contract/methods';
import { openHarness, type Harness } from './service-helpers';

const ARTICLES = {
  government: {
    outlet: 'North Gazette',
    published: '2025-03-04',
    text: `Ministers clash over harbour closure

The government closed the northern harbour on Monday after a week of protests.

“The harbour closure is not a blockade,” Interior Minister Ana Ruiz told reporters on Monday.

“All ships will be allowed to leave the harbour by March 12,” Ruiz said.

Officials said 40 vessels were waiting outside the harbour.
`,
  },
  opposition: {
    outlet: 'South Herald',
    published: '2025-03-06',
    text: `Opposition calls harbour closure a blockade

Opposition leader Tom Brand said the harbour closure amounts to a blockade.

“Ships will not be allowed to leave the harbour before March 20,” Brand said.

“More than 120 vessels are stuck outside the harbour,” Brand told a rally.
`,
  },
  relay: {
    outlet: 'Coast Post',
    published: '2025-03-05',
    text: `Harbour closure divides parliament

“The harbour closure is not a blockade,” Interior Minister Ana Ruiz told reporters on Monday.

Fishermen said their catch was rotting on the quay.
`,
  },
} as const;

type Name = keyof typeof ARTICLES;

let h: Harness;
let ids: Record<Name, number>;
let claims: Claim[];

beforeEach(async () => {
  h = openHarness();
  ids = {} as Record<Name, number>;
  for (const name of Object.keys(ARTICLES) as Name[]) {
    const a = ARTICLES[name];
    const outcome = await h.call('articles.import', { fileName: `${name}.txt`, data: Buffer.from(a.text).toString('base64') });
    ids[name] = outcome.article.id;
    await h.call('articles.update', { id: outcome.article.id, outlet: a.outlet, published: a.published });
  }
  claims = await h.call('claims.list', {});
});
afterEach(() => h.dispose());

/** The claim of article `name` whose text contains `words`. */
function claim(name: Name, words: string): Claim {
  const c = claims.find((x) => x.articleId === ids[name] && x.text.includes(words));
  if (!c) throw new Error(`no claim "${words}" in ${name}: ${claims.map((x) => x.text).join(' | ')}`);
  return c;
}

const isPair = (s: ConflictSuggestion, x: number, y: number): boolean => (s.a.id === x && s.b.id === y) || (s.a.id === y && s.b.id === x);
const ofIds = (list: ClaimBrief[]): number[] => list.map((c) => c.id);

describe('relations', () => {
  it('are shown on both claims, refuse duplicates in either order, and go when deleted', async () => {
    const denial = claim('government', 'not a blockade');
    const assertion = claim('opposition', 'amounts to a blockade');
    const r = await h.call('relations.create', { a: denial.id, b: assertion.id, kind: 'contradicts', rationale: '  one denies the blockade  ' });
    expect(r).toMatchObject({ kind: 'contradicts', origin: 'analyst', rationale: 'one denies the blockade' });
    expect(r.a).toMatchObject({ id: denial.id, speaker: 'Ana Ruiz', outlet: 'North Gazette', published: '2025-03-04', status: 'suggested' });
    expect(r.b.id).toBe(assertion.id);

    for (const id of [denial.id, assertion.id]) {
      expect((await h.call('relations.list', { claimId: id })).map((x) => x.id)).toEqual([r.id]);
    }
    expect(await h.call('relations.list', { claimId: claim('opposition', '120 vessels').id })).toEqual([]);

    expect((await h.fail('relations.create', { a: assertion.id, b: denial.id, kind: 'contradicts' })).code).toBe('conflict');
    expect((await h.fail('relations.create', { a: denial.id, b: denial.id, kind: 'supports' })).code).toBe('bad_request');
    expect((await h.fail('relations.create', { a: denial.id, b: 99999, kind: 'supports' })).code).toBe('not_found');
    expect((await h.fail('relations.create', { a: denial.id, b: assertion.id, kind: 'refutes' })).code).toBe('bad_request');
    // Another kind between the same claims is another relation.
    const q = await h.call('relations.create', { a: assertion.id, b: denial.id, kind: 'reframes' });
    expect(q.rationale).toBeNull();
    expect(await h.call('relations.list', {})).toHaveLength(2);

    // The analyst's relation outlives re-extraction of the article.
    await h.call('articles.reextract', { id: ids.government });
    expect((await h.call('relations.list', { claimId: denial.id })).map((x) => x.id)).toEqual([r.id, q.id]);

    expect(await h.call('relations.delete', { id: r.id })).toEqual({ deleted: r.id });
    expect((await h.call('relations.list', { claimId: denial.id })).map((x) => x.id)).toEqual([q.id]);
    expect((await h.fail('relations.delete', { id: r.id })).code).toBe('not_found');
  });
});

describe('suggested conflicts', () => {
  it('finds the denial, the numbers and the deadlines, once per relayed statement', async () => {
    const found = await h.call('conflicts.suggest', {});
    const denial = claim('government', 'not a blockade');
    const relayed = claim('relay', 'not a blockade');
    const assertion = claim('opposition', 'amounts to a blockade');
    const blockade = found.find((s) => isPair(s, denial.id, assertion.id));
    expect(blockade?.signals).toContain('polarity');
    expect(blockade?.reason).toBe('Both about "blockade" (closure, harbour): Ana Ruiz denies it ("not a blockade"), Tom Brand asserts it ("amounts to a blockade")');
    // The relay is the same statement: not suggested again, listed as a second source.
    expect(found.some((s) => s.a.id === relayed.id || s.b.id === relayed.id)).toBe(false);
    expect(blockade?.a.sources.map((x) => x.outlet)).toEqual(['North Gazette', 'Coast Post']);

    const numbers = found.find((s) => isPair(s, claim('government', '40 vessels').id, claim('opposition', '120 vessels').id));
    expect(numbers?.signals).toContain('number');
    expect(numbers?.reason).toContain('Officials gives 40 vessels, Tom Brand More than 120 vessels');

    const deadline = found.find((s) => isPair(s, claim('government', 'March 12').id, claim('opposition', 'March 20').id));
    expect(deadline?.signals).toEqual(expect.arrayContaining(['polarity', 'date']));
    expect(deadline?.reason).toContain('a deadline of March 12, Tom Brand March 20');

    // The same speaker never contradicts themself here.
    expect(found.some((s) => s.a.speaker === s.b.speaker)).toBe(false);
    // claimId narrows to that claim's pairs.
    const one = await h.call('conflicts.suggest', { claimId: assertion.id });
    expect(one.length).toBeGreaterThan(0);
    for (const s of one) expect([s.a.id, s.b.id]).toContain(assertion.id);
    expect(await h.call('conflicts.suggest', { limit: 1 })).toHaveLength(1);
  });

  it('remembers a rejection in either order, through re-extraction, and never suggests rejected claims', async () => {
    const denial = claim('government', 'not a blockade');
    const assertion = claim('opposition', 'amounts to a blockade');
    expect((await h.call('conflicts.suggest', {})).some((s) => isPair(s, denial.id, assertion.id))).toBe(true);

    expect(await h.call('conflicts.reject', { a: assertion.id, b: denial.id })).toEqual({ rejected: true });
    expect(await h.call('conflicts.reject', { a: denial.id, b: assertion.id })).toEqual({ rejected: true });
    expect((await h.call('conflicts.suggest', {})).some((s) => isPair(s, denial.id, assertion.id))).toBe(false);
    expect(h.dump()['rejected_conflicts']).toHaveLength(1);

    // Re-extraction recreates untouched claims under new ids: the rejection still holds.
    await h.call('articles.reextract', { id: ids.opposition });
    const again = (await h.call('claims.list', { articleId: ids.opposition })).find((c) => c.text.includes('amounts to a blockade'))!;
    expect(again.id).not.toBe(assertion.id);
    expect((await h.call('conflicts.suggest', {})).some((s) => isPair(s, denial.id, again.id))).toBe(false);

    // A claim the analyst rejected is never suggested.
    const deadline = claim('opposition', 'March 20');
    const fresh = (await h.call('claims.list', { articleId: ids.opposition })).find((c) => c.text === deadline.text)!;
    expect((await h.call('conflicts.suggest', {})).some((s) => s.a.id === fresh.id || s.b.id === fresh.id)).toBe(true);
    await h.call('claims.update', { id: fresh.id, status: 'rejected' });
    expect((await h.call('conflicts.suggest', {})).some((s) => s.a.id === fresh.id || s.b.id === fresh.id)).toBe(false);
    expect(await h.call('conflicts.suggest', { claimId: fresh.id })).toEqual([]);

    expect((await h.fail('conflicts.reject', { a: denial.id, b: 424242 })).code).toBe('not_found');
    expect((await h.fail('conflicts.reject', { a: denial.id, b: denial.id })).code).toBe('bad_request');
  });

  it('accepting makes a relation from the suggestion, with its reason, and the pair is no longer suggested', async () => {
    const before = await h.call('conflicts.suggest', {});
    const top = before[0]!;
    const r = await h.call('conflicts.accept', { a: top.a.id, b: top.b.id });
    expect(r).toMatchObject({ kind: 'contradicts', origin: 'suggestion', rationale: top.reason });
    expect((await h.call('relations.list', { claimId: top.b.id })).map((x) => x.id)).toEqual([r.id]);
    const after = await h.call('conflicts.suggest', {});
    expect(after.some((s) => isPair(s, top.a.id, top.b.id))).toBe(false);
    expect(after).toHaveLength(before.length - 1);

    const second = after[0]!;
    const q = await h.call('conflicts.accept', { a: second.b.id, b: second.a.id, kind: 'reframes', rationale: 'different words for one act' });
    expect(q).toMatchObject({ kind: 'reframes', origin: 'suggestion', rationale: 'different words for one act' });
    expect((await h.fail('conflicts.accept', { a: second.a.id, b: second.b.id, kind: 'reframes' })).code).toBe('conflict');
  });
});

describe('sides, the compare view, the matrix and the timeline', () => {
  it('saves sides in order, refuses a duplicate name, updates and deletes', async () => {
    const gov = await h.call('sides.save', { name: 'Government', members: ['Ruiz', 'officials', 'RUIZ'] });
    const opp = await h.call('sides.save', { name: 'Opposition', members: ['Tom Brand'] });
    expect(gov).toMatchObject({ name: 'Government', members: ['Ruiz', 'officials'], position: 0 });
    expect(opp.position).toBe(1);
    expect((await h.fail('sides.save', { name: 'government', members: [] })).code).toBe('conflict');
    const moved = await h.call('sides.save', { id: opp.id, name: 'Opposition bloc', members: ['Brand'], position: 0 });
    expect(moved).toMatchObject({ id: opp.id, name: 'Opposition bloc', members: ['Brand'], position: 0 });
    expect((await h.call('sides.list', {})).map((s) => s.name)).toEqual(['Government', 'Opposition bloc']);
    expect((await h.fail('sides.save', { id: 777, name: 'Nobody', members: [] })).code).toBe('not_found');
    expect(await h.call('sides.delete', { id: gov.id })).toEqual({ deleted: gov.id });
    expect((await h.call('sides.list', {})).map((s) => s.id)).toEqual([opp.id]);
    expect((await h.fail('sides.delete', { id: gov.id })).code).toBe('not_found');
  });

  it('aligns the two sides row by row by topic, with relations, and counts claims on no side', async () => {
    const gov = await h.call('sides.save', { name: 'Government', members: ['Ruiz'] });
    const opp = await h.call('sides.save', { name: 'Opposition', members: ['Brand'] });
    const denial = claim('government', 'not a blockade');
    const assertion = claim('opposition', 'amounts to a blockade');
    await h.call('relations.create', { a: denial.id, b: assertion.id, kind: 'contradicts' });

    const view = await h.call('compare.view', { sideIds: [opp.id, gov.id] });
    expect(view.sides.map((s) => s.name)).toEqual(['Opposition', 'Government']);
    // Officials and Fishermen are on no side.
    expect(view.unassigned).toBe(2);
    for (const row of view.rows) expect(row.cells).toHaveLength(2);
    const blockade = view.rows.find((r) => r.cells[1]!.some((c) => c.id === denial.id));
    expect(blockade?.topic).toMatch(/blockade/);
    expect(ofIds(blockade!.cells[0]!)).toEqual([assertion.id]);
    expect(blockade?.relations).toEqual([{ a: denial.id, b: assertion.id, kind: 'contradicts' }]);
    // The deadlines share a row too ("leave", "allowed", "ships").
    const ships = view.rows.find((r) => r.cells[0]!.some((c) => c.text.includes('March 20')));
    expect(ships?.cells[1]!.map((c) => c.text)).toEqual([claim('government', 'March 12').text]);
    // Each statement appears once even though two outlets carry the denial.
    const shown = view.rows.flatMap((r) => r.cells.flat().map((c) => c.id));
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).not.toContain(claim('relay', 'not a blockade').id);

    const narrowed = await h.call('compare.view', { q: 'blockade' });
    expect(narrowed.rows.flatMap((r) => r.cells.flat().map((c) => c.id)).sort()).toEqual([denial.id, assertion.id].sort());
    expect((await h.fail('compare.view', { sideIds: [9999] })).code).toBe('not_found');
  });

  it('builds the stance matrix with grades beside the evidence', async () => {
    const gov = await h.call('sides.save', { name: 'Government', members: ['Ruiz'] });
    const opp = await h.call('sides.save', { name: 'Opposition', members: ['Brand'] });
    const p = await h.call('propositions.save', { text: 'The closure is a blockade' });
    const denial = claim('government', 'not a blockade');
    const assertion = claim('opposition', 'amounts to a blockade');
    await h.call('stances.set', { propositionId: p.id, claimId: denial.id, stance: 'denies' });
    const withBoth = await h.call('stances.set', { propositionId: p.id, claimId: assertion.id, stance: 'supports' });
    expect(withBoth.evidence).toEqual([
      { claimId: denial.id, stance: 'denies' },
      { claimId: assertion.id, stance: 'supports' },
    ]);
    await h.call('grades.set', { claimId: assertion.id, credibility: 3, claimFlags: ['disputed'], speakerReliability: 'C' });

    const m = await h.call('compare.matrix', {});
    expect(m.sides.map((s) => s.id)).toEqual([gov.id, opp.id]);
    expect(m.propositions.map((x) => x.text)).toEqual(['The closure is a blockade']);
    expect(ofIds(m.cells[0]![0]!.denies)).toEqual([denial.id]);
    expect(m.cells[0]![0]!.supports).toEqual([]);
    expect(ofIds(m.cells[0]![1]!.supports)).toEqual([assertion.id]);
    expect(m.cells[0]![1]!.supports[0]!.grades).toEqual({
      claim: { credibility: 3, flags: ['disputed'] },
      speaker: { reliability: 'C', flags: [] },
      outlet: { reliability: null, flags: [] },
    });

    // Changing and removing a stance; renaming and deleting the proposition.
    await h.call('stances.set', { propositionId: p.id, claimId: denial.id, stance: null });
    const renamed = await h.call('propositions.save', { id: p.id, text: 'The harbour is blockaded' });
    expect(renamed).toEqual({ id: p.id, text: 'The harbour is blockaded', evidence: [{ claimId: assertion.id, stance: 'supports' }] });
    expect((await h.fail('stances.set', { propositionId: p.id, claimId: 5555, stance: 'supports' })).code).toBe('not_found');
    expect(await h.call('propositions.delete', { id: p.id })).toEqual({ deleted: p.id });
    expect(await h.call('propositions.list', {})).toEqual([]);
    expect((await h.fail('propositions.save', { id: p.id, text: 'gone' })).code).toBe('not_found');
  });

  it('places statements on the timeline by publication date, filtered by dates, speaker and side', async () => {
    const gov = await h.call('sides.save', { name: 'Government', members: ['Ruiz'] });
    await h.call('sides.save', { name: 'Opposition', members: ['Brand'] });
    const all = await h.call('compare.timeline', {});
    expect(all.map((e) => e.date)).toEqual([...all.map((e) => e.date)].sort());
    expect(all[0]).toMatchObject({ date: '2025-03-04', sideId: gov.id });
    expect(all.find((e) => e.claim.speaker === 'Officials')?.sideId).toBeNull();
    const fromFifth = await h.call('compare.timeline', { from: '2025-03-05' });
    expect(new Set(fromFifth.map((e) => e.claim.outlet))).toEqual(new Set(['South Herald', 'Coast Post']));
    const brand = await h.call('compare.timeline', { speaker: 'brand', to: '2025-03-06' });
    expect(brand.length).toBe(3);
    for (const e of brand) expect(e.claim.speaker).toBe('Tom Brand');
    const govOnly = await h.call('compare.timeline', { sideIds: [gov.id] });
    expect(new Set(govOnly.map((e) => e.claim.speaker))).toEqual(new Set(['Ana Ruiz']));
    // The denial relayed by a second outlet is one statement, placed at its first publication.
    expect(govOnly.map((e) => e.claim.outlet)).toEqual(['North Gazette', 'North Gazette']);
    expect(govOnly[0]!.claim.sources.map((x) => x.outlet)).toEqual(['North Gazette', 'Coast Post']);
  });
});

describe('grades', () => {
  it('grade a claim, its speaker (on every claim of theirs) and its outlet; fields left out stay', async () => {
    const first = claim('government', 'not a blockade');
    const other = claim('government', 'March 12');
    const g = await h.call('grades.set', { claimId: first.id, credibility: 2, claimFlags: ['preliminary', 'preliminary'], speakerReliability: 'B', outletReliability: 'A', outletFlags: ['state_affiliated'] });
    expect(g).toEqual({
      claim: { credibility: 2, flags: ['preliminary'] },
      speaker: { reliability: 'B', flags: [] },
      outlet: { reliability: 'A', flags: ['state_affiliated'] },
    });
    const kept = await h.call('grades.set', { claimId: first.id, speakerFlags: ['disputed'] });
    expect(kept).toEqual({ claim: { credibility: 2, flags: ['preliminary'] }, speaker: { reliability: 'B', flags: ['disputed'] }, outlet: { reliability: 'A', flags: ['state_affiliated'] } });
    const cleared = await h.call('grades.set', { claimId: first.id, credibility: null });
    expect(cleared.claim).toEqual({ credibility: null, flags: ['preliminary'] });

    // The speaker's and outlet's grades show on their other claims (the relay's outlet is another).
    const [rel] = [await h.call('relations.create', { a: other.id, b: claim('relay', 'not a blockade').id, kind: 'supports' })];
    expect(rel!.a.grades).toEqual({ claim: { credibility: null, flags: [] }, speaker: { reliability: 'B', flags: ['disputed'] }, outlet: { reliability: 'A', flags: ['state_affiliated'] } });
    expect(rel!.b.grades.speaker).toEqual({ reliability: 'B', flags: ['disputed'] });
    expect(rel!.b.grades.outlet).toEqual({ reliability: null, flags: [] });

    expect((await h.fail('grades.set', { claimId: first.id, credibility: 7 })).code).toBe('bad_request');
    expect((await h.fail('grades.set', { claimId: first.id, speakerReliability: 'G' })).code).toBe('bad_request');
    expect((await h.fail('grades.set', { claimId: 31337, credibility: 1 })).code).toBe('not_found');
    await h.call('articles.update', { id: ids.relay, outlet: null });
    const noOutlet = await h.fail('grades.set', { claimId: claim('relay', 'not a blockade').id, outletReliability: 'C' });
    expect(noOutlet).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/names no outlet/) });
  });
});
