// Team bench: a real team server process on loopback with Hocuspocus clients in this process.
// Prints edit latency client to client (p50 / p95) for 2 and 10 clients on one note, the server's
// memory per open case, a note document's size after 10,000 edits against its plain text, and the
// time a new member takes to open a case of 1,000 articles (the case document and every article
// body). bench/run.ts calls benchTeam(); `npm run bench -- --only team` runs it alone. Prints,
// never asserts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addArticle, blobBody, blobDocumentName, caseDocumentName, contentHash, setDecision } from '../src-main/store/team/case-doc';
import { foldUpdates } from '../src-main/store/team/merge';
import { openSqliteTeamStore } from '../src-main/store/team/sqlite';
import { generateArticle, rng } from './corpus';

const LATENCY_EDITS = 200;
const OPEN_CASES = 50;
const EDITS = 10_000;
const CASE_ARTICLES = 1000;

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await sleep(1);
}

interface Peer {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

function peer(socket: HocuspocusProviderWebsocket, name: string, token: string): Peer {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token });
  provider.attach();
  return { doc, provider };
}

const socketTo = (url: string): HocuspocusProviderWebsocket => new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
const synced = (p: Peer): boolean => p.provider.isSynced && p.provider.unsyncedChanges === 0;

function startServer(file: string): Promise<{ url: string; child: ChildProcess }> {
  // Beside this bundle (out/bench/), as scripts/bench.mjs builds it.
  const script = join(dirname(fileURLToPath(import.meta.url)), 'team-server.js');
  const child = spawn(process.execPath, ['--expose-gc', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (\S+)/.exec(out);
      if (m) resolve({ url: m[1] as string, child });
    });
    child.once('exit', (code) => reject(new Error(`team server exited (${code})`)));
  });
}

/** The server's heap after a full collection and its resident size, in MB (asked by SIGUSR2). */
function serverMemory(child: ChildProcess): Promise<{ heap: number; rss: number }> {
  return new Promise((resolve) => {
    const onData = (d: Buffer): void => {
      const m = /memory (\d+) (\d+)/.exec(d.toString());
      if (!m) return;
      child.stdout?.off('data', onData);
      resolve({ heap: Number(m[1]) / 1024 / 1024, rss: Number(m[2]) / 1024 / 1024 });
    };
    child.stdout?.on('data', onData);
    child.kill('SIGUSR2');
  });
}

async function latency(url: string, token: string, clients: number): Promise<number[]> {
  const name = `bench/note/latency-${clients}`;
  const peers = Array.from({ length: clients }, () => peer(socketTo(url), name, token));
  await until(() => peers.every(synced));
  const seen: number[] = [];
  for (let i = 0; i < LATENCY_EDITS; i++) {
    const from = peers[i % clients] as Peer;
    const target = i + 1;
    const start = performance.now();
    const arrived = new Map<Peer, number>();
    const watchers = peers
      .filter((p) => p !== from)
      .map((p) => {
        const text = p.doc.getText('body');
        const f = (): void => {
          if (text.length >= target && !arrived.has(p)) arrived.set(p, performance.now() - start);
        };
        text.observe(f);
        return () => text.unobserve(f);
      });
    from.doc.getText('body').insert(i, 'x');
    await until(() => arrived.size === clients - 1);
    for (const stop of watchers) stop();
    seen.push(...arrived.values());
  }
  for (const p of peers) {
    p.provider.configuration.websocketProvider.destroy();
    p.provider.destroy();
  }
  return seen.sort((a, b) => a - b);
}

/** 10,000 edits as typing goes: mostly characters at a moving caret, some backspaces, some jumps. */
function typedDocument(): { state: Uint8Array; text: string } {
  const doc = new Y.Doc();
  const text = doc.getText('body');
  const r = rng(21);
  let caret = 0;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < EDITS; i++) {
    const roll = r();
    if (roll < 0.08 && caret > 0) {
      text.delete(caret - 1, 1);
      caret--;
    } else if (roll < 0.1) caret = Math.floor(r() * (text.length + 1));
    else {
      text.insert(caret, roll < 0.25 ? ' ' : String.fromCharCode(97 + Math.floor(r() * 26)));
      caret++;
    }
  }
  // What the server stores: every update folded into one state.
  return { state: foldUpdates(updates), text: text.toString() };
}

