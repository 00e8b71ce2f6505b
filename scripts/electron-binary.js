// Finds Electron's binary WITHOUT require('electron') (which tries to download it when missing).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable, or null when node_modules/electron/path.txt or the binary is missing. */
export function electronBinary() {
  const pkgDir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  let relative = '';
  if (existsSync(pathFile)) relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = join(pkgDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

/** The JS entry of a dev tool, run with this Node (no shell, works on Windows too). */
export function toolEntry(pkg, bin) {
  return join(repoRoot, 'node_modules', pkg, bin);
}
