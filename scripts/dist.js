// `npm run dist`: build and package Quire with electron-builder (config: electron-builder.yml).
// Packaging needs Electron's binary; without it, say so and stop. Plain Node ESM, no deps.
// electron-builder rebuilds better-sqlite3 for Electron inside node_modules; native-abi.js puts
// the Node build back afterwards (tests keep working) and keeps the Electron one in .native/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { recordAddon, wantedTarget } from './electron-addon.js';
import { electronBinary, repoRoot, toolEntry } from './electron-binary.js';
import { NODE_BINDING, preserveNodeBinding } from './native-abi.js';

if (!electronBinary()) {
  process.stderr.write(
    "Quire: `npm run dist` needs Electron's binary, which is not installed (it could not be downloaded on this machine). " +
      'Install it with `npx install-electron` (or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding it) ' +
      'and run `npm run dist` again. To use Quire without Electron, run `npm run start:web`.\n',
  );
  process.exit(1);
}

if (!existsSync(NODE_BINDING)) {
  process.stderr.write(`Quire: ${relative(repoRoot, NODE_BINDING)} is missing; run \`npm ci\` first.\n`);
  process.exit(1);
}

const run = (label, entry, args) => {
  const result = spawnSync(process.execPath, [entry, ...args], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) process.stderr.write(`Quire: ${label} failed (see above).\n`);
  return result.status ?? 1;
};

const built = run('the build', toolEntry('electron-vite', 'bin/electron-vite.js'), ['build']);
if (built !== 0) process.exit(built);
// The licences of every package shipped (out/THIRD-PARTY-NOTICES.txt); one the policy refuses stops here.
const noticed = run('the third-party notices', 'scripts/third-party-notices.js', []);
if (noticed !== 0) process.exit(noticed);

// Ctrl-C reaches electron-builder too; stay alive long enough to put the Node build back.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => undefined);
const restore = preserveNodeBinding();
let status = 1;
try {
  status = run('electron-builder', toolEntry('electron-builder', 'cli.js'), ['--config', 'electron-builder.yml', ...process.argv.slice(2)]);
} finally {
  const { kept } = restore();
  // What it was built for, so `npm start` uses it until Electron or better-sqlite3 changes.
  if (kept) recordAddon(wantedTarget());
  if (kept) process.stderr.write(`Quire: the Electron build of better-sqlite3 is kept in ${relative(repoRoot, kept)} (npm start uses it); node_modules has the Node build again.\n`);
}
process.exit(status);
