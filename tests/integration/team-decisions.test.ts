// Two analysts' local stores kept in step through a shared case: each exports its review
// decisions into the case's Yjs map (keyed by content hash and offsets), the map merges through a
// real team server, and each store applies the merged decisions to its own copy of the article.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash as serviceHash } from '../../src-main/api/service/text';
import { caseDocumentName, caseView, contentHash, setDecision } from '../../src-main/store/team/case-doc';
import { connect, serveCase, settled, until, type Client, type ServerProcess } from '../support/team-server';
import { CORPUS_DIR, openHarness, type Harness } from './service-helpers';

let dir: string;
let server: ServerProcess | undefined;
const clients: Client[] = [];
const stores: Harness[] = [];
const tokens: Record<string, string> = {};
const TEXT = readFileSync(join(CORPUS_DIR, 'ambassador-farewell.txt'), 'utf8');

beforeAll(async () => {
  const served = await serveCase('quire-team-decisions-', { bob: 'editor' });
  ({ dir, server } = served);
  Object.assign(tokens, served.tokens);
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  for (const s of stores) s.dispose();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function analyst(user: string): Promise<{ store: Harness; articleId: number; client: Client }> {
  const store = openHarness();
  stores.push(store);
  const { article } = await store.call('articles.importPaste', { text: TEXT });
  const client = connect(server?.url ?? '', caseDocumentName('harbour'), tokens[user] as string);
  clients.push(client);
  await until(() => settled(client), `${user} synced`);
  return { store, articleId: article.id, client };
}

describe("a shared case's decisions", () => {
  it('hashes an article body as the local store does', () => {
    expect(contentHash(TEXT)).toBe(serviceHash(TEXT));
    expect(contentHash(`  ${TEXT.replace(/ /g, '  ')}\n`)).toBe(serviceHash(TEXT));
  });

  it("carries one analyst's decisions into the other's store, merged with the other's own", async () => {
    const a = await analyst('alice');
    const b = await analyst('bob');
    const claimsA = await a.store.call('claims.list', { articleId: a.articleId });
    expect(claimsA.length).toBeGreaterThan(2);
    const [first, second] = claimsA as [(typeof claimsA)[number], (typeof claimsA)[number]];
    await a.store.call('claims.update', { id: first.id, status: 'confirmed', speaker: 'The ambassador' });
    const claimsB = await b.store.call('claims.list', { articleId: b.articleId });
    const secondB = claimsB.find((c) => c.start === second.start && c.end === second.end);
    await b.store.call('claims.update', { id: secondB?.id ?? 0, status: 'rejected' });

    // Each exports its decisions into the case document, at the same time.
    for (const { store, articleId, client } of [a, b]) {
      for (const d of await store.call('team.decisions', { articleIds: [articleId] })) setDecision(client.doc, d);
    }
    await until(() => settled(a.client) && settled(b.client) && caseView(a.client.doc).decisions.length === 2 && caseView(b.client.doc).decisions.length === 2, 'both decisions on both');
    expect(caseView(a.client.doc)).toEqual(caseView(b.client.doc));

    // Each store applies the case: the other analyst's decision lands, its own is unchanged.
    expect(await b.store.call('team.applyDecisions', { decisions: caseView(b.client.doc).decisions })).toEqual({ applied: 1, unchanged: 1, unmatched: 0 });
    expect(await a.store.call('team.applyDecisions', { decisions: caseView(a.client.doc).decisions })).toEqual({ applied: 1, unchanged: 1, unmatched: 0 });
    for (const { store, articleId } of [a, b]) {
      const claims = await store.call('claims.list', { articleId });
      const at = (c: { start: number; end: number }) => claims.find((x) => x.start === c.start && x.end === c.end);
      expect(at(first)).toMatchObject({ status: 'confirmed', speaker: 'The ambassador' });
      expect(at(second)?.status).toBe('rejected');
    }
    // A decision on an article this store does not hold is counted, not applied.
    const elsewhere = { ...caseView(a.client.doc).decisions[0], hash: 'f'.repeat(64) } as Parameters<typeof setDecision>[1];
    expect(await a.store.call('team.applyDecisions', { decisions: [elsewhere] })).toEqual({ applied: 0, unchanged: 0, unmatched: 1 });
  });
});
