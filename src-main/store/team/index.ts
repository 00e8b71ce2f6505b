// Opening a team server's store: one SQLite file by default, PostgreSQL when a URL is given.
import type { TeamStore } from './types';

export type TeamStoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export async function openTeamStore(at: TeamStoreLocation): Promise<TeamStore> {
  if (at.kind === 'sqlite') {
    const { openSqliteTeamStore } = await import('./sqlite');
    return openSqliteTeamStore(at.path);
  }
  const { openPostgresTeamStore } = await import('./postgres');
  return openPostgresTeamStore(at.url);
}

export { ROLES, TeamStoreError, type Role, type TeamStore, type TeamUser, type VersionInfo } from './types';
