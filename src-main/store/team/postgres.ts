// The team store on PostgreSQL, for several server processes serving the same cases (their
// documents kept in step through Redis). An update is committed before the server acknowledges it.
import pg from 'pg';
import { foldUpdates } from './merge';
import { ROLES, TeamStoreError, checkName, newToken, tokenHash, type Role, type TeamStore, type TeamUser, type VersionInfo } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS quire_users (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL UNIQUE, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS quire_cases (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS quire_members (
  case_id BIGINT NOT NULL REFERENCES quire_cases(id), user_id BIGINT NOT NULL REFERENCES quire_users(id),
  role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')), PRIMARY KEY (case_id, user_id));
CREATE TABLE IF NOT EXISTS quire_documents (name TEXT PRIMARY KEY, state BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS quire_updates (id BIGSERIAL PRIMARY KEY, document TEXT NOT NULL, data BYTEA NOT NULL);
CREATE INDEX IF NOT EXISTS quire_updates_document ON quire_updates(document, id);
CREATE TABLE IF NOT EXISTS quire_versions (id BIGSERIAL PRIMARY KEY, document TEXT NOT NULL, label TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now(), state BYTEA NOT NULL);
CREATE INDEX IF NOT EXISTS quire_versions_document ON quire_versions(document, id);
`;

/** Serialises schema creation and each document's compaction across server processes. */
const SCHEMA_LOCK = 0x71756972;

type Queryable = Pick<pg.PoolClient, 'query'>;

export async function openPostgresTeamStore(url: string): Promise<TeamStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const tx = async <T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const out = await work(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  };
  await tx(async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await c.query(SCHEMA);
  });

  const one = async <T>(q: Queryable, text: string, values: unknown[]): Promise<T | undefined> => (await q.query(text, values)).rows[0] as T | undefined;
  const userNamed = async (q: Queryable, name: string): Promise<TeamUser> => {
    const u = await one<{ id: string; name: string }>(q, 'SELECT id, name FROM quire_users WHERE name = $1', [name]);
    if (!u) throw new TeamStoreError(`no user "${name}" on this team server`);
    return { id: Number(u.id), name: u.name };
  };
  const pieces = async (q: Queryable, documentName: string): Promise<{ pieces: Uint8Array[]; lastId: number }> => {
    const state = await one<{ state: Buffer }>(q, 'SELECT state FROM quire_documents WHERE name = $1', [documentName]);
    const rows = (await q.query<{ id: string; data: Buffer }>('SELECT id, data FROM quire_updates WHERE document = $1 ORDER BY id', [documentName])).rows;
    return { pieces: [...(state ? [state.state] : []), ...rows.map((r) => r.data)], lastId: Number(rows.at(-1)?.id ?? 0) };
  };
  const versionOf = (r: { id: string; label: string; at: Date; bytes: number }): VersionInfo => ({ id: Number(r.id), label: r.label, at: r.at.toISOString(), bytes: Number(r.bytes) });

  return {
    async addUser(name) {
      checkName(name, 'user');
      const token = newToken();
      const row = await one<{ id: string }>(pool, 'INSERT INTO quire_users (name, token_hash) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id', [name, tokenHash(token)]);
      if (!row) throw new TeamStoreError(`user "${name}" exists already`);
      return { user: { id: Number(row.id), name }, token };
    },
    async userByToken(token) {
      const u = await one<{ id: string; name: string }>(pool, 'SELECT id, name FROM quire_users WHERE token_hash = $1', [tokenHash(token)]);
      return u ? { id: Number(u.id), name: u.name } : null;
    },
    async shareCase(caseName, owner) {
      checkName(caseName, 'case');
      await tx(async (c) => {
        const user = await userNamed(c, owner);
        const row = await one<{ id: string }>(c, 'INSERT INTO quire_cases (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id', [caseName]);
        if (!row) throw new TeamStoreError(`case "${caseName}" is shared already`);
        await c.query('INSERT INTO quire_members (case_id, user_id, role) VALUES ($1, $2, $3)', [row.id, user.id, 'owner']);
      });
    },
    async grant(caseName, userName, role: Role) {
      if (!ROLES.includes(role)) throw new TeamStoreError(`role must be ${ROLES.join(', ')}`);
      const c = await one<{ id: string }>(pool, 'SELECT id FROM quire_cases WHERE name = $1', [caseName]);
      if (!c) throw new TeamStoreError(`no case "${caseName}" on this team server`);
      const user = await userNamed(pool, userName);
      await pool.query('INSERT INTO quire_members (case_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (case_id, user_id) DO UPDATE SET role = excluded.role', [c.id, user.id, role]);
    },
    async roleOf(userId, caseName) {
      const r = await one<{ role: Role }>(pool, 'SELECT m.role FROM quire_members m JOIN quire_cases c ON c.id = m.case_id WHERE m.user_id = $1 AND c.name = $2', [userId, caseName]);
      return r?.role ?? null;
    },
    async appendUpdate(documentName, update) {
      await pool.query('INSERT INTO quire_updates (document, data) VALUES ($1, $2)', [documentName, Buffer.from(update)]);
    },
    async loadDocument(documentName) {
      const { pieces: all } = await pieces(pool, documentName);
      return all.length === 0 ? null : foldUpdates(all);
    },
    async compact(documentName) {
      await tx(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [documentName]);
        const { pieces: all, lastId } = await pieces(c, documentName);
        if (lastId === 0) return;
        await c.query('INSERT INTO quire_documents (name, state) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET state = excluded.state', [documentName, Buffer.from(foldUpdates(all))]);
        await c.query('DELETE FROM quire_updates WHERE document = $1 AND id <= $2', [documentName, lastId]);
      });
    },
    async saveVersion(documentName, label) {
      const state = foldUpdates((await pieces(pool, documentName)).pieces);
      const row = await one<{ id: string; label: string; at: Date; bytes: number }>(
        pool,
        'INSERT INTO quire_versions (document, label, state) VALUES ($1, $2, $3) RETURNING id, label, at, length(state) AS bytes',
        [documentName, label, Buffer.from(state)],
      );
      if (!row) throw new TeamStoreError('the version was not stored');
      return versionOf(row);
    },
    async versions(documentName) {
      const rows = (await pool.query<{ id: string; label: string; at: Date; bytes: number }>('SELECT id, label, at, length(state) AS bytes FROM quire_versions WHERE document = $1 ORDER BY id', [documentName])).rows;
      return rows.map(versionOf);
    },
    async version(documentName, id) {
      return (await one<{ state: Buffer }>(pool, 'SELECT state FROM quire_versions WHERE document = $1 AND id = $2', [documentName, id]))?.state ?? null;
    },
    async close() {
      await pool.end();
    },
  };
}
