// PDF in the app: the brief's HTML printed by Chromium's own printToPDF in a hidden offscreen
// window with its own in-memory session (so the main session's file:// block stays as it is).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, session } from 'electron';
import type { PdfRenderer } from '../../api/service/export';
import { BLOCKED_REQUEST_URLS, allowPermission } from './guards';

export const printToPdf: PdfRenderer = async (html) => {
  // A file rather than a data: URL, which Chromium caps at 2 MB.
  const dir = await mkdtemp(join(tmpdir(), 'quire-print-'));
  const file = join(dir, 'brief.html');
  const printSession = session.fromPartition('quire-print');
  // Defence in depth (the brief's own CSP already loads nothing): only the brief's file may load.
  printSession.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_URLS.filter((u) => !u.startsWith('file:')) }, (_details, callback) => callback({ cancel: true }));
  printSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  const win = new BrowserWindow({
    show: false,
    webPreferences: { offscreen: true, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, session: printSession },
  });
  try {
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    return new Uint8Array(await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true }));
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
};
