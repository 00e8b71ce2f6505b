// `npm start`: build, then run Quire in Electron. Where Electron's binary is absent (it could not
// be downloaded on some machines) it says so in one line and starts the browser host instead.
// Electron needs better-sqlite3 built for its own ABI: built into .native/electron/ when missing
// or built for something else (the decision is start-plan.js's), never in node_modules, whose
// Node build the tests use.
import { spawn, spawnSync } from 'node:child_process';
import { buildElectronAddon, foundAddon, wantedTarget } from './electron-addon.js';
import { electronBinary, repoRoot, toolEntry } from './electron-binary.js';
import { ELECTRON_BINDING } from './native-abi.js';
import { buildLine, startPlan } from './start-plan.js';

/** electron-vite's build of main, preload and renderer; exits on failure. */
function buildApp() {
  const build = spawnSync(process.execPath, [toolEntry('electron-vite', 'bin/electron-vite.js'), 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    process.stderr.write('Quire: the build failed (see above).\n');
    process.exit(build.status ?? 1);
  }
}

/** Runs `command` in the foreground: signals are passed on, and its exit is ours. */
function run(command, args, env) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  child.on('error', (err) => {
    process.stderr.write(`Quire: could not start ${command}: ${err.message}\n`);
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
}

const electron = electronBinary();
const wanted = wantedTarget();
const plan = startPlan({ electronBinary: electron, addon: foundAddon(), wanted });
const args = process.argv.slice(2);

if (plan.kind === 'web') {
  process.stderr.write(`${plan.message}\n`);
  buildApp();
  // The same as `npm run start:web`, run directly so that signals reach the host.
  run(process.execPath, [toolEntry('tsx', 'dist/cli.mjs'), 'src-main/hosts/web/main.ts', ...args], process.env);
} else {
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
  buildApp();
  run(electron, [repoRoot, ...args], env);
}
