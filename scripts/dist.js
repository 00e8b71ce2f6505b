// `npm run dist`: build and package Quire with electron-builder (config: electron-builder.yml).
// Packaging needs Electron's binary; without it, say so and stop. Plain Node ESM, no deps.
import { spawnSync } from 'node:child_process';
import { electronBinary, repoRoot, toolEntry } from './electron-binary.js';

if (!electronBinary()) {
  process.stderr.write(
    "Quire: `npm run dist` needs Electron's binary, which is not installed (it could not be downloaded on this machine). " +
      'Install it with `npx install-electron` (or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding it) ' +
      'and run `npm run dist` again. To use Quire without Electron, run `npm run start:web`.\n',
  );
  process.exit(1);
}

const run = (label, entry, args) => {
  const result = spawnSync(process.execPath, [entry, ...args], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`Quire: ${label} failed (see above).\n`);
    process.exit(result.status ?? 1);
  }
};

run('the build', toolEntry('electron-vite', 'bin/electron-vite.js'), ['build']);
run('electron-builder', toolEntry('electron-builder', 'cli.js'), ['--config', 'electron-builder.yml', ...process.argv.slice(2)]);
