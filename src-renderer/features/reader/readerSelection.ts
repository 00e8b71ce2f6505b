// The analyst's selection in the reader's text as offsets into the stored text. Every piece of
// text sits in an element carrying `data-start` (its offset), so a DOM point maps back exactly.

export interface TextSelection {
  start: number;
  end: number;
  /** Where it is on screen (for placing the annotation toolbar). */
  rect: { top: number; left: number; bottom: number; right: number };
}

function offsetAt(root: HTMLElement, node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = el?.closest<HTMLElement>('[data-start]');
  if (!run || !root.contains(run)) return null;
  return Number(run.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/** The current selection when both its ends lie in the reader text and it is not empty, else null. */
export function readSelection(root: HTMLElement | null): TextSelection | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const start = offsetAt(root, range.startContainer, range.startOffset);
  const end = offsetAt(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const r = range.getBoundingClientRect();
  return { start, end, rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right } };
}

/** Is the selection (collapsed or not) inside this element? */
export function selectionWithin(root: HTMLElement | null): boolean {
  const node = window.getSelection()?.anchorNode;
  return !!root && !!node && root.contains(node);
}

/** The DOM point of a stored-text offset: the text node whose run covers it (the first such). */
function pointAt(root: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const start = offsetAt(root, node, 0);
    if (start !== null && offset >= start && offset <= start + node.length) return { node, offset: offset - start };
  }
  return null;
}

/** A DOM range over stored-text offsets [start, end) in the reader text, or null when not shown. */
export function rangeForSpan(root: HTMLElement | null, start: number, end: number): Range | null {
  if (!root || end <= start) return null;
  const from = pointAt(root, start);
  const to = pointAt(root, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
