// e2e harness: a web host on a fresh temp database, Debian Chromium through playwright-core, a
// fresh context, and a record of anything that tried to leave 127.0.0.1.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../../../src-main/hosts/pdf-chromium';
import { startWebHost } from '../../../src-main/hosts/web/server';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const resultsDir = join(repoRoot, 'test-results');
export const CHROMIUM = DEFAULT_CHROMIUM;

type WebHost = Awaited<ReturnType<typeof startWebHost>>;

export interface Harness {
  dir: string;
  host: WebHost;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request whose URL is not on 127.0.0.1. Must stay empty. */
  offHost: string[];
  /** Console errors and uncaught page errors (CSP violations land here). */
  pageErrors: string[];
  /** Calls the web host's API as the page does (with the host's token); throws on an error result. */
  api<T>(method: string, input: unknown): Promise<T>;
  /** Waits until the open note's autosave reports "Saved". */
  saved(): Promise<void>;
  close(): Promise<void>;
}

/** True when a request URL stays on the loopback host (blob:/data: never leave the page). */
export function isLocal(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'data:' || u.protocol === 'about:') return true;
  if (u.protocol === 'blob:') return isLocal(u.pathname);
  return (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:') && u.hostname === '127.0.0.1';
}

export async function launch(opts: { resourcesDir?: string } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-e2e-'));
  mkdirSync(resultsDir, { recursive: true });
  const host = await startWebHost({ dbPath: join(dir, 'quire.sqlite'), port: 0, ...(opts.resourcesDir ? { resourcesDir: opts.resourcesDir } : {}) });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
      colorScheme: 'light',
    });
    const offHost: string[] = [];
    const pageErrors: string[] = [];
    context.on('request', (req) => {
      if (!isLocal(req.url())) offHost.push(req.url());
    });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    const opened = browser;
    return {
      dir,
      host,
      browser: opened,
      context,
      page,
      offHost,
      pageErrors,
      async api<T>(method: string, input: unknown): Promise<T> {
        const res = await fetch(`${host.origin}/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Quire-Token': host.token },
          body: JSON.stringify(input),
        });
        const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
        if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? res.status}`);
        return body.value as T;
      },
      async saved() {
        await waitFor('"Saved"', async () => (await page.getByTestId('save-status').textContent()) === 'Saved');
      },
      async close() {
        await context.close().catch(() => undefined);
        await opened.close().catch(() => undefined);
        await host.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await host.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** Polls until `check` returns a truthy value (or throws with `what` after `timeoutMs`). */
export async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
