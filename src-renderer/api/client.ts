// The one API client the renderer uses: window.quire (Electron preload) when present, else the
// local web host over fetch. Either way a failed call becomes an ApiError with a code and message.
import type {
  ErrorCode,
  MethodInput,
  MethodName,
  MethodOutput,
  PreloadBridge,
  QuireApi,
  WireResult,
} from '../../src-main/api/contract/methods';
import type { FetchJob, FetchOutcome } from './fetchWorker';

declare global {
  interface Window {
    quire?: PreloadBridge;
  }
}

export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly method: MethodName;

  constructor(method: MethodName, code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.method = method;
  }
}

const TOKEN_KEY = 'quire.token';

/**
 * The web host hands its token over in the URL fragment (#token=…). Keep it for this tab only
 * (sessionStorage, so a reload still works) and take it out of the address bar.
 */
export function adoptTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    try {
      sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    } catch {
      /* storage disabled: the token lives only in memory below */
      memoryToken = decodeURIComponent(match[1]);
    }
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }
  return currentToken();
}

let memoryToken: string | null = null;

function currentToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

function unwrap<M extends MethodName>(method: M, result: WireResult<MethodOutput<M>>): MethodOutput<M> {
  if (result.ok) return result.value;
  throw new ApiError(method, result.error.code, result.error.message);
}

function isWireResult(value: unknown): value is WireResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Requests small enough to survive a page unload (keepalive caps the body at 64 KiB). */
const KEEPALIVE_LIMIT = 60_000;

/** Characters in the input's top-level text fields: where a large request carries its bulk. */
function textSize(input: unknown): number {
  if (typeof input !== 'object' || input === null) return 0;
  let size = 0;
  for (const value of Object.values(input)) if (typeof value === 'string') size += value.length;
  return size;
}

/** One call on the main thread: small requests, and those that must survive a page unload. */
async function fetchHere(job: FetchJob): Promise<FetchOutcome> {
  const body = JSON.stringify(job.input ?? {});
  let response: Response;
  try {
    response = await fetch(`/api/${job.method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Quire-Token': job.token },
      body,
      keepalive: job.method === 'notes.save' && body.length < KEEPALIVE_LIMIT,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { id: job.id, kind: 'network' };
  }
  try {
    return { id: job.id, kind: 'answer', status: response.status, answer: await response.json() };
  } catch {
    return { id: job.id, kind: 'unreadable', status: response.status };
  }
}

let worker: Worker | null = null;
let nextJob = 1;
const waiting = new Map<number, (outcome: FetchOutcome) => void>();

/** One large call in the fetch worker (see fetchWorker.ts for why). */
function fetchInWorker(job: FetchJob): Promise<FetchOutcome> {
  if (!worker) {
    worker = new Worker(new URL('./fetchWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<FetchOutcome>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
    worker.onerror = () => {
      for (const [id, done] of waiting) done({ id, kind: 'network' });
      waiting.clear();
    };
  }
  const started = worker;
  return new Promise((done) => {
    waiting.set(job.id, done);
    started.postMessage(job);
  });
}

class FetchApi implements QuireApi {
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const token = currentToken();
    const job: FetchJob = { id: nextJob++, method, token: token ?? '', input };
    const outcome = textSize(input) > KEEPALIVE_LIMIT && typeof Worker !== 'undefined' ? await fetchInWorker(job) : await fetchHere(job);
    if (outcome.kind === 'network') throw new ApiError(method, 'network', 'Quire’s local service is not reachable. Is the host still running?');
    if (outcome.kind === 'unreadable') throw new ApiError(method, 'internal', `${method}: the host answered HTTP ${outcome.status} without a result`);
    const parsed = outcome.answer;
    if (!isWireResult(parsed)) throw new ApiError(method, 'internal', `${method}: unexpected answer from the host`);
    if (!parsed.ok && parsed.error.code === 'unauthorized' && !token) {
      throw new ApiError(method, 'unauthorized', 'No access token: open Quire from the address the host printed.');
    }
    return unwrap(method, parsed as WireResult<MethodOutput<M>>);
  }
}

class BridgeApi implements QuireApi {
  constructor(private readonly bridge: PreloadBridge) {}

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    // The bridge has one function per method; TS cannot correlate the union by key here.
    const fn = this.bridge[method] as unknown as (arg: MethodInput<M>) => Promise<WireResult<MethodOutput<M>>>;
    if (typeof fn !== 'function') throw new ApiError(method, 'unknown_method', `the app does not offer ${method}`);
    let result: WireResult<MethodOutput<M>>;
    try {
      result = await fn(input);
    } catch (err) {
      throw new ApiError(method, 'internal', err instanceof Error ? err.message : String(err));
    }
    return unwrap(method, result);
  }
}

export function createApi(): QuireApi {
  return typeof window !== 'undefined' && window.quire ? new BridgeApi(window.quire) : new FetchApi();
}

/** The app-wide client. */
export const api: QuireApi = createApi();

/** A message fit for the UI from anything thrown. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** File bytes → base64 without blowing the call stack on large files. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
