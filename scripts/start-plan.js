// What `npm start` does, decided from what is installed: pure (no file system, no processes), so
// tests check every case on a machine without Electron's binary. Plain Node ESM, no deps.

export const NO_ELECTRON_MESSAGE =
  "Quire: Electron's binary is not installed (it could not be downloaded on this machine), so Quire " +
  'starts in your browser instead (the same as `npm run start:web`); install Electron\'s binary ' +
  '(npx install-electron) for the desktop app.';

/**
 * Why the Electron build of better-sqlite3 must be (re)built, or null when it fits.
 * `addon`: { exists, builtFor } as found in .native/electron/ (builtFor null when unrecorded);
 * `wanted`: { electron, betterSqlite3, platform, arch } of this checkout.
 */
export function addonProblem(addon, wanted) {
  if (!addon.exists) return 'it has not been built yet';
  const was = addon.builtFor;
  if (!was) return 'nothing records what it was built for';
  if (was.platform !== wanted.platform || was.arch !== wanted.arch) return `it was built for ${was.platform}-${was.arch}, this is ${wanted.platform}-${wanted.arch}`;
  if (was.electron !== wanted.electron) return `it was built for Electron ${was.electron}, this is Electron ${wanted.electron}`;
  if (was.betterSqlite3 !== wanted.betterSqlite3) return `it was built from better-sqlite3 ${was.betterSqlite3}, node_modules has ${wanted.betterSqlite3}`;
  return null;
}

/**
 * `{ kind: 'web', message }`: say so in one line and start the browser host instead;
 * `{ kind: 'electron', build: reason | null }`: build the addon first when `build` says why, then start.
 */
export function startPlan({ electronBinary, addon, wanted }) {
  if (!electronBinary) return { kind: 'web', message: NO_ELECTRON_MESSAGE };
  return { kind: 'electron', build: addonProblem(addon, wanted) };
}

/** The line printed before a build: what, why, and that it happens once. */
export const buildLine = (wanted, reason) =>
  `Quire: building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} into .native/electron/ (${reason}; once, a minute or two)…`;
