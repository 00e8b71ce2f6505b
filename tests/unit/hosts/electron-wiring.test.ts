// The Electron host's wiring, with a stand-in `electron` module (the real binary cannot run here):
// main.ts must create its window with the guarded options and serve app:// through the guarded
// resolver; security.ts must attach every guard; ipc.ts must check the sender before dispatching.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** Everything the host hands to Electron, recorded. */
const seen = vi.hoisted(() => ({
  appListeners: new Map<string, Listener[]>(),
  windows: [] as { options: Record<string, unknown>; loaded: string[]; webContents: unknown }[],
  session: new Map<string, Listener | { filter: unknown; fn: Listener }>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  privileged: [] as unknown[],
  ipcHandlers: new Map<string, Listener>(),
  revealed: [] as string[],
  sandboxEnabled: false,
  appPath: '',
}));

vi.mock('electron', () => {
  const on = (event: string, fn: Listener): void => {
    seen.appListeners.set(event, [...(seen.appListeners.get(event) ?? []), fn]);
  };
  class BrowserWindow {
    static getAllWindows = (): BrowserWindow[] => [];
    webContents = { mainFrame: { processId: 1, routingId: 1 } };
    private record: { options: Record<string, unknown>; loaded: string[]; webContents: unknown };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], webContents: this.webContents };
      seen.windows.push(this.record);
    }
    once(): void {}
    on(): void {}
    isDestroyed(): boolean {
      return false;
    }
    loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: {
      isPackaged: false,
      enableSandbox: () => {
        seen.sandboxEnabled = true;
      },
      setPath: () => undefined,
      getPath: () => join(seen.appPath, 'user-data'),
      getAppPath: () => seen.appPath,
      getVersion: () => '0.0.0-test',
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on,
      quit: () => undefined,
      exit: () => undefined,
    },
    BrowserWindow,
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => undefined },
    dialog: { showErrorBox: (title: string, body: string) => { throw new Error(`${title}: ${body}`); } },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => seen.privileged.push(...schemes),
      handle: (scheme: string, fn: (request: Request) => Promise<Response>) => seen.protocolHandlers.set(scheme, fn),
    },
    session: { defaultSession: fakeSession(true), fromPartition: () => fakeSession(false) },
    shell: { showItemInFolder: (path: string) => seen.revealed.push(path) },
    ipcMain: { handle: (channel: string, fn: Listener) => seen.ipcHandlers.set(channel, fn), removeHandler: () => undefined },
  };

  function fakeSession(record: boolean): Record<string, unknown> {
    const keep = (name: string) => (a: unknown, b?: unknown): void => {
      if (!record) return;
      seen.session.set(name, typeof a === 'function' ? (a as Listener) : { filter: a, fn: b as Listener });
    };
    return {
      setPermissionRequestHandler: keep('permission-request'),
      setPermissionCheckHandler: keep('permission-check'),
      setDevicePermissionHandler: keep('device-permission'),
      webRequest: { onBeforeRequest: keep('before-request'), onHeadersReceived: keep('headers-received') },
      on: (event: string, fn: Listener) => keep(event)(fn),
    };
  }
});

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quire-electron-'));
  seen.appPath = join(dir, 'app');
  mkdirSync(join(seen.appPath, 'out', 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(seen.appPath, 'out', 'renderer', 'index.html'), '<!doctype html><title>Quire</title>');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  vi.stubEnv('QUIRE_DB', join(dir, 'quire.sqlite'));
  vi.stubEnv('QUIRE_SQLITE_BINDING', '');
  await import('../../../src-main/hosts/electron/main');
  // whenReady() has resolved; its then() opens the store and the window.
  await vi.waitFor(() => expect(seen.windows).toHaveLength(1));
});

