// The Electron security checklist as pure decisions: plain values in, plain values out, no
// `electron` import at run time, so tests can check every rule without Electron's binary.
// main.ts, ipc.ts and security.ts wire these into Electron's events.
import { resolve, sep } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { safeRelativePath, websocketOrigin } from '../policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'quire';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** True only for app://quire/… URLs. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The main window: isolated, sandboxed, no Node, web security on, nothing embedded. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Quire',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** will-navigate / will-redirect / will-frame-navigate: only within app://quire/. */
export function allowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** setWindowOpenHandler: Quire never opens a second window, and never hands a URL to the OS. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Permission requests and checks (camera, notifications, clipboard-read, geolocation, …): all refused. */
export function allowPermission(_permission: string): boolean {
  return false;
}

/** The only downloads are the app's own exports: blob: URLs the app page created. */
export function allowDownload(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

/** Requests the session cancels: anything that would leave the machine or read local files directly. */
export const BLOCKED_REQUEST_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file://*/*'];

/** The one exception in team mode: a WebSocket to the team server the analyst set, on its origin exactly. */
export function allowTeamRequest(url: string, teamServerUrl: string | null): boolean {
  if (teamServerUrl === null) return false;
  const team = websocketOrigin(teamServerUrl);
  return team !== null && websocketOrigin(url) === team;
}

/** The parts of an IPC event the sender check reads (IpcMainInvokeEvent has them all). */
export interface SenderInfo {
  sender: unknown;
  senderFrame: { parent: unknown; processId: number; routingId: number; url: string } | null;
}

/** The parts of the main window the sender check reads (BrowserWindow has them all). */
export interface WindowInfo {
  isDestroyed(): boolean;
  webContents: { mainFrame: { processId: number; routingId: number } };
}

/**
 * An IPC call is answered only when it comes from the main window's own web contents, from its
 * top frame (not an iframe), while that frame shows app://quire/.
 */
export function isTrustedSender(event: SenderInfo, win: WindowInfo | null): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender !== win.webContents) return false;
  const top = win.webContents.mainFrame;
  return frame.parent === null && frame.processId === top.processId && frame.routingId === top.routingId && isAppUrl(frame.url);
}

export type AppRequest = { kind: 'file'; file: string } | { kind: 'refused'; status: number; text: string };

/**
 * app://quire/<path> → a file under `root` (the built renderer), or the status to answer with.
 * Refuses other hosts, methods other than GET/HEAD, and any path that would leave `root`.
 */
export function resolveAppRequest(root: string, requestUrl: string, method: string): AppRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400, text: 'Bad request' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { kind: 'refused', status: 404, text: 'Not found' };
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refused', status: 405, text: 'Method not allowed' };
  const relative = safeRelativePath(url.pathname);
  if (relative === null) return { kind: 'refused', status: 400, text: 'Bad path' };
  const base = resolve(root);
  const file = resolve(base, relative);
  if (!file.startsWith(base + sep)) return { kind: 'refused', status: 400, text: 'Bad path' };
  return { kind: 'file', file };
}
