// The note's content for autosave: the same JSON as JSON.stringify(editorState.toJSON()), but
// re-exporting only the top-level blocks that changed since the last save. A long note is saved
// every second while the analyst types; exporting all of its thousand blocks each time (and the
// garbage collection after) cost the keys typed meanwhile.
//
// Which blocks changed is known two ways:
// - From the editor's updates (`changed`, an update listener): Lexical marks every node it
//   changes dirty, and each of its ancestors too, so the dirty keys under the root are the
//   changed blocks. This costs nothing per save beyond the blocks themselves.
// - When an update does not say (an undo or any setEditorState replaces the whole state, or a
//   state the listener never saw), by identity: Lexical never mutates the nodes of a committed
//   state, it clones a node to change it, so a block is unchanged when every node of its subtree
//   is the very object the last export saw.
import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  type EditorState,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
  type SerializedLexicalNode,
  type UpdateListenerPayload,
} from 'lexical';

interface Block {
  /** The subtree's nodes in document order, as last exported. */
  nodes: LexicalNode[];
  json: string;
}

function $subtree(node: LexicalNode, out: LexicalNode[] = []): LexicalNode[] {
  out.push(node);
  if ($isElementNode(node)) for (let c = node.getFirstChild(); c !== null; c = c.getNextSibling()) $subtree(c, out);
  return out;
}

/** True when `node`'s subtree is exactly `nodes` (same objects, same order). */
function $unchanged(node: LexicalNode, nodes: readonly LexicalNode[]): boolean {
  let i = 0;
  const walk = (n: LexicalNode): boolean => {
    if (nodes[i++] !== n) return false;
    if ($isElementNode(n)) for (let c = n.getFirstChild(); c !== null; c = c.getNextSibling()) if (!walk(c)) return false;
    return true;
  };
  return walk(node) && i === nodes.length;
}

/** A node and its children as EditorState.toJSON() writes them. */
function $exportJSON(node: LexicalNode): SerializedLexicalNode {
  const json = node.exportJSON();
  if ($isElementNode(node)) {
    const children = (json as SerializedElementNode).children;
    for (let c = node.getFirstChild(); c !== null; c = c.getNextSibling()) children.push($exportJSON(c));
  }
  return json;
}

/** Stands for the root's children while the root's own fields are written. */
const CHILDREN = '@@quire-note-children@@';

export interface NoteSerializer {
  /** The note's JSON for this state. */
  serialize(state: EditorState): string;
  /** Every update of the editor (register it with registerUpdateListener). */
  changed(update: Pick<UpdateListenerPayload, 'editorState' | 'prevEditorState' | 'dirtyElements' | 'dirtyLeaves' | 'tags'>): void;
}

/**
 * A serializer for one editor. Its first answer is checked against EditorState.toJSON(); should
 * they ever differ (a node kind this export does not know), it uses toJSON() from then on.
 * (`check: false` leaves the check out: tests of the incremental export itself.)
 */
export function createNoteSerializer({ check = true }: { check?: boolean } = {}): NoteSerializer {
  const blocks = new Map<NodeKey, Block>();
  let checked = !check;
  let trusted = true;
  /** The newest state `changed` or `serialize` saw; `dirty` holds what changed up to it. */
  let seen: EditorState | null = null;
  /** Top-level blocks changed since the last export. */
  const dirty = new Set<NodeKey>();
  /** An update did not say what it changed: compare every block by identity next time. */
  let unknown = true;

  const incremental = (state: EditorState): string =>
    state.read(() => {
      const byDirt = !unknown && state === seen;
      const root = $getRoot();
      const parts: string[] = [];
      const present = new Set<NodeKey>();
      for (let c = root.getFirstChild(); c !== null; c = c.getNextSibling()) {
        const key = c.getKey();
        present.add(key);
        let block = blocks.get(key);
        if (!block || (byDirt ? dirty.has(key) : !$unchanged(c, block.nodes))) {
          block = { nodes: $subtree(c), json: JSON.stringify($exportJSON(c)) };
          blocks.set(key, block);
        }
        parts.push(block.json);
      }
      for (const key of blocks.keys()) if (!present.has(key)) blocks.delete(key);
      dirty.clear();
      unknown = false;
      seen = state;
      const head = JSON.stringify({ root: { ...root.exportJSON(), children: CHILDREN } });
      return head.replace(`"${CHILDREN}"`, () => `[${parts.join(',')}]`);
    });

  return {
    serialize(state) {
      if (!trusted) return JSON.stringify(state.toJSON());
      const json = incremental(state);
      if (!checked) {
        checked = true;
        const full = JSON.stringify(state.toJSON());
        if (json !== full) {
          trusted = false;
          return full;
        }
      }
      return json;
    },
    changed({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) {
      // A state that came in unseen, an undo, or a whole state set at once (setEditorState marks
      // only the root dirty): nothing says which blocks changed.
      const whole = tags.has('historic') || (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root'));
      if (prevEditorState !== seen || whole) unknown = true;
      seen = editorState;
      if (unknown || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      editorState.read(() => {
        const mark = (key: NodeKey): void => {
          if (key !== 'root' && $getNodeByKey(key)?.getParent()?.getKey() === 'root') dirty.add(key);
        };
        for (const key of dirtyElements.keys()) mark(key);
        for (const key of dirtyLeaves) mark(key);
      });
    },
  };
}