afterAll(() => {
  for (const fn of seen.appListeners.get('will-quit') ?? []) fn();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('Electron host wiring (stand-in electron module)', () => {
  it('enables the sandbox for every renderer and registers app:// as a secure standard scheme', () => {
    expect(seen.sandboxEnabled).toBe(true);
    expect(seen.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('creates one window with the guarded options and loads app://quire/', () => {
    expect(seen.windows).toHaveLength(1);
    const prefs = seen.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(join(seen.appPath, 'out', 'preload', 'index.cjs'));
    expect(seen.windows[0]?.loaded).toEqual(['app://quire/index.html']);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const handle = seen.protocolHandlers.get('app');
    expect(handle).toBeDefined();
    if (!handle) return;
    const ok = await handle(new Request('app://quire/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await ok.text()).toContain('<title>Quire</title>');
    for (const path of ['/../../secret.txt', '/%2e%2e/%2e%2e/secret.txt', '/..%2f..%2fsecret.txt']) {
      const r = await handle(new Request(`app://quire${path}`));
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(await r.text()).not.toContain('do not serve');
    }
    expect((await handle(new Request('app://quire/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('guards every web contents: no window.open, no navigation away, no webview', async () => {
    const created = seen.appListeners.get('web-contents-created') ?? [];
    expect(created).toHaveLength(1);
    const handlers = new Map<string, Listener>();
    let openHandler: Listener | null = null;
    const contents = {
      setWindowOpenHandler: (fn: Listener) => {
        openHandler = fn;
      },
      on: (event: string, fn: Listener) => handlers.set(event, fn),
    };
    created[0]?.({}, contents);
    expect(openHandler).not.toBeNull();
    expect((openHandler as unknown as Listener)({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const prevented = (url: string): boolean => {
        let stopped = false;
        handlers.get(event)?.({ url, preventDefault: () => (stopped = true) });
        return stopped;
      };
      expect(prevented('https://example.com/'), event).toBe(true);
      expect(prevented('file:///etc/passwd'), event).toBe(true);
      expect(prevented('app://quire/index.html'), event).toBe(false);
    }
    let webview = false;
    handlers.get('will-attach-webview')?.({ preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
  });

  it('answers IPC only from the main window top frame, through the schema', async () => {
    const handler = seen.ipcHandlers.get('quire:call');
    expect(handler).toBeDefined();
    if (!handler) return;
    const sender = seen.windows[0]?.webContents;
    const frame = { parent: null, processId: 1, routingId: 1, url: 'app://quire/index.html' };
    expect(await handler({ sender, senderFrame: frame }, 'app.info', {})).toMatchObject({ ok: true, value: { version: '0.0.0-test' } });
    expect(await handler({ sender, senderFrame: frame }, 'notes.create', { title: 42 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await handler({ sender, senderFrame: frame }, 'notes.nuke', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const refused = [
      { sender, senderFrame: { ...frame, parent: {}, routingId: 2 } },
      { sender, senderFrame: { ...frame, url: 'https://example.com/' } },
      { sender: { mainFrame: { processId: 1, routingId: 1 } }, senderFrame: frame },
      { sender, senderFrame: null },
    ];
    for (const event of refused) expect(await handler(event, 'notes.create', { title: 'x' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await handler({ sender, senderFrame: frame }, 'notes.list', {})).toEqual({ ok: true, value: [] });
  });

  it('hardens the default session: permissions refused, remote requests cancelled, CSP added, foreign downloads stopped', () => {
    const answer = (name: string, ...args: unknown[]): unknown => (seen.session.get(name) as Listener)(...args);
    let granted: unknown = 'unset';
    answer('permission-request', {}, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
    expect(answer('permission-check', {}, 'clipboard-read')).toBe(false);
    expect(answer('device-permission', { deviceType: 'usb' })).toBe(false);
    const before = seen.session.get('before-request') as { filter: { urls: string[] }; fn: Listener };
    expect(before.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'file://*/*']));
    let cancelled: unknown;
    before.fn({ url: 'https://example.com/' }, (r: unknown) => (cancelled = r));
    expect(cancelled).toEqual({ cancel: true });
    let headers: unknown;
    (seen.session.get('headers-received') as Listener)({ responseHeaders: {} }, (r: unknown) => (headers = r));
    expect(JSON.stringify(headers)).toContain("default-src 'self'");
    const download = (url: string): boolean => {
      let stopped = false;
      answer('will-download', { preventDefault: () => (stopped = true) }, { getURL: () => url, getFilename: () => 'x.md', setSaveDialogOptions: () => undefined, once: () => undefined });
      return stopped;
    };
    expect(download('https://example.com/evil.exe')).toBe(true);
    expect(download('blob:app://quire/0f6b3c1e')).toBe(false);
  });

  it('tells the window where its save dialog put an export, and reveals only files it saved itself', async () => {
    const handler = seen.ipcHandlers.get('quire:call');
    const willDownload = seen.session.get('will-download') as Listener | undefined;
    if (!handler || !willDownload) throw new Error('the host registered no IPC handler or download hook');
    const sender = seen.windows[0]?.webContents;
    const event = { sender, senderFrame: { parent: null, processId: 1, routingId: 1, url: 'app://quire/index.html' } };
    const finish = (name: string, savePath: string): ((state: string) => void) => {
      let done: Listener | null = null;
      willDownload(
        { preventDefault: () => undefined },
        {
          getURL: () => 'blob:app://quire/5c1d',
          getFilename: () => name,
          getSavePath: () => savePath,
          setSaveDialogOptions: () => undefined,
          once: (what: string, fn: Listener) => {
            if (what === 'done') done = fn;
          },
        },
      );
      return (state) => done?.({}, state);
    };

    // The window asks before the dialog closes; the answer comes when the save ends.
    const end = finish('brief.docx', '/home/analyst/Briefs/brief.docx');
    const asked = handler(event, 'export.saved', { fileName: 'brief.docx' }) as Promise<{ ok: boolean; value: { where: string; id: number; path: string } }>;
    end('completed');
    const answer = await asked;
    expect(answer).toMatchObject({ ok: true, value: { where: 'folder', path: '/home/analyst/Briefs/brief.docx' } });

    expect(await handler(event, 'export.reveal', { id: answer.value.id })).toEqual({ ok: true, value: { revealed: true } });
    expect(seen.revealed).toEqual(['/home/analyst/Briefs/brief.docx']);
    expect(await handler(event, 'export.reveal', { id: answer.value.id + 1 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await handler(event, 'export.reveal', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(seen.revealed).toHaveLength(1);

    // A save that ended before the window asked, and a cancelled one.
    finish('notes.md', '/tmp/notes.md')('completed');
    expect(await handler(event, 'export.saved', { fileName: 'notes.md' })).toMatchObject({ ok: true, value: { where: 'folder', path: '/tmp/notes.md' } });
    const cancel = finish('brief.pdf', '');
    const cancelled = handler(event, 'export.saved', { fileName: 'brief.pdf' });
    cancel('cancelled');
    expect(await cancelled).toEqual({ ok: true, value: { where: 'cancelled' } });
  });
});
