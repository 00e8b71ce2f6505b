// The web host: the same contract over HTTP on 127.0.0.1, for tests and `npm run start:web`.
// It holds no logic: it checks who is asking, reads the JSON body, calls dispatch, maps the result.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, sep } from 'node:path';
import type { MethodOutput, WireResult } from '../../api/contract/methods';
import { dispatch } from '../../api/service/dispatch';
import { openService } from '../../api/service/index';
import { defaultStaticDir, packageVersion, repoResourcesDir } from '../paths';
import { chromiumPdfRenderer } from '../pdf-chromium';
import { SECURITY_HEADERS, contentTypeFor, httpStatusFor, safeRelativePath, securityHeadersFor } from '../policy';

export interface WebHostOptions {
  dbPath: string;
  resourcesDir?: string;
  /** The built renderer; default out/renderer. */
  staticDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Largest request body accepted; default MAX_BODY_BYTES (tests lower it to prove the refusal). */
  maxBodyBytes?: number;
}

export interface WebHost {
  /** http://127.0.0.1:PORT/#token=… : what a browser opens. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-quire-token';
/** Large enough for a 64 MB file sent as base64 inside JSON. */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time comparison (both sides hashed first so lengths leak nothing). */
function tokenMatches(given: string | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(given), expected);
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendWire(res: ServerResponse, status: number, result: WireResult<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function sendError(res: ServerResponse, status: number, message: string): void {
  const code = status === 401 || status === 403 ? 'unauthorized' : status === 404 ? 'not_found' : status >= 500 ? 'internal' : 'bad_request';
  sendWire(res, status, { ok: false, error: { code, message } });
}

const megabytes = (bytes: number): string => String(Math.round((bytes / 1024 / 1024) * 100) / 100);

/** Calls that carry a whole file (base64 inside JSON) or a pasted document: up to the host's limit. */
const FILE_METHODS = new Set(['articles.import', 'articles.extract', 'articles.importPaste']);
/** Calls that carry a note's whole content (at most 20 M characters, escaped, in UTF-8). */
const NOTE_METHODS = new Set(['notes.save', 'notes.importMarkdown']);
export const MAX_NOTE_BODY_BYTES = 64 * 1024 * 1024;
/** Every other call holds ids, titles, queries and comments. */
export const MAX_CALL_BODY_BYTES = 4 * 1024 * 1024;

/** The largest body `method` may send, so a huge body to any other call is refused after a few megabytes. */
export function bodyLimitFor(method: string, hostLimit: number): number {
  const own = FILE_METHODS.has(method) ? hostLimit : NOTE_METHODS.has(method) ? MAX_NOTE_BODY_BYTES : MAX_CALL_BODY_BYTES;
  return Math.min(own, hostLimit);
}

/**
 * Reads a body of at most `limit` bytes, counting as it streams (a declared length over the limit
 * is refused before a byte is read). With a declared length the bytes go straight into one buffer
 * of that size, so a large upload is held once, not as chunks and then their copy.
 */
function readBody(req: IncomingMessage, method: string, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const tooLarge = (): HttpError => new HttpError(413, `request body for ${method.slice(0, 80)} is larger than ${megabytes(limit)} MB`);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(tooLarge());
      return;
    }
    const into = Number.isInteger(declared) && declared > 0 ? Buffer.allocUnsafe(declared) : null;
    let chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      if (size + chunk.length > limit || (into && size + chunk.length > into.length)) {
        failed = true;
        chunks = [];
        reject(tooLarge());
        return;
      }
      if (into) chunk.copy(into, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => {
      if (!failed) resolveBody(into ? into.subarray(0, size) : Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) {
        failed = true;
        reject(err);
      }
    });
  });
}

/**
 * After refusing a streamed body that grew too large: what the client still sends is read and
 * dropped (the body reader keeps discarding), so the client reads the answer instead of meeting a
 * reset connection mid-upload; a client still sending after a few seconds is cut off.
 */
function lingerThenClose(req: IncomingMessage): void {
  const cutOff = setTimeout(() => req.socket.destroy(), 5_000);
  cutOff.unref();
  req.once('end', () => clearTimeout(cutOff));
  req.once('close', () => clearTimeout(cutOff));
  req.resume();
}

/** The call's arguments from its body; the body itself is unreachable once this returns (not held during the call). */
async function readArgs(req: IncomingMessage, method: string, limit: number): Promise<{ args: unknown } | HttpError> {
  let body: Buffer;
  try {
    body = await readBody(req, method, limit);
  } catch (err) {
    if (err instanceof HttpError) return err;
    throw err;
  }
  if (body.length === 0) return { args: undefined };
  try {
    return { args: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return new HttpError(400, 'request body is not valid JSON');
  }
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const staticDir = opts.staticDir ?? defaultStaticDir;
  const maxBodyBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const opened = openService({
    dbPath: opts.dbPath,
    resourcesDir: opts.resourcesDir ?? repoResourcesDir,
    version: packageVersion(),
    pdf: chromiumPdfRenderer(),
  });
  const token = randomBytes(32).toString('base64url');
  const tokenDigest = digest(token);
  let port = 0;
  let staticRoot: string | null = null;

  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function serveApi(req: IncomingMessage, res: ServerResponse, method: string, host: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, 405, 'the API accepts only POST');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      sendError(res, 403, 'cross-origin requests are refused');
      return;
    }
    const given = req.headers[TOKEN_HEADER];
    if (!tokenMatches(Array.isArray(given) ? undefined : given, tokenDigest)) {
      sendError(res, 401, 'missing or wrong X-Quire-Token');
      return;
    }
    const read = await readArgs(req, method, bodyLimitFor(method, maxBodyBytes));
    if (read instanceof HttpError) {
      if (read.status === 413) {
        // A declared length was refused before a byte was read: the connection cannot be reused.
        if (req.headers['content-length'] !== undefined) res.setHeader('Connection', 'close');
        else lingerThenClose(req);
      }
      sendError(res, read.status, read.message);
      return;
    }
    const result = await dispatch(opened.service, method, read.args);
    sendWire(res, result.ok ? 200 : httpStatusFor(result.error.code), result);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    const relative = safeRelativePath(pathname);
    if (relative === null) {
      send(res, 400, 'Bad path', 'text/plain; charset=utf-8');
      return;
    }
    try {
      staticRoot ??= await realpath(staticDir);
      const file = await realpath(join(staticRoot, relative));
      if (!file.startsWith(staticRoot + sep)) throw new Error('outside the static root');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      // In team mode the page may connect to the team server set in team.get (a reload applies a new one).
      const team = await dispatch(opened.service, 'team.get', {});
      const headers = securityHeadersFor(team.ok ? ((team.value as MethodOutput<'team.get'>).server?.url ?? null) : null);
      res.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(file), 'Content-Length': info.size });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) {
      sendError(res, 403, 'unexpected Host header');
      return;
    }
    const rawUrl = req.url ?? '/';
    const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '/';
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      await serveApi(req, res, pathname.slice('/api/'.length), host);
      return;
    }
    await serveStatic(req, res, pathname);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, 500, err instanceof Error ? err.message : String(err));
    });
  });
  // A client aborting mid-upload must not crash the process.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolveListen();
      });
    });
  } catch (err) {
    opened.close();
    throw err;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        server.close(() => {
          opened.close();
          resolveClose();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
