// What a team server keeps, whatever holds it (one SQLite file, or PostgreSQL for several server
// processes): users and their tokens, cases and each member's role, and every shared document as
// a compacted state plus the updates received since, each written before the server acknowledges it.
import { createHash, randomBytes } from 'node:crypto';

export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface TeamUser {
  id: number;
  name: string;
}

export interface VersionInfo {
  id: number;
  label: string;
  at: string;
  bytes: number;
}

export interface TeamStore {
  /** A new user; the token is returned once, only its hash is kept. */
  addUser(name: string): Promise<{ user: TeamUser; token: string }>;
  userByToken(token: string): Promise<TeamUser | null>;
  /** A new case owned by `owner`; refused when the case exists. */
  shareCase(caseName: string, owner: string): Promise<void>;
  /** Sets (or replaces) a member's role on a case. */
  grant(caseName: string, userName: string, role: Role): Promise<void>;
  roleOf(userId: number, caseName: string): Promise<Role | null>;
  /** Writes one update of a document durably; it is in the store when the promise resolves. */
  appendUpdate(documentName: string, update: Uint8Array): Promise<void>;
  /** The document's whole state (compacted state and the updates since), or null if never written. */
  loadDocument(documentName: string): Promise<Uint8Array | null>;
  /** Folds the document's pending updates into its stored state. */
  compact(documentName: string): Promise<void>;
  /** A full-state copy of the document at a save point. */
  saveVersion(documentName: string, label: string): Promise<VersionInfo>;
  versions(documentName: string): Promise<VersionInfo[]>;
  version(documentName: string, id: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

export class TeamStoreError extends Error {}

export const newToken = (): string => randomBytes(24).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;
/** User and case names: letters, digits, dot, dash, underscore; they appear in document names and logs. */
export function checkName(name: string, what: string): string {
  if (!NAME.test(name)) throw new TeamStoreError(`${what} "${name}" must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit`);
  return name;
}
