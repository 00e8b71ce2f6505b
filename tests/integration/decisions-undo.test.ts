// Undo and redo of review decisions through dispatch on a real SQLite file: every kind of
// decision is reversed exactly (the rows as they were) and applied again, with a label that says
// what was done; a new decision drops what redo would have done.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../src-main/api/contract/methods';
import { openHarness, type Harness } from './service-helpers';

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.dispose());

const ARTICLE = [
  'Harbour row deepens over expelled envoys',
  '',
  '“We are not expelling anyone, the visas simply expired,” said Mira Osk, spokeswoman of the Northland ministry.',
  '',
  'Dana Varga, the Southland ambassador, said the move amounts to an expulsion of eleven diplomats.',
  '',
  'Osk later told reporters that the eleven diplomats were leaving because of a routine rotation.',
  '',
  'Varga added: “This is an expulsion by another name, and we will answer it.”',
].join('\n');

async function importArticle(name = 'harbour.txt', body = ARTICLE): Promise<{ id: number; claims: Claim[] }> {
  const out = await h.call('articles.import', { fileName: name, data: Buffer.from(body, 'utf8').toString('base64') });
  return { id: out.article.id, claims: await h.call('claims.list', { articleId: out.article.id }) };
}

const claimOf = async (articleId: number, id: number): Promise<Claim> => {
  const c = (await h.call('claims.list', { articleId })).find((x) => x.id === id);
  if (!c) throw new Error(`claim ${id} is gone`);
  return c;
};

describe('undo and redo of review decisions', { timeout: 30_000 }, () => {
  it('reverses confirm, reject and a speaker change one by one, then applies them again', async () => {
    const { id, claims } = await importArticle();
    expect(claims.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = claims as [Claim, Claim, Claim];
    await h.call('claims.update', { id: a.id, status: 'confirmed' });
    await h.call('claims.update', { id: b.id, status: 'rejected' });
    await h.call('claims.update', { id: c.id, speaker: 'Northland ministry' });

    const u1 = await h.call('decisions.undo', {});
    expect(u1?.kind).toBe('claim.speaker');
    expect(u1?.label).toMatch(/^Speaker of “.+” changed from .+ to Northland ministry$/);
    expect(await claimOf(id, c.id)).toEqual(c);
    const u2 = await h.call('decisions.undo', {});
    expect(u2?.kind).toBe('claim.reject');
    expect((await claimOf(id, b.id)).status).toBe(b.status);
    const u3 = await h.call('decisions.undo', {});
    expect(u3?.label).toMatch(/^Confirmed .*“/);
    expect(await claimOf(id, a.id)).toEqual(a);
    expect(u3?.nextRedo).toBe(u3?.label);

    const r1 = await h.call('decisions.redo', {});
    expect(r1?.kind).toBe('claim.confirm');
    expect((await claimOf(id, a.id)).status).toBe('confirmed');
    await h.call('decisions.redo', {});
    expect((await claimOf(id, b.id)).status).toBe('rejected');
    await h.call('decisions.redo', {});
    expect((await claimOf(id, c.id)).speaker).toBe('Northland ministry');
    expect(await h.call('decisions.redo', {})).toBeNull();
  });

  it('a claim from a selection is suggested, undone away and redone with the same id', async () => {
    const { id, claims } = await importArticle();
    const text = (await h.call('articles.get', { id })).text;
    const start = text.indexOf('the eleven diplomats were leaving');
    const made = await h.call('claims.create', { articleId: id, start, end: start + 'the eleven diplomats were leaving'.length, kind: 'indirect', speaker: 'Mira Osk' });
    expect(made.status).toBe('suggested');
    const undo = await h.call('decisions.undo', {});
    expect(undo?.kind).toBe('claim.create');
    expect((await h.call('claims.list', { articleId: id })).map((c) => c.id)).toEqual(claims.map((c) => c.id));
    await h.call('decisions.redo', {});
    expect(await claimOf(id, made.id)).toEqual(made);
  });

  it('a new decision after an undo drops the redo branch', async () => {
    const { claims } = await importArticle();
    const [a, b] = claims as [Claim, Claim];
    await h.call('claims.update', { id: a.id, status: 'confirmed' });
    await h.call('decisions.undo', {});
    await h.call('claims.update', { id: b.id, status: 'confirmed' });
    expect(await h.call('decisions.redo', {})).toBeNull();
    expect((await h.call('decisions.undo', {}))?.label).toContain('Confirmed');
    expect(await h.call('decisions.undo', {})).toBeNull();
  });

  it('reverses an entity merge and a rename exactly, and redoes them', async () => {
    await importArticle();
    const before = await h.call('entities.list', {});
    const osk = before.filter((e) => /Osk/.test(e.name));
    const varga = before.find((e) => /Varga/.test(e.name));
    expect(osk.length).toBeGreaterThan(0);
    expect(varga).toBeDefined();
    const pages = async () => Promise.all((await h.call('entities.list', {})).map((e) => h.call('entities.get', { id: e.id })));
    const start = await pages();
    await h.call('entities.merge', { ids: [varga!.id], into: osk[0]!.id });
    await h.call('entities.update', { id: osk[0]!.id, name: 'Both of them' });
    const merged = await pages();
    expect((await h.call('decisions.undo', {}))?.label).toMatch(/^Renamed .+ to Both of them$/);
    expect((await h.call('decisions.undo', {}))?.label).toMatch(/^Merged .*Varga.* into .*Osk/);
    expect(await pages()).toEqual(start);
    await h.call('decisions.redo', {});
    await h.call('decisions.redo', {});
    expect(await pages()).toEqual(merged);
  });

  it('reverses an accepted and a rejected suggestion', async () => {
    const { claims } = await importArticle();
    const [a, b, c] = claims as [Claim, Claim, Claim];
    const rel = await h.call('conflicts.accept', { a: a.id, b: b.id });
    await h.call('conflicts.reject', { a: a.id, b: c.id });
    const undo = await h.call('decisions.undo', {});
    expect(undo?.kind).toBe('suggestion.reject');
    expect(undo?.label).toMatch(/^Rejected the suggestion .+ against .+/);
    expect((await h.call('decisions.undo', {}))?.kind).toBe('suggestion.accept');
    expect(await h.call('relations.list', {})).toEqual([]);
    await h.call('decisions.redo', {});
    expect((await h.call('relations.list', {})).map((r) => r.id)).toEqual([rel.id]);
  });
});
