// This analyst's side of team mode, kept beside the local store (`quire.sqlite.team.json`): the
// team server and token, and which local notes are shared documents. The local store itself is
// unchanged by team mode; this file only links its notes to documents on a team server.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { storeFile } from '../store-file';

export interface TeamClientState {
  server: { url: string; token: string; name: string } | null;
  notes: Record<string, { documentName: string; seeded: boolean }>;
}

const EMPTY: TeamClientState = { server: null, notes: {} };

export const teamClientFile = (dbPath: string): string => `${storeFile(dbPath)}.team.json`;

export class TeamClientFile {
  private state: TeamClientState;

  /** ':memory:' keeps the state in memory only. */
  constructor(private readonly dbPath: string) {
    const file = dbPath === ':memory:' ? null : teamClientFile(dbPath);
    this.state = file && existsSync(file) ? { ...EMPTY, ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<TeamClientState>) } : structuredClone(EMPTY);
  }

  get(): TeamClientState {
    return this.state;
  }

  /** Applies `change` and writes the file whole (a new file renamed over the old one). */
  update(change: (state: TeamClientState) => void): TeamClientState {
    const next = structuredClone(this.state);
    change(next);
    if (this.dbPath !== ':memory:') {
      const file = teamClientFile(this.dbPath);
      writeFileSync(`${file}.tmp`, JSON.stringify(next, null, 2), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    }
    this.state = next;
    return next;
  }
}
