// Keeps the two builds of better-sqlite3 apart. Tests and the CLI run in Node and need the
// Node-ABI better_sqlite3.node that `npm ci` installs; the app runs in Electron and needs one
// built for Electron's ABI. electron-builder (npmRebuild) rebuilds the module IN PLACE in
// node_modules before packing it, so `npm run dist` saves the Node build first, and afterwards
// keeps the Electron build in .native/electron/ (for `npm start`, via QUIRE_SQLITE_BINDING) and
// puts the Node build back. Plain Node ESM, no deps.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { repoRoot } from './electron-binary.js';

/** What `npm ci` builds for Node (and what the tests load). */
export const NODE_BINDING = join(repoRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
/** Where the Electron-ABI build is kept after `npm run dist`. */
export const ELECTRON_BINDING = join(repoRoot, '.native', 'electron', 'better_sqlite3.node');

/** Copies `from` over `to` through a temp file beside it, so `to` is never half-written. */
function replaceFile(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  const partial = `${to}.partial`;
  copyFileSync(from, partial);
  renameSync(partial, to);
}

/**
 * Saves `file` (the Node build) aside. The returned function, safe to call more than once:
 * if `file` has changed (a rebuild for Electron happened), keeps the new one as `keepAs`;
 * then puts the saved Node build back. Returns what it did, for the log.
 */
export function preserveNodeBinding(file = NODE_BINDING, keepAs = ELECTRON_BINDING) {
  const dir = mkdtempSync(join(tmpdir(), 'quire-native-'));
  const saved = join(dir, basename(file));
  copyFileSync(file, saved);
  let restored = null;
  return () => {
    if (restored) return restored;
    const rebuilt = existsSync(file) && !readFileSync(file).equals(readFileSync(saved));
    if (rebuilt) replaceFile(file, keepAs);
    replaceFile(saved, file);
    rmSync(dir, { recursive: true, force: true });
    restored = { rebuilt, kept: rebuilt ? keepAs : null };
    return restored;
  };
}
