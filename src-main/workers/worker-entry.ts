// Where a worker thread's code is, for a pool at module URL `here` (pass import.meta.url):
//  - from source (vitest, tsx: the CLI and the web host): `<name>-tsx.mjs` beside it, which
//    registers tsx's loader in the thread and imports `<name>.ts`;
//  - bundled (electron-vite's out/main/, the bench's out/bench/): `<name>.js` beside the bundle,
//    an entry of its own.
// Null when the file is not there (the pool then works on the calling thread).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerEntry(here: string, name: string): URL | null {
  // A computed file name, so bundlers leave this URL alone.
  const file = /\.[cm]?ts$/.test(here) ? `${name}-tsx.mjs` : `${name}.js`;
  const url = new URL(file, here);
  return url.protocol === 'file:' && !existsSync(fileURLToPath(url)) ? null : url;
}