export async function benchTeam(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-team-'));
  const file = join(dir, 'team.sqlite');
  const store = openSqliteTeamStore(file);
  const { token } = await store.addUser('bench');
  await store.shareCase('bench', 'bench');
  // A case of 1,000 articles written straight into the store: the case document (articles and
  // five decisions each) and one body blob per article.
  const caseDoc = new Y.Doc();
  const hashes: string[] = [];
  for (let i = 0; i < CASE_ARTICLES; i++) {
    const a = generateArticle(i, 5);
    const hash = contentHash(a.text);
    hashes.push(hash);
    addArticle(caseDoc, { hash, title: a.text.slice(0, 60), outlet: 'Bench Desk', published: '2026-01-01', length: a.text.length });
    for (let d = 0; d < 5; d++) setDecision(caseDoc, { hash, start: d * 40, end: d * 40 + 30, status: 'confirmed', speaker: null, by: 'bench', at: '2026-01-02T00:00:00Z' });
    const blob = new Y.Doc();
    blobBody(blob).insert(0, a.text);
    await store.appendUpdate(blobDocumentName('bench', hash), Y.encodeStateAsUpdate(blob));
  }
  await store.appendUpdate(caseDocumentName('bench'), Y.encodeStateAsUpdate(caseDoc));
  await store.close();

  const server = await startServer(file);
  try {
    for (const clients of [2, 10]) {
      const l = await latency(server.url, token, clients);
      console.log(`team edit latency  ${clients} clients: p50 ${fmt(percentile(l, 50))} ms, p95 ${fmt(percentile(l, 95))} ms (${LATENCY_EDITS} edits, each to ${clients - 1} other clients, loopback)`);
    }

    // Memory per open case: one member per case with a note of a few paragraphs, held open.
    const socket = socketTo(server.url);
    await sleep(200);
    const before = await serverMemory(server.child);
    const open: Peer[] = [];
    for (let i = 0; i < OPEN_CASES; i++) {
      const p = peer(socket, `bench/note/open-${i}`, token);
      open.push(p);
      await until(() => synced(p));
      p.doc.getText('body').insert(0, generateArticle(i, 9).text);
    }
    await until(() => open.every(synced));
    await sleep(500);
    const after = await serverMemory(server.child);
    console.log(
      `team server memory  ${fmt(((after.heap - before.heap) * 1024) / OPEN_CASES, 0)} KB of heap per open case (${OPEN_CASES} open cases, each one member and a note of ~1 KB; heap ${fmt(before.heap)} → ${fmt(after.heap)} MB, RSS ${fmt(before.rss)} → ${fmt(after.rss)} MB)`,
    );
    for (const p of open) p.provider.destroy();
    socket.destroy();

    const typed = typedDocument();
    const plain = Buffer.byteLength(typed.text, 'utf8');
    console.log(`team note size  ${fmt(typed.state.byteLength / 1024)} KB Yjs state after ${EDITS.toLocaleString('en-US')} edits, for ${fmt(plain / 1024)} KB of plain text (×${fmt(typed.state.byteLength / plain, 2)})`);

    // A new member opens the case: its document, then every article body, over one connection.
    const t0 = performance.now();
    const joiner = socketTo(server.url);
    const caseView = peer(joiner, caseDocumentName('bench'), token);
    await until(() => synced(caseView));
    const tCase = performance.now() - t0;
    const bodies = hashes.map((h) => peer(joiner, blobDocumentName('bench', h), token));
    await until(() => bodies.every(synced));
    const tAll = performance.now() - t0;
    const bytes = bodies.reduce((n, b) => n + blobBody(b.doc).length, 0);
    console.log(`team open case  ${fmt(tAll / 1000, 2)} s for a new member to open a case of ${CASE_ARTICLES.toLocaleString('en-US')} articles (case document ${fmt(tCase)} ms, then ${fmt(bytes / 1024 / 1024)} M characters of bodies)`);
    for (const b of [caseView, ...bodies]) b.provider.destroy();
    joiner.destroy();
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
