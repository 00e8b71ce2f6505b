// The note's content for autosave: the same JSON as JSON.stringify(editorState.toJSON()), but
// re-exporting only the top-level blocks that changed since the last save. A long note is saved
// every second while the analyst types; exporting all of its thousand blocks each time (and the
// garbage collection after) cost the keys typed meanwhile.
//
// A block is unchanged when every node of its subtree is the very object the last export saw:
// Lexical never mutates the nodes of a committed state, it clones a node to change it (and its
// parent when its children change), so any edit, undo or reload shows as a new object.
import { $getRoot, $isElementNode, type EditorState, type LexicalNode, type NodeKey, type SerializedElementNode, type SerializedLexicalNode } from 'lexical';

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

/**
 * A serializer for one editor. Its first answer is checked against EditorState.toJSON(); should
 * they ever differ (a node kind this export does not know), it uses toJSON() from then on.
 * (`check: false` leaves the check out: tests of the incremental export itself.)
 */
export function createNoteSerializer({ check = true }: { check?: boolean } = {}): (state: EditorState) => string {
  const blocks = new Map<NodeKey, Block>();
  let checked = !check;
  let trusted = true;
  const incremental = (state: EditorState): string =>
    state.read(() => {
      const root = $getRoot();
      const parts: string[] = [];
      const seen = new Set<NodeKey>();
      for (let c = root.getFirstChild(); c !== null; c = c.getNextSibling()) {
        const key = c.getKey();
        seen.add(key);
        let block = blocks.get(key);
        if (!block || !$unchanged(c, block.nodes)) {
          block = { nodes: $subtree(c), json: JSON.stringify($exportJSON(c)) };
          blocks.set(key, block);
        }
        parts.push(block.json);
      }
      for (const key of blocks.keys()) if (!seen.has(key)) blocks.delete(key);
      const head = JSON.stringify({ root: { ...root.exportJSON(), children: CHILDREN } });
      return head.replace(`"${CHILDREN}"`, () => `[${parts.join(',')}]`);
    });
  return (state) => {
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
  };
}
