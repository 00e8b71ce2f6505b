// Where a team server keeps its data and where it listens, from flags and the environment.
import { join, resolve } from 'node:path';
import { openTeamStore, type TeamStore, type TeamStoreLocation } from '../../store/team/index';
import { userDataDir } from '../paths';

export const TEAM_DB_FILE_NAME = 'team-server.sqlite';

export interface TeamFlags {
  data?: string;
  postgres?: string;
}

/** --postgres URL (or QUIRE_TEAM_POSTGRES) wins; else --data FILE, QUIRE_TEAM_DATA, or the user-data folder. */
export function teamStoreLocation(flags: TeamFlags, env: NodeJS.ProcessEnv = process.env): TeamStoreLocation {
  const url = flags.postgres ?? env.QUIRE_TEAM_POSTGRES;
  if (url) return { kind: 'postgres', url };
  return { kind: 'sqlite', path: resolve(flags.data ?? env.QUIRE_TEAM_DATA ?? join(userDataDir(env), TEAM_DB_FILE_NAME)) };
}

/** HOST:PORT of a Redis server. */
export function parseHostPort(value: string): { host: string; port: number } | null {
  const m = /^(.+):(\d{1,5})$/.exec(value);
  if (!m) return null;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { host: (m[1] as string).replace(/^\[(.*)\]$/, '$1'), port } : null;
}

export const openTeamStoreFor = (flags: TeamFlags): Promise<TeamStore> => openTeamStore(teamStoreLocation(flags));
