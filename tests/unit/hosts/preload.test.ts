// The sandboxed preload, bundled as the build bundles it and run in a bare VM context with a
// recording `require`: it may load nothing but electron, touch nothing of it but contextBridge
// and ipcRenderer, and expose window.quire with exactly the contract's methods.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../src-main/api/contract/methods';
import { CALL_CHANNEL } from '../../../src-main/hosts/electron/ipc-call';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const BUILT = join(repo, 'out', 'preload', 'index.cjs');

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

interface Run {
  required: string[];
  electronKeys: string[];
  exposed: Map<string, unknown>;
  invoked: unknown[][];
}

function runPreload(code: string): Run {
  const run: Run = { required: [], electronKeys: [], exposed: new Map(), invoked: [] };
  const electron = new Proxy(
    {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => run.exposed.set(key, api) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => {
          run.invoked.push(args);
          return Promise.resolve({ ok: true, value: null });
        },
      },
    },
    {
      get(target, key, receiver) {
        if (typeof key === 'string') run.electronKeys.push(key);
        return Reflect.get(target, key, receiver);
      },
    },
  );
  const module = { exports: {} };
  const require = (name: string): unknown => {
    run.required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`the sandboxed preload may not require ${name}`);
  };
  // A sandboxed preload has no process, Buffer or Node globals: the context provides none.
  runInNewContext(code, { require, module, exports: module.exports });
  return run;
}

function checkPreload(code: string): void {
  const run = runPreload(code);
  expect(run.required.every((name) => name === 'electron')).toBe(true);
  expect([...run.exposed.keys()]).toEqual(['quire']);
  const api = run.exposed.get('quire') as Record<string, (input: unknown) => Promise<unknown>>;
  expect(Object.isFrozen(api)).toBe(true);
  expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
  for (const name of METHOD_NAMES) {
    expect(typeof api[name]).toBe('function');
    void api[name]?.({ probe: name });
  }
  // Read after the calls: a bundler may reach ipcRenderer lazily.
  expect(new Set(run.electronKeys.filter((k) => k !== '__esModule' && k !== 'default'))).toEqual(new Set(['contextBridge', 'ipcRenderer']));
  expect(run.invoked).toEqual(METHOD_NAMES.map((name) => [CALL_CHANNEL, name, { probe: name }]));
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

  it.skipIf(!existsSync(BUILT))('the built out/preload/index.cjs behaves the same', () => {
    checkPreload(readFileSync(BUILT, 'utf8'));
  });
});
