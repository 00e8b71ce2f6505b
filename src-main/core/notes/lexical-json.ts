// Reads a note's Lexical editor state (EditorState.toJSON()) without Lexical itself: the service
// needs the plain text, the citations, the note links and the entity links of a note it is asked to save.
import type { CitationRef, NoteContentFacts } from './types';

/** Node type names the renderer registers (kept equal to the contract's NODE_TYPES). */
export const CITATION_TYPE = 'quire-citation';
export const NOTE_LINK_TYPE = 'quire-note-link';
export const ENTITY_LINK_TYPE = 'quire-entity-link';

/** A serialized Lexical node as far as this module cares. */
export interface LexicalJsonNode {
  type: string;
  children?: LexicalJsonNode[];
  text?: string;
  [key: string]: unknown;
}

// Table cells are blocks too, so each cell's text stays apart in the note's plain text.
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow', 'tablecell', 'code']);

function isNode(value: unknown): value is LexicalJsonNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

const positiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const offset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The citation target a serialized CitationNode holds, or null when it is malformed. */
export function citationRefOf(node: LexicalJsonNode): CitationRef | null {
  const ref = node.ref as Record<string, unknown> | undefined;
  if (!ref || typeof ref !== 'object') return null;
  if (ref.kind === 'claim' && positiveInt(ref.claimId)) return { kind: 'claim', claimId: ref.claimId };
  if (ref.kind === 'article' && positiveInt(ref.articleId) && offset(ref.start) && offset(ref.end) && ref.end > ref.start) {
    return { kind: 'article', articleId: ref.articleId, start: ref.start, end: ref.end };
  }
  return null;
}

/** Parses and checks the root of a Lexical state; throws with a readable message otherwise. */
export function parseLexicalRoot(json: string): LexicalJsonNode {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new Error('note content is not valid JSON');
  }
  const root = (state as { root?: unknown } | null)?.root;
  if (!isNode(root) || root.type !== 'root' || !Array.isArray(root.children)) {
    throw new Error('note content is not a Lexical editor state (no root node)');
  }
  return root;
}

export function childrenOf(node: LexicalJsonNode): LexicalJsonNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

export function parseNoteContent(json: string): NoteContentFacts {
  const root = parseLexicalRoot(json);
  const citations: CitationRef[] = [];
  const links: number[] = [];
  const entityLinks: number[] = [];
  const blocks: string[] = [];

  const inline = (node: LexicalJsonNode): string => {
    if (node.type === CITATION_TYPE) {
      const ref = citationRefOf(node);
      if (!ref) throw new Error('a citation in the note has no valid target');
      citations.push(ref);
      return '';
    }
    if (node.type === NOTE_LINK_TYPE) {
      if (positiveInt(node.noteId)) links.push(node.noteId);
      return typeof node.title === 'string' ? node.title : '';
    }
    if (node.type === ENTITY_LINK_TYPE) {
      if (positiveInt(node.entityId)) entityLinks.push(node.entityId);
      return typeof node.name === 'string' ? node.name : '';
    }
    if (node.type === 'linebreak') return '\n';
    if (node.type === 'tab') return '\t';
    if (typeof node.text === 'string') return node.text;
    return childrenOf(node).map(inline).join('');
  };

  const block = (node: LexicalJsonNode): void => {
    const kids = childrenOf(node);
    if (kids.some((k) => BLOCK_TYPES.has(k.type))) {
      kids.forEach((k) => (BLOCK_TYPES.has(k.type) ? block(k) : blocks.push(inline(k))));
      return;
    }
    blocks.push(kids.map(inline).join(''));
  };

  childrenOf(root).forEach(block);
  return {
    text: blocks.map((b) => b.trim()).filter(Boolean).join('\n\n'),
    citations,
    links: [...new Set(links)],
    entityLinks: [...new Set(entityLinks)],
  };
}
