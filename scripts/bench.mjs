// `npm run bench`: bundles bench/run.ts and the worker entries it starts (esbuild, dependencies
// left to node_modules, as electron-vite builds the app's main process) into out/bench/, then runs
// the bundle under plain Node. The figures are then those of the code as the app runs it, not of
// a TypeScript loader compiling every module in each thread (which alone adds ~100 MB per thread).
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
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [`${outdir}/run.js`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
