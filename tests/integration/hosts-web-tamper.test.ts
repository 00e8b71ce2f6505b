// Tampered calls to the web host: every one is refused with the right status and a JSON error,
// and the store (a real SQLite file holding the sample notebook) is exactly as it was.
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../src-main/hosts/web/server';
import { Store, dumpTables } from '../../src-main/store/index';
import { REPO_RESOURCES } from './service-helpers';

const BODY_LIMIT = 64 * 1024;

let dir: string;
let dbPath: string;
let host: WebHost;
let port: number;
let baseline: Record<string, unknown[]>;

interface Reply {
  status: number;
  head: string;
  body: string;
}

/**
 * One HTTP/1.1 request written by hand on a raw socket, so nothing (Host, Content-Length, path
 * normalisation) is fixed up by a client library. Body chunks are written one by one; writing stops
 * as soon as the server answers (it may refuse before the upload ends).
 */
function rawRequest(lines: string[], chunks: (string | Buffer)[] = []): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let answered = false;
    const finish = (): void => {
      const text = Buffer.concat(received).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      if (status === 0) reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
      else resolve({ status, head, body: rest.join('\r\n\r\n') });
    };
    socket.on('data', (d: Buffer) => {
      answered = true;
      received.push(d);
    });
    socket.on('end', finish);
    socket.on('error', (err) => (answered ? finish() : reject(err)));
    socket.on('connect', () => {
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      const next = (i: number): void => {
        if (answered || i >= chunks.length) return;
        socket.write(chunks[i] ?? '', () => setImmediate(() => next(i + 1)));
      };
      next(0);
    });
  });
}

interface CallOptions {
  path?: string;
  method?: string;
  host?: string | null;
  token?: string | null;
  origin?: string;
  body?: string | Buffer;
  headers?: string[];
}

function call(method: string, input: unknown, o: CallOptions = {}): Promise<Reply> {
  const body = o.body ?? JSON.stringify(input);
  const lines = [
    `${o.method ?? 'POST'} ${o.path ?? `/api/${method}`} HTTP/1.1`,
    ...(o.host === null ? [] : [`Host: ${o.host ?? `127.0.0.1:${port}`}`]),
    ...(o.token === null ? [] : [`X-Quire-Token: ${o.token ?? host.token}`]),
    ...(o.origin ? [`Origin: ${o.origin}`] : []),
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    ...(o.headers ?? []),
  ];
  return rawRequest(lines, [body]);
}

function dump(): Record<string, unknown[]> {
  const store = Store.open(dbPath);
  try {
    return dumpTables(store.db);
  } finally {
    store.close();
  }
}

/** The refusal: status, a one-line JSON error with the code, no CORS grant; nothing stored. */
function expectRefused(r: Reply, status: number, code: string): void {
  expect(r.status, r.body).toBe(status);
  expect(r.head).toMatch(/content-type: application\/json/i);
  expect(r.head).not.toMatch(/access-control-allow/i);
  const parsed = JSON.parse(r.body) as { ok: boolean; error: { code: string; message: string } };
  expect(parsed.ok).toBe(false);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.message).not.toContain('\n');
  expect(dump()).toEqual(baseline);
}

