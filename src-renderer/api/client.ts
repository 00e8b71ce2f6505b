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

class FetchApi implements QuireApi {
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const token = currentToken();
    const body = JSON.stringify(input ?? {});
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Quire-Token': token ?? '' },
        body,
        keepalive: method === 'notes.save' && body.length < KEEPALIVE_LIMIT,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(method, 'network', 'Quire’s local service is not reachable. Is the host still running?');
    }
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      throw new ApiError(method, 'internal', `${method}: the host answered HTTP ${response.status} without a result`);
    }
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
