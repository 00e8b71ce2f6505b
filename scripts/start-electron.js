// `npm start`: build, then run Quire in Electron. Fails fast, with advice, when Electron's
// binary is absent (it could not be downloaded on some machines). Plain Node ESM, no deps.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronBinary, repoRoot, toolEntry } from './electron-binary.js';
import { ELECTRON_BINDING } from './native-abi.js';

const electron = electronBinary();
if (!electron) {
  process.stderr.write(
    "Quire: Electron's binary is not installed (it could not be downloaded on this machine). " +
      'Run `npm run start:web` to use Quire in your browser, or install Electron\'s binary ' +
      '(npx install-electron) and run `npm start` again.\n',
  );
  process.exit(1);
}

const build = spawnSync(process.execPath, [toolEntry('electron-vite', 'bin/electron-vite.js'), 'build'], {
  cwd: repoRoot,
  stdio: 'inherit',
});
if (build.status !== 0) {
  process.stderr.write('Quire: the build failed (see above).\n');
  process.exit(build.status ?? 1);
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
// node_modules holds the Node build of better-sqlite3 (for the tests); Electron needs its own ABI.
if (!env.QUIRE_SQLITE_BINDING && existsSync(ELECTRON_BINDING)) env.QUIRE_SQLITE_BINDING = ELECTRON_BINDING;
const child = spawn(electron, [repoRoot, ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit', env });
child.on('error', (err) => {
  process.stderr.write(`Quire: could not start Electron: ${err.message}\n`);
  process.exit(1);
});
const forward = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code, signal) => {
  if (signal) {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 0);
  }
});
