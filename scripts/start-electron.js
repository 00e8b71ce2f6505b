// `npm start`: build, then run Quire in Electron. Fails fast, with advice, when Electron's binary
// is absent (it could not be downloaded on some machines). Electron needs better-sqlite3 built for
// its own ABI: built into .native/electron/ when missing or built for something else (the
// decision is start-plan.js's), never in node_modules, whose Node build the tests use.
import { spawn, spawnSync } from 'node:child_process';
import { buildElectronAddon, foundAddon, wantedTarget } from './electron-addon.js';
import { electronBinary, repoRoot, toolEntry } from './electron-binary.js';
import { ELECTRON_BINDING } from './native-abi.js';
import { buildLine, startPlan } from './start-plan.js';

const electron = electronBinary();
const wanted = wantedTarget();
const plan = startPlan({ electronBinary: electron, addon: foundAddon(), wanted });
if (plan.kind === 'no-electron') {
  process.stderr.write(`${plan.message}\n`);
  process.exit(1);
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
// A binding named by the developer wins; otherwise the one kept in .native/electron/.
if (!env.QUIRE_SQLITE_BINDING) {
  if (plan.build) {
    process.stderr.write(`${buildLine(wanted, plan.build)}\n`);
    try {
      await buildElectronAddon(wanted);
    } catch (err) {
      const why = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      process.stderr.write(`Quire: could not build better-sqlite3 for Electron: ${why}\n`);
      process.exit(1);
    }
    process.stderr.write('Quire: better-sqlite3 for Electron is ready.\n');
  }
  env.QUIRE_SQLITE_BINDING = ELECTRON_BINDING;
}

const build = spawnSync(process.execPath, [toolEntry('electron-vite', 'bin/electron-vite.js'), 'build'], {
  cwd: repoRoot,
  stdio: 'inherit',
});
if (build.status !== 0) {
  process.stderr.write('Quire: the build failed (see above).\n');
  process.exit(build.status ?? 1);
}

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
