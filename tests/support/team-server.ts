// Real team server processes and Hocuspocus clients in Node, for the team tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts');
/** One process (no tsx launcher in between), so a signal reaches the server itself. */
const NODE_ARGS = ['--import', 'tsx', CLI];

/** `quire team …` run to its end; returns stdout, throws with stderr on failure. */
export function quireTeam(args: string[]): string {
  const r = spawnSync(process.execPath, [...NODE_ARGS, 'team', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`quire team ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `quire team serve …`, resolved once it prints the address it serves on. */
export function startServer(args: string[]): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...NODE_ARGS, 'team', 'serve', '--host', '127.0.0.1', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolveStart, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (ws:\/\/[\d.]+:(\d+))/.exec(out);
      if (m) {
        resolveStart({
          url: m[1] as string,
          port: Number(m[2]),
          child,
          async stop(signal = 'SIGTERM') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`team server exited (${code}) before listening: ${stderr}`)));
  });
}

export interface Client {
  doc: Y.Doc;
  text: Y.Text;
  provider: HocuspocusProvider;
  notices: string[];
  scope(): string | undefined;
  failed(): string | undefined;
  close(): void;
}

/**
 * ws with a listener for its errors: a socket closed while still connecting (a client closed in the
 * middle of a reconnect) emits one after the provider has let go of it, and an 'error' event no one
 * listens for would end the test process. The provider learns of real failures through its own handlers.
 */
class ClientSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols);
    this.on('error', () => undefined);
  }
}

export function connect(url: string, name: string, token: string): Client {
  const doc = new Y.Doc();
  const notices: string[] = [];
  let failure: string | undefined;
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: ClientSocket, delay: 50, minDelay: 50, maxDelay: 200 });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    document: doc,
    token,
    onStateless: ({ payload }) => notices.push(payload),
    onAuthenticationFailed: ({ reason }) => (failure = reason),
  });
  provider.attach();
  return {
    doc,
    text: doc.getText('body'),
    provider,
    notices,
    scope: () => provider.authorizedScope,
    failed: () => failure,
    close() {
      provider.destroy();
      websocketProvider.destroy();
      doc.destroy();
    },
  };
}

/** Waits (without a time limit of its own: the test's timeout bounds it) until `ok` holds. */
export async function until(ok: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!ok()) {
    if (Date.now() - start > timeoutMs) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Synced with the server and nothing left unacknowledged. */
export const settled = (c: Client): boolean => c.provider.isSynced && c.provider.unsyncedChanges === 0;

export interface ServedCase {
  /** The temporary folder holding the server's data file (the test removes it). */
  dir: string;
  data: string;
  /** Each user's token: alice owns the case "harbour". */
  tokens: Record<string, string>;
  server: ServerProcess;
}

/** A server on a fresh data file with the case "harbour", owned by alice, and `members` in their roles (or none). */
export async function serveCase(prefix: string, members: Record<string, 'editor' | 'viewer' | null>): Promise<ServedCase> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const data = join(dir, 'team.sqlite');
  const tokens: Record<string, string> = {};
  for (const user of ['alice', ...Object.keys(members)]) tokens[user] = quireTeam(['user', 'add', user, '--data', data]);
  quireTeam(['case', 'share', 'harbour', '--owner', 'alice', '--data', data]);
  for (const [user, role] of Object.entries(members)) if (role) quireTeam(['case', 'grant', 'harbour', user, role, '--data', data]);
  return { dir, data, tokens, server: await startServer(['--data', data, '--port', '0']) };
}
