// Sandboxed preload: exposes window.quire, one function per contract method. It imports only
// electron and the contract's names (no zod, no Node): validation happens in the main process.
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, type MethodName, type PreloadBridge } from '../../api/contract/methods';

const CALL_CHANNEL = 'quire:call'; // same literal as ipc-call.ts

const bridge = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
for (const name of METHOD_NAMES) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, input);
}

contextBridge.exposeInMainWorld('quire', Object.freeze(bridge) as unknown as PreloadBridge);
