// An inline citation: it stores only where it points (the contract's SerializedCitation) and
// shows the quoted words and the speaker, looked up through the API.
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import { DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey } from 'lexical';
import { NODE_TYPES, citationTarget, type CitationRef, type SerializedCitation } from '../../../../src-main/api/contract/methods';
import { speakerClass } from '../../../components/speaker';
import { CitationCard } from '../CitationCard';
import { loadContext, useCitation } from '../citationStore';
import { useNotebookActions } from '../NotebookContext';

const CHIP_WORDS = 32;

/** “What’s happening is not an…” — a quote cut at a word boundary near CHIP_WORDS characters. */
export function shortQuote(quote: string, max = CHIP_WORDS): string {
  const q = quote.replace(/\s+/g, ' ').trim().replace(/^[“"‘']+|[”"’']+$/g, '');
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?—–-]+$/, '')}…`;
}

function isRef(value: unknown): value is CitationRef {
  const r = value as Record<string, unknown> | null;
  if (!r || typeof r !== 'object') return false;
  if (r.kind === 'claim') return Number.isInteger(r.claimId);
  return r.kind === 'article' && Number.isInteger(r.articleId) && Number.isInteger(r.start) && Number.isInteger(r.end);
}

const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 200;

/** Shows the hover card after a short pause on the chip; keeps it while the pointer is on the card. */
function useHover(onShow: () => void): { shown: boolean; enter: () => void; leave: () => void; hide: () => void } {
  const [shown, setShown] = useState(false);
  const timer = useRef<number | null>(null);
  const clear = (): void => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => clear, []);
  const enter = useCallback(() => {
    clear();
    timer.current = window.setTimeout(() => {
      onShow();
      setShown(true);
    }, SHOW_DELAY_MS);
  }, [onShow]);
  const leave = useCallback(() => {
    clear();
    timer.current = window.setTimeout(() => setShown(false), HIDE_DELAY_MS);
  }, []);
  const hide = useCallback(() => {
    clear();
    setShown(false);
  }, []);
  return { shown, enter, leave, hide };
}

function CitationChip({ citation }: { citation: CitationRef }): JSX.Element {
  const entry = useCitation(citation);
  const actions = useNotebookActions();
  const [chip, setChip] = useState<HTMLSpanElement | null>(null);
  const target = citationTarget(citation);
  const onShow = useCallback(() => void loadContext(target), [target]);
  const hover = useHover(onShow);
  if (entry.status === 'loading') {
    return <span className="citation-chip loading">citation…</span>;
  }
  const { info } = entry;
  if (info.broken || !info.quote) {
    return (
      <span
        className="citation-chip broken"
        title="Broken citation: the cited claim or article is gone or no longer matches"
        data-broken="true"
        onClick={() => info.articleId !== null && actions.openArticle(info.articleId, info.claimId)}
      >
        broken citation
      </span>
    );
  }
  const open = (): void => {
    hover.hide();
    if (info.articleId !== null) actions.openArticle(info.articleId, info.claimId);
  };
  return (
    <>
      <span
        ref={setChip}
        className={`citation-chip ${speakerClass(info.speaker)}`}
        aria-label={`“${info.quote}”${info.speaker ? ` — ${info.speaker}` : ''}`}
        role="link"
        onClick={open}
        onMouseEnter={hover.enter}
        onMouseLeave={hover.leave}
      >
        <span className="chip-quote">“{shortQuote(info.quote)}”</span>
        {info.speaker && <span className="chip-speaker"> — {info.speaker}</span>}
      </span>
      {hover.shown && chip && (
        <CitationCard info={info} anchor={chip} onEnter={hover.enter} onLeave={hover.leave} onOpen={open} />
      )}
    </>
  );
}

export class CitationNode extends DecoratorNode<JSX.Element> {
  __ref: CitationRef;

  static override getType(): string {
    return NODE_TYPES.citation;
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__ref, node.__key);
  }

  static override importJSON(serialized: Record<string, unknown>): CitationNode {
    const ref = serialized.ref;
    // A malformed ref still loads (and shows as broken) rather than losing the note.
    return $createCitationNode(isRef(ref) ? ref : { kind: 'claim', claimId: 0 });
  }

  constructor(ref: CitationRef, key?: NodeKey) {
    super(key);
    this.__ref = ref;
  }

  getRef(): CitationRef {
    return this.getLatest().__ref;
  }

  override exportJSON(): SerializedCitation {
    return { type: NODE_TYPES.citation, version: 1, ref: { ...this.getLatest().__ref } };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const span = document.createElement('span');
    span.className = 'citation';
    span.setAttribute('data-citation', citationTarget(this.__ref));
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return <CitationChip citation={this.__ref} />;
  }
}

export function $createCitationNode(ref: CitationRef): CitationNode {
  return new CitationNode(ref);
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
