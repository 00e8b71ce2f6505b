// A document's stored pieces folded into one state: through a Y.Doc, so garbage collection drops
// deleted content (a plain merge of updates would keep it).
import * as Y from 'yjs';

export function foldUpdates(pieces: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => {
      for (const p of pieces) Y.applyUpdate(doc, p);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
