// What every host agrees on: the content security policy, response headers, error → status.
import type { ErrorCode } from '../api/contract/methods';

/**
 * The policy, allowing connections to the app itself and, in team mode, to the one team server the
 * analyst set (its ws:// or wss:// origin exactly; nothing else leaves the machine).
 */
export function cspFor(teamServerUrl: string | null = null): string {
  const team = teamServerUrl === null ? null : websocketOrigin(teamServerUrl);
  return [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    team ? `connect-src 'self' ${team}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** ws://host:port or wss://host[:port] of a team server URL, or null for anything else. */
export function websocketOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return (u.protocol === 'ws:' || u.protocol === 'wss:') && !/[\s;,']/.test(u.host) ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

export const CSP = cspFor();

/** Headers on every response a host serves. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The headers with the CSP allowing the team server, when one is set. */
export const securityHeadersFor = (teamServerUrl: string | null): Readonly<Record<string, string>> =>
  teamServerUrl === null ? SECURITY_HEADERS : { ...SECURITY_HEADERS, 'Content-Security-Policy': cspFor(teamServerUrl) };

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  internal: 500,
};

export function httpStatusFor(code: ErrorCode): number {
  return STATUS[code] ?? 500;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot >= 0 ? fileName.slice(dot).toLowerCase() : '';
  return MIME[ext] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a path relative to the static root, or null when it tries to leave it
 * (`..`, encoded separators, NUL, backslashes). "/" → "index.html".
 */
export function safeRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || s.startsWith('..'))) return null;
  if (segments.length === 0) return 'index.html';
  return segments.join('/');
}
