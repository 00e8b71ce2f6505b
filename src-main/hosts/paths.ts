// Where Quire keeps things, the same for every host (Electron, web, CLI).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRODUCT_NAME = 'Quire';
export const DB_FILE_NAME = 'quire.sqlite';

/** The per-user application folder; the same one Electron's app.getPath('userData') gives for productName Quire. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(userDataDir(env, platform), DB_FILE_NAME);
}

/** `--db FILE` wins, then env QUIRE_DB, then the user-data folder. Always absolute. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag || env.QUIRE_DB || defaultDbPath(env);
  return resolve(chosen);
}

/** The repository root, found from this module's location (src-main/hosts/ → ../..). */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** resources/ of the repository: what the web host and the CLI use. */
export const repoResourcesDir: string = join(repoRoot, 'resources');

/** The built renderer the web host serves by default. */
export const defaultStaticDir: string = join(repoRoot, 'out', 'renderer');

/** The version in package.json, or undefined when it cannot be read. */
export function packageVersion(): string | undefined {
  const file = join(repoRoot, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}
