// The one bridge between the window and the service: `quire:call`. It answers only the main
// window's top frame showing app://quire/ (guards.isTrustedSender), then answerCall validates.
import { ipcMain, type BrowserWindow } from 'electron';
import type { WireResult } from '../../api/contract/methods';
import type { ServiceImpl } from '../../api/service/dispatch';
import { isTrustedSender } from './guards';
import { CALL_CHANNEL, answerCall } from './ipc-call';

export function registerIpc(service: ServiceImpl, mainWindow: () => BrowserWindow | null): () => void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown): Promise<WireResult<unknown>> =>
    answerCall(service, isTrustedSender(event, mainWindow()), method, input),
  );
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}
