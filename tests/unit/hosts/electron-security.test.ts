// The Electron security checklist, rule by rule, on the pure decisions main.ts, ipc.ts and
// security.ts wire into Electron (Electron's binary is not needed: plain objects stand in).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  BLOCKED_REQUEST_URLS,
  allowDownload,
  allowNavigation,
  allowPermission,
  isAppUrl,
  isTrustedSender,
  mainWindowOptions,
  resolveAppRequest,
  windowOpenDecision,
  type SenderInfo,
  type WindowInfo,
} from '../../../src-main/hosts/electron/guards';
import { answerCall } from '../../../src-main/hosts/electron/ipc-call';
import { CSP, SECURITY_HEADERS } from '../../../src-main/hosts/policy';
import { openHarness, type Harness } from '../../integration/service-helpers';

const repo = resolve(import.meta.dirname, '..', '..', '..');

describe('main window options', () => {
  const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences ?? {};

  it('isolates and sandboxes the renderer with no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and embeds nothing', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });
});

describe('content security policy', () => {
  const directives = new Map(CSP.split(';').map((d) => {
    const [name = '', ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it("defaults to 'self' and runs only the app's own scripts", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CSP).not.toMatch(/unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/);
  });

  it('allows no plugin, base rewrite, framing or form posting, and connects only home', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('goes out with every response', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('navigation, new windows, permissions, downloads, requests', () => {
  it('lets the window move only within app://quire/', () => {
    expect(allowNavigation(APP_ENTRY)).toBe(true);
    expect(allowNavigation('app://quire/index.html#/notes/3')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://evil/index.html',
      'app://quire.evil/index.html',
      'app://quire@evil/index.html',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(allowNavigation(url), url).toBe(false);
    }
  });

  it('denies every window.open', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it('refuses every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'midiSysex', 'pointerLock']) {
      expect(allowPermission(p), p).toBe(false);
    }
  });

  it("downloads only the app's own blob: exports", () => {
    expect(allowDownload('blob:app://quire/0f6b3c1e-2a9d-4a39-9b0c-5c9cfe2b7f11')).toBe(true);
    expect(allowDownload('https://example.com/evil.exe')).toBe(false);
    expect(allowDownload('blob:https://example.com/0f6b3c1e')).toBe(false);
    expect(allowDownload('blob:app://other/0f6b3c1e')).toBe(false);
    expect(allowDownload('data:application/octet-stream;base64,AAAA')).toBe(false);
  });

  it('cancels web, socket, ftp and file requests', () => {
    for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp', 'file']) expect(BLOCKED_REQUEST_URLS).toContain(`${scheme}://*/*`);
  });

  it('recognises only app://quire as the app', () => {
    expect(isAppUrl('app://quire/')).toBe(true);
    expect(isAppUrl('app://QUIRE/x')).toBe(false); // Chromium lowercases a standard scheme's host first; anything else is refused
    expect(isAppUrl('app://quire:8080/')).toBe(false);
    expect(isAppUrl('apps://quire/')).toBe(false);
  });
});

describe('IPC sender check', () => {
  const webContents = { mainFrame: { processId: 7, routingId: 1 } };
  const win = (destroyed = false): WindowInfo => ({ isDestroyed: () => destroyed, webContents });
  const event = (over: Partial<NonNullable<SenderInfo['senderFrame']>> = {}, sender: unknown = webContents): SenderInfo => ({
    sender,
    senderFrame: { parent: null, processId: 7, routingId: 1, url: 'app://quire/index.html', ...over },
  });

  it("answers the main window's top frame on app://quire/", () => {
    expect(isTrustedSender(event(), win())).toBe(true);
  });

  it('refuses a subframe, another frame, another page, another web contents, or no window', () => {
    expect(isTrustedSender(event({ parent: { url: 'app://quire/index.html' } }), win())).toBe(false);
    expect(isTrustedSender(event({ routingId: 2 }), win())).toBe(false);
    expect(isTrustedSender(event({ processId: 8 }), win())).toBe(false);
    expect(isTrustedSender(event({ url: 'https://example.com/' }), win())).toBe(false);
    expect(isTrustedSender(event({ url: 'app://evil/index.html' }), win())).toBe(false);
    expect(isTrustedSender(event({}, { mainFrame: { processId: 7, routingId: 1 } }), win())).toBe(false);
    expect(isTrustedSender({ sender: webContents, senderFrame: null }, win())).toBe(false);
    expect(isTrustedSender(event(), win(true))).toBe(false);
    expect(isTrustedSender(event(), null)).toBe(false);
  });
});

describe('app:// protocol', () => {
  const root = resolve('/srv/quire/out/renderer');

  it('serves files under the renderer folder', () => {
    expect(resolveAppRequest(root, 'app://quire/', 'GET')).toEqual({ kind: 'file', file: join(root, 'index.html') });
    expect(resolveAppRequest(root, 'app://quire/assets/index-abc.js', 'HEAD')).toEqual({ kind: 'file', file: join(root, 'assets', 'index-abc.js') });
  });

  it('refuses every way out of the folder', () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/..%5c..%5csecret.txt',
      '/assets/%00.js',
      '/%E0%A4%A',
      '/....//secret.txt',
    ]) {
      const got = resolveAppRequest(root, `app://quire${path}`, 'GET');
      if (got.kind === 'file') expect(got.file.startsWith(root + sep), path).toBe(true);
      else expect(got.status, path).toBe(400);
    }
  });

  it('refuses other hosts, other schemes and writes', () => {
    expect(resolveAppRequest(root, 'app://evil/index.html', 'GET')).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest(root, 'https://quire/index.html', 'GET')).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest(root, 'app://quire/index.html', 'POST')).toMatchObject({ kind: 'refused', status: 405 });
    expect(resolveAppRequest(root, 'no url', 'GET')).toMatchObject({ kind: 'refused', status: 400 });
  });
});

describe('IPC calls', () => {
  let h: Harness;
  beforeAll(() => {
    h = openHarness();
  });
  afterAll(() => h.dispose());

  it('refuses an untrusted sender before anything runs, and stores nothing', async () => {
    const before = h.dump();
    const r = await answerCall(h.opened.service, false, 'notes.create', { title: 'from an iframe' });
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(h.dump()).toEqual(before);
  });

  it('refuses a method name that is not a string, an unknown name and input its schema rejects', async () => {
    const before = h.dump();
    expect(await answerCall(h.opened.service, true, { toString: () => 'notes.create' }, { title: 'x' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await answerCall(h.opened.service, true, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await answerCall(h.opened.service, true, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await answerCall(h.opened.service, true, 'notes.create', { title: 'x', extra: 1 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(h.dump()).toEqual(before);
  });

  it('answers a trusted, well-formed call', async () => {
    const r = await answerCall(h.opened.service, true, 'notes.create', { title: 'From the window' });
    expect(r).toMatchObject({ ok: true, value: { title: 'From the window' } });
  });
});

describe('no URL is handed to the operating system', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
    });

  it('neither the main process nor the renderer calls shell.openExternal or shell.openPath', () => {
    const offenders = [...files(join(repo, 'src-main')), ...files(join(repo, 'src-renderer'))].filter((f) =>
      /\bopenExternal\b|\bopenPath\b/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
