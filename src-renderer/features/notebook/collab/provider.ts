// A Hocuspocus connection for one shared note, shaped as the Provider @lexical/yjs drives
// (connect, disconnect, 'sync' and 'status' events), plus what the note shows about it: the
// member's scope (read-write or read-only) and the server's refusals.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Provider, ProviderAwareness } from '@lexical/yjs';
import type * as Y from 'yjs';

export interface TeamEvents {
  onScope(scope: 'read-write' | 'readonly'): void;
  onRefused(reason: string): void;
  onDenied(reason: string): void;
  onSynced(): void;
}

type Listener = (arg: never) => void;

/** What the server sends on the stateless channel (src-main/hosts/team/messages.ts). */
function readNotice(payload: string): { type?: unknown; reason?: unknown } {
  try {
    return JSON.parse(payload) as { type?: unknown; reason?: unknown };
  } catch {
    return {};
  }
}

export class TeamProvider implements Provider {
  readonly socket: HocuspocusProviderWebsocket;
  readonly hocuspocus: HocuspocusProvider;
  private readonly wrapped = new Map<Listener, (arg: never) => void>();

  constructor(url: string, token: string, documentName: string, doc: Y.Doc, events: TeamEvents) {
    this.socket = new HocuspocusProviderWebsocket({ url, autoConnect: false, delay: 200, minDelay: 200, maxDelay: 2000 });
    this.hocuspocus = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: documentName,
      document: doc,
      token,
      onAuthenticated: ({ scope }) => events.onScope(scope),
      onAuthenticationFailed: ({ reason }) => events.onDenied(reason),
      onSynced: ({ state }) => {
        if (state) events.onSynced();
      },
      onStateless: ({ payload }) => {
        const notice = readNotice(payload);
        if (notice.type === 'refused') events.onRefused(typeof notice.reason === 'string' ? notice.reason : 'the server refused the change');
      },
    });
  }

  get awareness(): ProviderAwareness {
    // y-protocols' Awareness is the object @lexical/yjs expects; its types name the state loosely.
    return this.hocuspocus.awareness as unknown as ProviderAwareness;
  }

  connect(): void {
    this.hocuspocus.attach();
    void this.socket.connect();
  }

  disconnect(): void {
    this.socket.disconnect();
  }

  destroy(): void {
    this.hocuspocus.destroy();
    this.socket.destroy();
  }

  on(type: 'sync' | 'status' | 'update' | 'reload', cb: Listener): void {
    if (type === 'sync') {
      const w = (({ state }: { state: boolean }) => (cb as (s: boolean) => void)(state)) as (arg: never) => void;
      this.wrapped.set(cb, w);
      this.hocuspocus.on('synced', w);
    } else if (type === 'status') {
      this.wrapped.set(cb, cb);
      this.hocuspocus.on('status', cb);
    }
    // 'update' and 'reload' are y-websocket's; Hocuspocus never reloads a document.
  }

  off(type: 'sync' | 'status' | 'update' | 'reload', cb: Listener): void {
    const w = this.wrapped.get(cb);
    if (!w) return;
    this.wrapped.delete(cb);
    this.hocuspocus.off(type === 'sync' ? 'synced' : type, w);
  }
}

/** One of a few readable cursor colours, the same for a name on every screen. */
export function cursorColor(name: string): string {
  const colours = ['#c2410c', '#15803d', '#1d4ed8', '#a21caf', '#b45309', '#0f766e', '#be123c', '#4d7c0f'];
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return colours[h % colours.length] as string;
}
