// Runs a bundled sandboxed preload in a bare VM context with a recording `require` and checks
// it: it may load nothing but electron, touch nothing of it but contextBridge and ipcRenderer,
// and expose window.quire with exactly the contract's methods, frozen, over the one channel.
import { runInNewContext } from 'node:vm';
import { expect } from 'vitest';
import { METHOD_NAMES } from '../../src-main/api/contract/methods';
import { CALL_CHANNEL } from '../../src-main/hosts/electron/ipc-call';

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

export function checkPreload(code: string): void {
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
