// A shared case beyond its notes, through a real team server: decisions and annotations as Yjs
// maps keyed by content hash and offsets (concurrent decisions merge to one value per span, the
// same view on every replica), article bodies as write-once content-addressed blobs, and save
// points keeping full-state copies of a document.
import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticle, blobBody, blobDocumentName, caseDocumentName, caseView, contentHash, putAnnotation, setDecision } from '../../src-main/store/team/case-doc';
import { openSqliteTeamStore } from '../../src-main/store/team/sqlite';
import { connect, quireTeam, serveCase, settled, until, type Client, type ServerProcess } from '../support/team-server';

let dir: string;
let data: string;
let server: ServerProcess | undefined;
const tokens: Record<string, string> = {};
const clients: Client[] = [];

const open = (name: string, user: string): Client => {
  const c = connect(server?.url ?? '', name, tokens[user] as string);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  const served = await serveCase('quire-team-case-', { bob: 'editor' });
  ({ dir, data, server } = served);
  Object.assign(tokens, served.tokens);
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const BODY = 'The port authority said the ferry would resume on Monday. Dock workers disputed the date.';
const HASH = contentHash(BODY);

describe('a shared case', () => {
  it("merges two analysts' concurrent decisions to one per span and rebuilds the same view on both", async () => {
    const a = open(caseDocumentName('harbour'), 'alice');
    const b = open(caseDocumentName('harbour'), 'bob');
    await until(() => settled(a) && settled(b), 'both synced');
    const article = { hash: HASH, title: 'Ferry to resume', outlet: 'Harbour Gazette', published: '2026-03-02', length: BODY.length };
    addArticle(a.doc, article);
    // The same span decided differently at once, and one span each.
    setDecision(a.doc, { hash: HASH, start: 4, end: 18, status: 'confirmed', speaker: 'port authority', by: 'alice', at: '2026-03-03T10:00:00Z' });
    setDecision(b.doc, { hash: HASH, start: 4, end: 18, status: 'rejected', speaker: null, by: 'bob', at: '2026-03-03T10:00:01Z' });
    setDecision(b.doc, { hash: HASH, start: 59, end: 70, status: 'confirmed', speaker: 'dock workers', by: 'bob', at: '2026-03-03T10:00:02Z' });
    putAnnotation(a.doc, { id: 'n1', hash: HASH, start: 0, end: 57, quote: BODY.slice(0, 57), comment: 'check the date', tags: ['dates'], by: 'alice', at: '2026-03-03T10:01:00Z' });
    await until(() => JSON.stringify(caseView(a.doc)) === JSON.stringify(caseView(b.doc)) && caseView(a.doc).decisions.length === 2 && caseView(b.doc).annotations.length === 1, 'the same view on both');
    const view = caseView(a.doc);
    expect(view.articles).toEqual([article]);
    expect(view.decisions.map((d) => [d.start, d.end])).toEqual([[4, 18], [59, 70]]);
    expect(['alice', 'bob']).toContain(view.decisions[0]?.by);
    // A replica that joins later rebuilds the same view from the stored document.
    const late = open(caseDocumentName('harbour'), 'bob');
    await until(() => settled(late) && settled(a) && settled(b), 'a late replica synced');
    expect(caseView(late.doc)).toEqual(caseView(a.doc));
  });

  it('stores an article body once under its content hash and refuses any other text there', async () => {
    const a = open(blobDocumentName('harbour', HASH), 'alice');
    await until(() => settled(a), 'blob synced');
    blobBody(a.doc).insert(0, BODY);
    await until(() => settled(a), 'blob acknowledged');
    const b = open(blobDocumentName('harbour', HASH), 'bob');
    await until(() => settled(b), 'blob read');
    expect(blobBody(b.doc).toString()).toBe(BODY);
    blobBody(b.doc).insert(0, 'Tampered. ');
    await until(() => b.notices.some((n) => n.includes('content hash')), 'blob change refused');
    const wrong = open(blobDocumentName('harbour', contentHash('another body')), 'alice');
    await until(() => settled(wrong), 'wrong blob synced');
    blobBody(wrong.doc).insert(0, 'not the text its hash names');
    await until(() => wrong.notices.some((n) => n.includes('content hash')), 'mismatched blob refused');
    const check = open(blobDocumentName('harbour', HASH), 'bob');
    await until(() => settled(check), 'blob read again');
    expect(blobBody(check.doc).toString()).toBe(BODY);
  });

  it('keeps a full-state copy of a document at each save point', async () => {
    const a = open('harbour/note/brief', 'alice');
    await until(() => settled(a), 'note synced');
    a.text.insert(0, 'First draft.');
    await until(() => settled(a), 'draft acknowledged');
    a.provider.sendStateless(JSON.stringify({ type: 'savePoint', label: 'draft one' }));
    await until(() => a.notices.some((n) => n.includes('"version"')), 'save point confirmed');
    a.text.insert(a.text.length, ' Second thoughts.');
    await until(() => settled(a), 'more acknowledged');
    const listed = JSON.parse(quireTeam(['versions', 'harbour/note/brief', '--data', data, '--json'])) as { id: number; label: string; bytes: number }[];
    expect(listed.map((v) => v.label)).toEqual(['draft one']);
    const store = openSqliteTeamStore(data);
    try {
      const state = await store.version('harbour/note/brief', listed[0]?.id ?? 0);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state ?? new Uint8Array());
      expect(doc.getText('body').toString()).toBe('First draft.');
    } finally {
      await store.close();
    }
  });
});
