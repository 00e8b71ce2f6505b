// Everything that keeps the window a local app: CSP on every response, no navigation away from
// app://quire/, no new windows, no permissions, no remote requests. The decisions themselves are
// the pure functions of guards.ts; this file only attaches them to Electron's events.
import { app, type Session } from 'electron';
import { cspFor } from '../policy';
import type { DownloadLog } from './downloads';
import { BLOCKED_REQUEST_URLS, allowDownload, allowTeamRequest, allowNavigation, allowPermission, windowOpenDecision } from './guards';

/**
 * Session-wide rules: deny every permission, refuse remote requests, add the CSP header. The
 * downloads it allows are followed by `downloads`, which tells the window where each was saved. In
 * team mode (`teamServer` gives the URL the analyst set) WebSockets to that server's origin are let
 * through, and the CSP allows them; a new team server applies from the next page load.
 */
export function hardenSession(ses: Session, downloads: DownloadLog, teamServer: () => string | null = () => null): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  ses.setDevicePermissionHandler((details) => allowPermission(details.deviceType));
  ses.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_URLS }, (details, callback) => callback({ cancel: !allowTeamRequest(details.url, teamServer()) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [cspFor(teamServer())] } });
  });
  // The only downloads are the app's own exports (blob: URLs it made); each asks where to save.
  ses.on('will-download', (event, item) => {
    if (!allowDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ title: 'Save export', defaultPath: item.getFilename() });
    downloads.track(item);
  });
}

/** Guards on every web contents the app ever creates (windows, devtools, anything). */
export function installWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => windowOpenDecision());
    contents.on('will-navigate', (event) => {
      if (!allowNavigation(event.url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!allowNavigation(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!allowNavigation(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
