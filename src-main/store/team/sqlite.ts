// The embedded team store: one SQLite file (WAL, synchronous FULL: an update is on disk before the
// server acknowledges it, so a killed server loses nothing a client saw acknowledged).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { foldUpdates } from './merge';
import { ROLES, TeamStoreError, checkName, newToken, tokenHash, type Role, type TeamStore, type TeamUser, type VersionInfo } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cases (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS members (
  case_id INTEGER NOT NULL REFERENCES cases(id), user_id INTEGER NOT NULL REFERENCES users(id),
  role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')), PRIMARY KEY (case_id, user_id));
CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY, document TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS updates_document ON updates(document, id);
CREATE TABLE IF NOT EXISTS versions (id INTEGER PRIMARY KEY, document TEXT NOT NULL, label TEXT NOT NULL, at TEXT NOT NULL, state BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS versions_document ON versions(document, id);
`;

const now = (): string => new Date().toISOString();

export function openSqliteTeamStore(path: string): TeamStore {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const q = {
    addUser: db.prepare('INSERT INTO users (name, token_hash, created_at) VALUES (?, ?, ?)'),
    userByName: db.prepare<[string], TeamUser>('SELECT id, name FROM users WHERE name = ?'),
    userByToken: db.prepare<[string], TeamUser>('SELECT id, name FROM users WHERE token_hash = ?'),
    caseByName: db.prepare<[string], { id: number }>('SELECT id FROM cases WHERE name = ?'),
    addCase: db.prepare('INSERT INTO cases (name, created_at) VALUES (?, ?)'),
    setRole: db.prepare('INSERT INTO members (case_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (case_id, user_id) DO UPDATE SET role = excluded.role'),
    role: db.prepare<[number, string], { role: Role }>('SELECT m.role FROM members m JOIN cases c ON c.id = m.case_id WHERE m.user_id = ? AND c.name = ?'),
    append: db.prepare('INSERT INTO updates (document, data) VALUES (?, ?)'),
    state: db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?'),
    pending: db.prepare<[string], { id: number; data: Buffer }>('SELECT id, data FROM updates WHERE document = ? ORDER BY id'),
    putState: db.prepare('INSERT INTO documents (name, state) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state'),
    dropPending: db.prepare('DELETE FROM updates WHERE document = ? AND id <= ?'),
    addVersion: db.prepare('INSERT INTO versions (document, label, at, state) VALUES (?, ?, ?, ?)'),
    versions: db.prepare<[string], VersionInfo>('SELECT id, label, at, length(state) AS bytes FROM versions WHERE document = ? ORDER BY id'),
    version: db.prepare<[string, number], { state: Buffer }>('SELECT state FROM versions WHERE document = ? AND id = ?'),
  };

  const userNamed = (name: string): TeamUser => {
    const u = q.userByName.get(name);
    if (!u) throw new TeamStoreError(`no user "${name}" on this team server`);
    return u;
  };
  const caseNamed = (name: string): number => {
    const c = q.caseByName.get(name);
    if (!c) throw new TeamStoreError(`no case "${name}" on this team server`);
    return c.id;
  };
  const pieces = (documentName: string): { pieces: Uint8Array[]; lastId: number } => {
    const state = q.state.get(documentName)?.state;
    const rows = q.pending.all(documentName);
    return { pieces: [...(state ? [state] : []), ...rows.map((r) => r.data)], lastId: rows.at(-1)?.id ?? 0 };
  };
  const compact = db.transaction((documentName: string) => {
    const { pieces: all, lastId } = pieces(documentName);
    if (lastId === 0) return;
    q.putState.run(documentName, foldUpdates(all));
    q.dropPending.run(documentName, lastId);
  });

  return {
    async addUser(name) {
      checkName(name, 'user');
      if (q.userByName.get(name)) throw new TeamStoreError(`user "${name}" exists already`);
      const token = newToken();
      const id = Number(q.addUser.run(name, tokenHash(token), now()).lastInsertRowid);
      return { user: { id, name }, token };
    },
    async userByToken(token) {
      return q.userByToken.get(tokenHash(token)) ?? null;
    },
    async shareCase(caseName, owner) {
      checkName(caseName, 'case');
      const user = userNamed(owner);
      db.transaction(() => {
        if (q.caseByName.get(caseName)) throw new TeamStoreError(`case "${caseName}" is shared already`);
        const id = Number(q.addCase.run(caseName, now()).lastInsertRowid);
        q.setRole.run(id, user.id, 'owner');
      })();
    },
    async grant(caseName, userName, role) {
      if (!ROLES.includes(role)) throw new TeamStoreError(`role must be ${ROLES.join(', ')}`);
      q.setRole.run(caseNamed(caseName), userNamed(userName).id, role);
    },
    async roleOf(userId, caseName) {
      return q.role.get(userId, caseName)?.role ?? null;
    },
    async appendUpdate(documentName, update) {
      q.append.run(documentName, update);
    },
    async loadDocument(documentName) {
      const { pieces: all } = pieces(documentName);
      return all.length === 0 ? null : foldUpdates(all);
    },
    async compact(documentName) {
      compact(documentName);
    },
    async saveVersion(documentName, label) {
      const state = foldUpdates(pieces(documentName).pieces);
      const at = now();
      const id = Number(q.addVersion.run(documentName, label, at, state).lastInsertRowid);
      return { id, label, at, bytes: state.byteLength };
    },
    async versions(documentName) {
      return q.versions.all(documentName);
    },
    async version(documentName, id) {
      return q.version.get(documentName, id)?.state ?? null;
    },
    async close() {
      db.close();
    },
  };
}
