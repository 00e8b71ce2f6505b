// Electron host: one window showing the built renderer from app://quire/, the service in this
// process behind one IPC channel. Thin by design: no business logic lives here.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BrowserWindow, Menu, app, dialog, protocol, session, shell } from 'electron';
import { openService } from '../../api/service/index';
import type { ServiceImpl } from '../../api/service/dispatch';
import { StoreCorruptError, restoreClosedStore } from '../../api/service/backup';
import { SECURITY_HEADERS, contentTypeFor, securityHeadersFor } from '../policy';
import { APP_ENTRY, APP_SCHEME, mainWindowOptions, resolveAppRequest } from './guards';
import { sqliteBinding } from './binding';
import { registerIpc } from './ipc';
import { DownloadLog } from './downloads';
import { buildMenu } from './menu';
import { printToPdf } from './pdf';
import { hardenSession, installWebContentsGuards } from './security';

const isDev = !app.isPackaged;

// Every renderer the app ever creates (the window, the hidden print window) runs sandboxed.
app.enableSandbox();

// The same folder every host uses (…/Quire), whatever package.json's name says.
app.setPath('userData', join(app.getPath('appData'), 'Quire'));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;
// Exports saved through the save dialog; the window may reveal only these in the file manager.
const downloads = new DownloadLog((path) => shell.showItemInFolder(path));

function rendererDir(): string {
  return join(app.getAppPath(), 'out', 'renderer');
}

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Serves out/renderer under app://quire/ with the same headers as the web host. */
function registerAppProtocol(teamServer: () => string | null): void {
  const root = rendererDir();
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppRequest(root, request.url, request.method);
    if (target.kind === 'refused') return plain(target.status, target.text);
    try {
      const body = await readFile(target.file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...securityHeadersFor(teamServer()), 'Content-Type': contentTypeFor(target.file) },
      });
    } catch {
      return plain(404, 'Not found');
    }
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(app.getAppPath(), 'out', 'preload', 'index.cjs')));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_ENTRY);
  return win;
}

function openStore(): ReturnType<typeof openService> | null {
  // QUIRE_SQLITE_BINDING (development only) names the Electron-ABI addon `npm start` built.
  const binding = sqliteBinding(app.isPackaged, process.env);
  // QUIRE_DB overrides the default, as it does for the web host and the CLI.
  const dbPath = process.env.QUIRE_DB ? resolve(process.env.QUIRE_DB) : join(app.getPath('userData'), 'quire.sqlite');
  const open = (): ReturnType<typeof openService> =>
    openService({
      dbPath,
      resourcesDir: resourcesDir(),
      version: app.getVersion(),
      pdf: printToPdf,
      savedFiles: downloads,
      ...(binding ? { nativeBinding: binding } : {}),
    });
  const refuse = (err: unknown): null => {
    dialog.showErrorBox('Quire cannot open its database', `${dbPath}\n\n${err instanceof Error ? err.message : String(err)}`);
    return null;
  };
  try {
    return open();
  } catch (err) {
    // backups (#8): a damaged store with a backup: offer to restore it (the damaged file is kept as a backup).
    if (!(err instanceof StoreCorruptError) || !err.latestBackup) return refuse(err);
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: 'Quire cannot open its database',
      message: `The Quire store cannot be used: ${err.reason}.`,
      detail: `${dbPath}\n\nThe latest backup is ${err.latestBackup}. Restoring it replaces the store; the damaged file is kept in the backups folder.`,
      buttons: [`Restore ${err.latestBackup}`, 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) return null;
    try {
      restoreClosedStore(dbPath, err.latestBackup, binding);
      return open();
    } catch (again) {
      return refuse(again);
    }
  }
}

/** The team server the analyst set (team.get answers at once), or null outside team mode. */
function teamServerUrl(service: ServiceImpl): string | null {
  const got = service['team.get']({});
  return got instanceof Promise ? null : (got.server?.url ?? null);
}

function start(): void {
  installWebContentsGuards();
  let opened: ReturnType<typeof openService> | null = null;
  let unregister: (() => void) | null = null;
  app.on('will-quit', () => {
    unregister?.();
    opened?.close();
    opened = null;
  });

  void app.whenReady().then(() => {
    opened = openStore();
    if (!opened) {
      app.exit(1);
      return;
    }
    const service = opened.service;
    hardenSession(session.defaultSession, downloads, () => teamServerUrl(service));
    registerAppProtocol(() => teamServerUrl(service));
    unregister = registerIpc(opened.service, () => mainWindow);
    Menu.setApplicationMenu(buildMenu(isDev));
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}
