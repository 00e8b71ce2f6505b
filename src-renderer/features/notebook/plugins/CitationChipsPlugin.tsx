// Keeps every citation chip of the editor current and interactive without a React tree per
// chip: repaints chips when the citation store learns more, shows the hover card for the chip
// under the pointer, and opens the reader when a chip is clicked (one set of listeners on the
// editor's root for all chips).
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { CitationCard } from '../CitationCard';
import { knownEntry, loadContext, subscribeCitations, useCitationEntry, type ChipInfo } from '../citationStore';
import { useNotebookActions } from '../NotebookContext';
import { $isCitationNode, paintChip } from '../nodes/CitationNode';

const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 200;

/** The chip element an event happened in, and the citation target it shows. */
function chipOf(target: EventTarget | null): { chip: HTMLElement; target: string } | null {
  const chip = target instanceof Element ? target.closest<HTMLElement>('.citation-chip') : null;
  const cite = chip?.parentElement?.dataset.citation;
  return chip && cite ? { chip, target: cite } : null;
}

function readyInfo(target: string): ChipInfo | null {
  const entry = knownEntry(target);
  return entry?.status === 'ready' ? entry.info : null;
}

export function CitationChipsPlugin(): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const actions = useNotebookActions();
  const [hovered, setHovered] = useState<{ target: string; anchor: HTMLElement } | null>(null);
  const timer = useRef<number | null>(null);
  // Bumped when the hovered chip's display changes, so the card shows the new state.
  const [, setToggles] = useState(0);
  const entry = useCitationEntry(hovered?.target ?? null);

  const clear = (): void => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => clear, []);
  const hide = useCallback(() => {
    clear();
    setHovered(null);
  }, []);
  const leave = useCallback(() => {
    clear();
    timer.current = window.setTimeout(() => setHovered(null), HIDE_DELAY_MS);
  }, []);
  const keep = useCallback(() => clear(), []);

  const open = useCallback(
    (target: string) => {
      const info = readyInfo(target);
      hide();
      if (!info || info.articleId === null) return;
      // An article-span citation ("article:3@10-52") opens the reader at exactly its words.
      const span = /@(\d+)-(\d+)$/.exec(target);
      actions.openArticle(info.articleId, info.claimId, span ? { start: Number(span[1]), end: Number(span[2]) } : undefined);
    },
    [actions, hide],
  );

  // Repaint chips whose entry changed (a lookup finished, a save re-checked the citations).
  useEffect(
    () =>
      subscribeCitations(() => {
        const root = editor.getRootElement();
        if (!root) return;
        for (const el of root.querySelectorAll<HTMLElement>('.citation[data-citation]')) {
          const chip = el.firstElementChild;
          const e = knownEntry(el.dataset.citation ?? '');
          if (chip instanceof HTMLElement && e) paintChip(chip, e);
        }
      }),
    [editor],
  );

  // Hover and click, delegated from the editor's root.
  useEffect(() => {
    let root: HTMLElement | null = null;
    const over = (e: MouseEvent): void => {
      const hit = chipOf(e.target);
      if (!hit) return;
      const info = readyInfo(hit.target);
      if (!info || info.broken || !info.quote) return;
      clear();
      timer.current = window.setTimeout(() => {
        void loadContext(hit.target);
        setHovered({ target: hit.target, anchor: hit.chip });
      }, SHOW_DELAY_MS);
    };
    const out = (e: MouseEvent): void => {
      const hit = chipOf(e.target);
      if (!hit || (e.relatedTarget instanceof Node && hit.chip.contains(e.relatedTarget))) return;
      leave();
    };
    const click = (e: MouseEvent): void => {
      const hit = chipOf(e.target);
      if (hit) open(hit.target);
    };
    const detach = (): void => {
      root?.removeEventListener('mouseover', over);
      root?.removeEventListener('mouseout', out);
      root?.removeEventListener('click', click);
    };
    const unregister = editor.registerRootListener((next) => {
      detach();
      root = next;
      root?.addEventListener('mouseover', over);
      root?.addEventListener('mouseout', out);
      root?.addEventListener('click', click);
    });
    return () => {
      unregister();
      detach();
    };
  }, [editor, leave, open]);

  if (!hovered || entry?.status !== 'ready' || !hovered.anchor.isConnected) return null;
  const node = (): ReturnType<typeof $getNearestNodeFromDOMNode> => $getNearestNodeFromDOMNode(hovered.anchor);
  // editor.read, not editorState.read: finding a node from its DOM needs the editor active.
  const noteOnly = editor.read(() => {
    const n = node();
    return $isCitationNode(n) && n.getDisplay() === 'note';
  });
  return (
    <CitationCard
      info={entry.info}
      anchor={hovered.anchor}
      onEnter={keep}
      onLeave={leave}
      onOpen={() => open(hovered.target)}
      noteOnly={noteOnly}
      onNoteOnly={(on) =>
        editor.update(() => {
          const n = node();
          if ($isCitationNode(n)) n.setDisplay(on ? 'note' : 'inline');
        }, { onUpdate: () => setToggles((t) => t + 1) })
      }
    />
  );
}
