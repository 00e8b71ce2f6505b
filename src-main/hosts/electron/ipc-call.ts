// What the IPC bridge answers, without Electron: refuse an untrusted sender, refuse a method name
// that is not a string, then dispatch (which refuses unknown names and parses with the schema).
import type { WireResult } from '../../api/contract/methods';
import { dispatch, type ServiceImpl } from '../../api/service/dispatch';

/** Must match the literal in preload.ts (which may import nothing but electron and the contract). */
export const CALL_CHANNEL = 'quire:call';

export async function answerCall(service: ServiceImpl, trusted: boolean, method: unknown, input: unknown): Promise<WireResult<unknown>> {
  if (!trusted) {
    return { ok: false, error: { code: 'unauthorized', message: 'call refused: it does not come from the Quire window' } };
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'bad_request', message: 'method name must be a string' } };
  }
  return dispatch(service, method, input);
}