const newNote = { title: 'Planted by an attacker' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quire-web-tamper-'));
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Quire test</title>');
  dbPath = join(dir, 'quire.sqlite');
  host = await startWebHost({ dbPath, staticDir, resourcesDir: REPO_RESOURCES, port: 0, maxBodyBytes: BODY_LIMIT });
  port = Number(new URL(host.origin).port);
  const loaded = await call('sample.load', {});
  expect(loaded.status).toBe(200);
  baseline = dump();
  expect(baseline.notes?.length).toBeGreaterThan(0);
}, 60_000);

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web host: tampered calls change nothing', () => {
  it('a well-formed call does write (the refusals below are not vacuous)', async () => {
    const probeDir = mkdtempSync(join(tmpdir(), 'quire-web-probe-'));
    const probe = await startWebHost({ dbPath: join(probeDir, 'q.sqlite'), staticDir: join(dir, 'static'), resourcesDir: REPO_RESOURCES, port: 0 });
    try {
      const res = await fetch(`${probe.origin}/api/notes.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Quire-Token': probe.token },
        body: JSON.stringify(newNote),
      });
      expect(res.status).toBe(200);
    } finally {
      await probe.close();
      rmSync(probeDir, { recursive: true, force: true });
    }
  });

  it('missing or wrong token → 401', async () => {
    expectRefused(await call('notes.create', newNote, { token: null }), 401, 'unauthorized');
    expectRefused(await call('notes.create', newNote, { token: '' }), 401, 'unauthorized');
    expectRefused(await call('notes.create', newNote, { token: 'x'.repeat(43) }), 401, 'unauthorized');
    expectRefused(await call('notes.create', newNote, { token: host.token.slice(0, -1) }), 401, 'unauthorized');
    expectRefused(await call('notes.create', newNote, { token: `${host.token}x` }), 401, 'unauthorized');
    expectRefused(await call('notes.create', newNote, { token: host.token.toUpperCase() }), 401, 'unauthorized');
    expectRefused(await call('notes.create', newNote, { token: null, path: `/api/notes.create?token=${host.token}` }), 401, 'unauthorized');
    expectRefused(await call('notes.create', newNote, { token: null, headers: [`Authorization: Bearer ${host.token}`] }), 401, 'unauthorized');
  });

  it('wrong Host header (DNS rebinding) → 403', async () => {
    for (const h of [`evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, `127.0.0.1:${port}.evil.example`, `[::1]:${port}`, `0.0.0.0:${port}`]) {
      expectRefused(await call('notes.create', newNote, { host: h }), 403, 'unauthorized');
    }
  });

  it('no Host header at all → refused', async () => {
    const r = await call('notes.create', newNote, { host: null });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(dump()).toEqual(baseline);
  });

  it('foreign Origin → 403', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, `http://localhost:${port}`, `http://127.0.0.1:${port}.evil.example`]) {
      expectRefused(await call('notes.create', newNote, { origin }), 403, 'unauthorized');
    }
  });

  it('a body that is not JSON → 400', async () => {
    for (const body of ['{not json', "{'title':'x'}", 'title=x', '\u0000\u0001\u0002', '{"title":"x"', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])]) {
      expectRefused(await call('notes.create', null, { body }), 400, 'bad_request');
    }
  });

  it('JSON of the wrong shape → 400', async () => {
    for (const body of ['null', '"Planted"', '[{"title":"x"}]', '42', '{"title":"x","__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}},"title":"x"}', '{"title":["x"]}']) {
      expectRefused(await call('notes.create', null, { body }), 400, 'bad_request');
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('a body over the limit → 413, whether it is declared or streamed', async () => {
    const big = JSON.stringify({ title: 'x', pad: 'y'.repeat(BODY_LIMIT) });
    expectRefused(await call('notes.create', null, { body: big }), 413, 'bad_request');
    const chunk = 'z'.repeat(16 * 1024);
    const streamed = await rawRequest(
      [
        'POST /api/notes.create HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        `X-Quire-Token: ${host.token}`,
        'Content-Type: application/json',
        'Transfer-Encoding: chunked',
      ],
      [`${(chunk.length + 10).toString(16)}\r\n{"title":"${chunk}\r\n`, ...Array.from({ length: 16 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`), '0\r\n\r\n'],
    );
    expectRefused(streamed, 413, 'bad_request');
    const declared = await rawRequest(['POST /api/notes.create HTTP/1.1', `Host: 127.0.0.1:${port}`, `X-Quire-Token: ${host.token}`, `Content-Length: ${BODY_LIMIT * 1000}`], []);
    expectRefused(declared, 413, 'bad_request');
  });

  it('an unknown method → 404', async () => {
    for (const m of ['notes.destroyEverything', 'admin', 'store.exec', 'process.exit']) {
      expectRefused(await call(m, {}), 404, 'unknown_method');
    }
  });

  it('method names with path tricks → 404, never another method', async () => {
    for (const path of [
      '/api/../api/notes.create',
      '/api/x/../notes.create',
      '/api/notes.create/',
      '/api//notes.create',
      '/api/notes%2Ecreate',
      '/api/notes.create%00',
      '/api/notes.create%2F..%2Fapp.info',
      '/api/./notes.create',
      '/api/__proto__',
      '/api/constructor',
      '/api/toString',
      '/api/hasOwnProperty',
      '/api/',
      '/api',
    ]) {
      expectRefused(await call('', newNote, { path }), 404, 'unknown_method');
    }
  });

  it('the API answers only POST, and no CORS preflight', async () => {
    for (const verb of ['GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const r = await call('notes.create', newNote, { method: verb });
      expect(r.status, verb).toBe(405);
      expect(r.head).not.toMatch(/access-control-allow/i);
    }
    expect(dump()).toEqual(baseline);
  });

  it('a POST outside /api reaches no method', async () => {
    for (const path of ['/API/notes.create', '//api/notes.create', '/notes.create', '/index.html']) {
      const r = await call('', newNote, { path });
      expect(r.status, path).toBeGreaterThanOrEqual(400);
    }
    expect(dump()).toEqual(baseline);
  });
});
