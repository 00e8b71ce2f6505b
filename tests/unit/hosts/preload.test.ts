// The sandboxed preload, bundled as the build bundles it and run in a bare VM context with a
// recording `require`: it may load nothing but electron, touch nothing of it but contextBridge
// and ipcRenderer, and expose window.quire with exactly the contract's methods.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkPreload } from '../../support/preload-check';

const repo = resolve(import.meta.dirname, '..', '..', '..');

/** The source bundled like electron.vite.config.ts does it: one CJS file, only electron external. */
function bundleSource(): string {
  const out = buildSync({
    entryPoints: [join(repo, 'src-main', 'hosts', 'electron', 'preload.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    external: ['electron'],
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

describe('sandboxed preload', () => {
  it('exposes exactly the contract methods over the one channel (source, bundled)', () => {
    checkPreload(bundleSource());
  });

  it('the source imports only electron and the contract names', () => {
    const source = readFileSync(join(repo, 'src-main', 'hosts', 'electron', 'preload.ts'), 'utf8');
    const imports = [...source.matchAll(/^import\s+(?:type\s+)?(.+?)\s+from\s+'([^']+)';$/gm)].map((m) => [m[1], m[2]]);
    expect(imports).toEqual([
      ['{ contextBridge, ipcRenderer }', 'electron'],
      ['{ METHOD_NAMES, type MethodName, type PreloadBridge }', '../../api/contract/methods'],
    ]);
    expect(source).not.toMatch(/\brequire\(|import\(/);
  });

});
