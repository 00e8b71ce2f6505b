// A huge request body costs the web host little: each method has its own body limit, counted as
// the body streams in, answered with one 413 line. The host runs as its own process here so its
// peak resident memory (VmHWM) can be read before and after 100 MB is sent to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MB = 1024 * 1024;
let dir: string;
let child: ChildProcess;
let origin: string;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quire-web-body-'));
  child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'web-host-child.ts'), join(dir, 'quire.sqlite'), join(dir, 'static')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`web host exited ${code}`)));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(out);
      if (m) {
        origin = m[1] as string;
        token = m[2] as string;
        resolve();
      }
    });
  });
}, 60_000);
afterAll(() => {
  child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const peakRssMb = (): number => Number(/^VmHWM:\s*(\d+) kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024;

/** POSTs `total` bytes of JSON-ish padding in 1 MB chunks, streamed (no Content-Length); with `declare`, only headers declaring it. */
function post(method: string, total: number, declare = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { 'X-Quire-Token': token, 'Content-Type': 'application/json', ...(declare ? { 'Content-Length': String(total) } : {}) },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The host closes the connection once it has answered: the rest of the upload fails to send.
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    if (declare) {
      // Only the headers: the answer must come from the declared length alone.
      req.flushHeaders();
      return;
    }
    const chunk = Buffer.alloc(MB, 'y');
    let sent = 0;
    const pump = (): void => {
      while (sent < total && !answered) {
        sent += MB;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    req.write('{"title":"');
    pump();
  });
}

describe('request bodies', () => {
  it('100 MB streamed to a call that takes a title: 413 after a few megabytes, memory barely moves', async () => {
    // A first call so the host's own start-up memory is in the baseline.
    await post('app.info', 0);
    const before = peakRssMb();
    const r = await post('notes.create', 100 * MB);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'bad_request', message: 'request body for notes.create is larger than 4 MB' } });
    const grown = peakRssMb() - before;
    console.log(`web host peak RSS grew by ${Math.round(grown)} MB for a 100 MB body`);
    expect(grown).toBeLessThan(32);
  }, 60_000);

  it('a file call over the host limit is refused from its declared length, before a byte is read', async () => {
    const r = await post('articles.import', 101 * MB, true);
    expect(r.status).toBe(413);
    expect((JSON.parse(r.body) as { error: { message: string } }).error.message).toBe('request body for articles.import is larger than 100 MB');
  }, 60_000);
});
