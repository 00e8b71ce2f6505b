// The one bridge between the window and the service: `quire:call`. It answers only the main
// window's top frame showing app://quire/, then hands the call to dispatch (which validates).
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { WireResult } from '../../api/contract/methods';
import { dispatch, type ServiceImpl } from '../../api/service/dispatch';
import { isAppUrl } from './security';

/** Must match the literal in preload.ts (which may import nothing but electron and the contract). */
export const CALL_CHANNEL = 'quire:call';

function fromMainWindow(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender !== win.webContents) return false;
  const top = win.webContents.mainFrame;
  return frame.parent === null && frame.processId === top.processId && frame.routingId === top.routingId && isAppUrl(frame.url);
}

export function registerIpc(service: ServiceImpl, mainWindow: () => BrowserWindow | null): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<WireResult<unknown>> => {
    if (!fromMainWindow(event, mainWindow())) {
      return { ok: false, error: { code: 'unauthorized', message: 'call refused: it does not come from the Quire window' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'bad_request', message: 'method name must be a string' } };
    }
    return dispatch(service, method, input);
  });
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}
