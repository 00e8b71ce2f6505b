import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const here = dirname(fileURLToPath(import.meta.url));

// Quire keeps its sources in src-main / src-renderer (ARCHITECTURE.md), so every entry is explicit.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(here, 'src-main/hosts/electron/main.ts'),
          // The import pool's worker thread: out/main/ingest-worker.js beside index.js.
          'ingest-worker': resolve(here, 'src-main/workers/ingest-worker.ts'),
          // backups (#8): checks each backup copy off the main thread: out/main/backup-verify.js.
          'backup-verify': resolve(here, 'src-main/workers/backup-verify.ts'),
          // Search worker threads (read-only connections): out/main/search-worker.js.
          'search-worker': resolve(here, 'src-main/workers/search-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything but 'electron': bundle it into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(here, 'src-main/hosts/electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(here, 'src-renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(here, 'out/renderer'),
      rollupOptions: { input: { index: resolve(here, 'src-renderer/index.html') } },
    },
  },
});
