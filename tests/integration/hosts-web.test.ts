// The web host over a real SQLite file: who may call, what is refused, what is served.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../src-main/hosts/web/server';
import { CORPUS_DIR } from './service-helpers';

const CORPUS = CORPUS_DIR;
const SAMPLE = join(CORPUS, 'mission-expulsions-wire.txt');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let host: WebHost;
let port: number;

function raw(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

function api(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return raw({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Quire-Token': host.token, ...headers },
    body: JSON.stringify(input),
  });
}

async function articleCount(): Promise<number> {
  const r = await api('articles.list', {});
  expect(r.status).toBe(200);
  return (JSON.parse(r.body) as { ok: true; value: unknown[] }).value.length;
}

const importInput = (): { fileName: string; data: string } => ({
  fileName: 'expulsion.txt',
  data: readFileSync(SAMPLE).toString('base64'),
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quire-web-'));
  const staticDir = join(dir, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Quire test</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  host = await startWebHost({ dbPath: join(dir, 'quire.sqlite'), staticDir, port: 0 });
  port = Number(new URL(host.origin).port);
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web host', () => {
  it('binds 127.0.0.1 and hands out a token in the URL fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
  });

  it('refuses a call without a token (401) and changes nothing', async () => {
    const before = await articleCount();
    const r = await raw({ method: 'POST', path: '/api/articles.import', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(importInput()) });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await api('articles.import', importInput(), { 'X-Quire-Token': 'x'.repeat(43) });
    expect(wrong.status).toBe(401);
    expect(await articleCount()).toBe(before);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const r = await api('articles.list', {}, { Host: `evil.example:${port}` });
    expect(r.status).toBe(403);
    const s = await raw({ path: '/', headers: { Host: 'attacker.test' } });
    expect(s.status).toBe(403);
  });

  it('accepts localhost:PORT as Host', async () => {
    const r = await api('articles.list', {}, { Host: `localhost:${port}` });
    expect(r.status).toBe(200);
  });

  it('refuses a foreign Origin with 403 and accepts its own', async () => {
    const r = await api('articles.list', {}, { Origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    const ok = await api('articles.list', {}, { Origin: host.origin });
    expect(ok.status).toBe(200);
  });

  it('answers an unknown method with a 404 JSON error', async () => {
    const r = await api('nope.nothing', {});
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('answers bad arguments with 400', async () => {
    const r = await api('articles.get', { id: 'one' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('answers invalid JSON with 400 and a missing record with 404', async () => {
    const r = await raw({ method: 'POST', path: '/api/articles.list', headers: { 'X-Quire-Token': host.token }, body: '{not json' });
    expect(r.status).toBe(400);
    const missing = await api('articles.get', { id: 999999 });
    expect(missing.status).toBe(404);
  });

  it('accepts only POST on /api', async () => {
    const r = await raw({ method: 'GET', path: '/api/articles.list', headers: { 'X-Quire-Token': host.token } });
    expect(r.status).toBe(405);
  });

  it('refuses a body over the limit with 413', async () => {
    const r = await raw({
      method: 'POST',
      path: '/api/articles.import',
      headers: { 'X-Quire-Token': host.token, 'Content-Length': String(200 * 1024 * 1024) },
    }).catch(() => ({ status: 413, headers: {}, body: '' }));
    expect(r.status).toBe(413);
  });

  it('serves the renderer with the security headers', async () => {
    const r = await raw({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toContain('Quire test');
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['cache-control']).toBe('no-store');
    const js = await raw({ path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
  });

  it('refuses directory traversal', async () => {
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets%2f..%2f..%2fsecret.txt']) {
      const r = await raw({ path });
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.body).not.toContain('do not serve');
    }
    expect((await raw({ path: '/missing.js' })).status).toBe(404);
  });

  it('imports an article through the API', async () => {
    const before = await articleCount();
    const r = await api('articles.import', importInput());
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body) as { ok: true; value: { article: { id: number; title: string; chars: number } } };
    expect(body.ok).toBe(true);
    expect(body.value.article.id).toBeGreaterThan(0);
    expect(body.value.article.chars).toBeGreaterThan(100);
    expect(await articleCount()).toBe(before + 1);
  });
});
