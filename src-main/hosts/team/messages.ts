// What a client's message carries, read before Hocuspocus handles it: the Yjs update inside a sync
// message (step 2 or update), which must be stored, or checked against the role, first.
import * as decoding from 'lib0/decoding';

/** Hocuspocus's message type for Yjs sync messages, and y-protocols' sync steps that carry an update. */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a message carries, or null for any other message (awareness, auth, state vectors). */
export function updateOf(message: Uint8Array): Uint8Array | null {
  try {
    const d = decoding.createDecoder(message);
    decoding.readVarString(d);
    if (decoding.readVarUint(d) !== MESSAGE_SYNC) return null;
    const step = decoding.readVarUint(d);
    return step === SYNC_STEP_2 || step === SYNC_UPDATE ? decoding.readVarUint8Array(d) : null;
  } catch {
    return null;
  }
}

/** Document names: `<case>/<kind>/<id>`; access is granted per case. */
export function caseOf(documentName: string): string | null {
  const m = /^([\p{L}\p{N}][\p{L}\p{N}._-]{0,63})\/[a-z]+\/[\w.-]{1,128}$/u.exec(documentName);
  return m ? (m[1] as string) : null;
}

/** The content hash a blob document (`<case>/blob/<sha256>`) is addressed by, or null for any other document. */
export function blobHashOf(documentName: string): string | null {
  const m = /\/blob\/([0-9a-f]{64})$/.exec(documentName);
  return m ? (m[1] as string) : null;
}

/** What the server says to a client over Hocuspocus's stateless channel. */
export type ServerNotice = { type: 'refused'; reason: string } | { type: 'version'; id: number; label: string };
export const REFUSED_VIEWER = 'you are a viewer of this case: the server refused your change and stored nothing';
export const REFUSED_BLOB = 'an article body is written once, with the text its content hash names: the server refused this change';
