// The Electron-ABI build of better-sqlite3 in .native/electron/, beside a record of what it was
// built for (built-for.json). It is built from a copy of node_modules/better-sqlite3 in a staging
// folder by @electron/rebuild (a prebuilt binary when one exists, else compiled against
// Electron's headers), so the Node build in node_modules, which the tests load, is never touched.
// Plain Node ESM.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from './electron-binary.js';
import { ELECTRON_BINDING } from './native-abi.js';

const NATIVE_DIR = join(ELECTRON_BINDING, '..');
const RECORD = join(NATIVE_DIR, 'built-for.json');
const MODULE_DIR = join(repoRoot, 'node_modules', 'better-sqlite3');

const versionOf = (pkgDir) => {
  try {
    return JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version ?? null;
  } catch {
    return null;
  }
};

/** What this checkout needs the addon built for. */
export function wantedTarget() {
  return {
    electron: versionOf(join(repoRoot, 'node_modules', 'electron')) ?? 'unknown',
    betterSqlite3: versionOf(MODULE_DIR) ?? 'unknown',
    platform: process.platform,
    arch: process.arch,
  };
}

/** The addon in .native/electron/ and what it was built for (null when unrecorded or unreadable). */
export function foundAddon() {
  let builtFor = null;
  try {
    const r = JSON.parse(readFileSync(RECORD, 'utf8'));
    if (r && typeof r.electron === 'string' && typeof r.betterSqlite3 === 'string') builtFor = r;
  } catch {
    /* no record */
  }
  return { exists: existsSync(ELECTRON_BINDING), builtFor };
}

/** Notes what the addon now in .native/electron/ was built for (also used by `npm run dist`). */
export function recordAddon(target) {
  mkdirSync(NATIVE_DIR, { recursive: true });
  writeFileSync(`${RECORD}.partial`, `${JSON.stringify(target, null, 2)}\n`);
  renameSync(`${RECORD}.partial`, RECORD);
}

/** Builds the addon for `target` (from wantedTarget()) into .native/electron/; throws with a one-line reason. */
export async function buildElectronAddon(target) {
  const staging = join(NATIVE_DIR, 'staging');
  rmSync(staging, { recursive: true, force: true });
  const copy = join(staging, 'node_modules', 'better-sqlite3');
  try {
    // The sources and package, without the Node build (build/) it holds.
    cpSync(MODULE_DIR, copy, { recursive: true, filter: (src) => relative(MODULE_DIR, src).split(sep)[0] !== 'build' });
    writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'quire-electron-addon', private: true, dependencies: { 'better-sqlite3': target.betterSqlite3 } }));
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: staging, electronVersion: target.electron, arch: target.arch, onlyModules: ['better-sqlite3'], force: true });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error('@electron/rebuild finished without producing build/Release/better_sqlite3.node');
    copyFileSync(built, `${ELECTRON_BINDING}.partial`);
    renameSync(`${ELECTRON_BINDING}.partial`, ELECTRON_BINDING);
    recordAddon(target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
