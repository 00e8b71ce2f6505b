// The team server: Hocuspocus over a TeamStore. Every connection is authenticated by token and its
// role on the document's case; every update is checked against the member's current role before
// Hocuspocus applies it, and written to the store before Hocuspocus acknowledges it.
import { Server, type Extension, type beforeHandleMessagePayload, type onAuthenticatePayload, type onStatelessPayload } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import type { Role, TeamStore, TeamUser } from '../../store/team/types';
import { blobUpdateAllowed } from '../../store/team/case-doc';
import { REFUSED_BLOB, REFUSED_VIEWER, blobHashOf, caseOf, updateOf, type ServerNotice } from './messages';

export interface TeamServerOptions {
  store: TeamStore;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Several server processes on one PostgreSQL share documents through Redis. */
  redis?: { host: string; port: number };
  /** Milliseconds between compactions of a document's stored updates. */
  compactAfterMs?: number;
}

export interface RunningTeamServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface MemberContext {
  user: TeamUser;
  caseName: string;
  role: Role;
}

const writes = (role: Role | null): boolean => role === 'owner' || role === 'editor';

function notify(connection: beforeHandleMessagePayload['connection'], notice: ServerNotice): void {
  connection.sendStateless(JSON.stringify(notice));
}

function access(store: TeamStore): Extension {
  return {
    extensionName: 'quire-access',
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<MemberContext> {
      const user = token ? await store.userByToken(token) : null;
      if (!user) throw new Error('unknown token');
      const caseName = caseOf(documentName);
      const role = caseName ? await store.roleOf(user.id, caseName) : null;
      if (!caseName || !role) throw new Error(`${user.name} is not a member of this case`);
      connectionConfig.readOnly = !writes(role);
      return { user, caseName, role };
    },
    async beforeHandleMessage({ update: message, context, connection, document, documentName }: beforeHandleMessagePayload): Promise<void> {
      const update = updateOf(message);
      if (!update) return;
      const member = context as MemberContext;
      const role = await store.roleOf(member.user.id, member.caseName);
      if (!role) throw new Error(`${member.user.name} is no longer a member of this case`);
      connection.readOnly = !writes(role);
      if (connection.readOnly) {
        // Hocuspocus refuses it (a sync status of "not applied"); the client is told why.
        if (!Y.snapshotContainsUpdate(Y.snapshot(document), update)) notify(connection, { type: 'refused', reason: REFUSED_VIEWER });
        return;
      }
      const blob = blobHashOf(documentName);
      if (blob !== null && !blobUpdateAllowed(document, blob, update)) {
        // Refused for this message only: the next one is checked against the role again.
        connection.readOnly = true;
        notify(connection, { type: 'refused', reason: REFUSED_BLOB });
        return;
      }
      await store.appendUpdate(documentName, update);
    },
    async onStateless({ payload, connection, documentName }: onStatelessPayload): Promise<void> {
      const member = connection.context as MemberContext;
      const asked = JSON.parse(payload) as { type?: unknown; label?: unknown };
      if (asked.type !== 'savePoint' || !writes(await store.roleOf(member.user.id, member.caseName))) return;
      const label = typeof asked.label === 'string' ? asked.label.slice(0, 200) : '';
      const v = await store.saveVersion(documentName, label);
      connection.sendStateless(JSON.stringify({ type: 'version', id: v.id, label: v.label } satisfies ServerNotice));
    },
  };
}

export async function startTeamServer(options: TeamServerOptions): Promise<RunningTeamServer> {
  const { store } = options;
  const extensions: Extension[] = [
    access(store),
    new Database({
      fetch: ({ documentName }) => store.loadDocument(documentName),
      // Every update is already stored; storing folds them into the document's state.
      store: ({ documentName }) => store.compact(documentName),
    }),
  ];
  if (options.redis) extensions.push(new Redis({ host: options.redis.host, port: options.redis.port }));
  const server = new Server({
    name: 'quire-team',
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    debounce: options.compactAfterMs ?? 2000,
    maxDebounce: 10_000,
    extensions,
  });
  await server.listen();
  const port = server.address.port;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `ws://${shown}:${port}`,
    port,
    async close() {
      await server.destroy();
    },
  };
}
