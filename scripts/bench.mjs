// `npm run bench`: bundles bench/run.ts and the worker entries it starts (esbuild, dependencies
// left to node_modules, as electron-vite builds the app's main process) into out/bench/, then runs
// the bundle under plain Node, each part in a process of its own (as the app would be, fresh: one
// part's heap and threads do not weigh on the next). The figures are then those of the code as the
// app runs it, not of a TypeScript loader compiling every module in each thread (~100 MB a thread).
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const outdir = 'out/bench';
await build({
  entryPoints: {
    run: 'bench/run.ts',
    // Beside the bundle, where the pools look for them (see src-main/workers/*-pool.ts).
    'ingest-worker': 'src-main/workers/ingest-worker.ts',
    'search-worker': 'src-main/workers/search-worker.ts',
    'backup-verify': 'src-main/workers/backup-verify.ts',
    // The team bench's server, a process of its own.
    'team-server': 'bench/team-server.ts',
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
/** bench/run.ts's parts, in its order. */
const PARTS = ['library', 'formats', 'export', 'compare', 'annotations', 'notebook', 'team'];
const args = process.argv.slice(2);
const parts = args.includes('--only') ? [null] : PARTS.filter((p) => p !== 'notebook' || !args.includes('--skip-notebook'));
for (const part of parts) {
  const run = spawnSync(process.execPath, [`${outdir}/run.js`, ...args, ...(part ? ['--only', part] : [])], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
