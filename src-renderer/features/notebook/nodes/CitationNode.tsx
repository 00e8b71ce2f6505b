// An inline citation: it stores only where it points (the contract's SerializedCitation) and
// shows the quoted words and the speaker, looked up through the citation store. The chip is
// plain DOM painted by paintChip (no React portal per chip: a note with a thousand citations
// opens and types as fast as one without); CitationChipsPlugin repaints chips when the store
// learns more, and handles hover and click for all of them.
import { DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey } from 'lexical';
import { NODE_TYPES, citationTarget, type CitationRef, type SerializedCitation } from '../../../../src-main/api/contract/methods';
import { speakerClass } from '../../../components/speaker';
import { citationEntry, type ChipEntry } from '../citationStore';

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

/** The entry each chip element shows (so an unchanged entry is not repainted). */
const painted = new WeakMap<HTMLElement, ChipEntry>();

/** Renders `entry` into a chip element: loading, broken, or the short quote and its speaker. */
export function paintChip(chip: HTMLElement, entry: ChipEntry): void {
  const before = painted.get(chip);
  if (before === entry) return;
  painted.set(chip, entry);
  if (before) {
    chip.replaceChildren();
    for (const a of ['aria-label', 'title', 'role', 'data-broken']) chip.removeAttribute(a);
  }
  if (entry.status === 'loading') {
    chip.className = 'citation-chip loading';
    chip.textContent = 'citation…';
    return;
  }
  const { info } = entry;
  if (info.broken || !info.quote) {
    chip.className = 'citation-chip broken';
    chip.title = 'Broken citation: the cited claim or article is gone or no longer matches';
    chip.dataset.broken = 'true';
    chip.textContent = 'broken citation';
    return;
  }
  chip.className = `citation-chip ${speakerClass(info.speaker)}`;
  chip.setAttribute('role', 'link');
  chip.setAttribute('aria-label', `“${info.quote}”${info.speaker ? ` — ${info.speaker}` : ''}`);
  const quote = document.createElement('span');
  quote.className = 'chip-quote';
  quote.textContent = `“${shortQuote(info.quote)}”`;
  chip.append(quote);
  if (info.speaker) {
    const speaker = document.createElement('span');
    speaker.className = 'chip-speaker';
    speaker.textContent = ` — ${info.speaker}`;
    chip.append(speaker);
  }
}

/** How a brief shows a citation: its quoted words in the sentence (default) or only in the note. */
export type CitationDisplay = 'inline' | 'note';

export class CitationNode extends DecoratorNode<null> {
  __ref: CitationRef;
  __display: CitationDisplay;

  static override getType(): string {
    return NODE_TYPES.citation;
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__ref, node.__key, node.__display);
  }

  static override importJSON(serialized: Record<string, unknown>): CitationNode {
    const ref = serialized.ref;
    // A malformed ref still loads (and shows as broken) rather than losing the note.
    return $createCitationNode(isRef(ref) ? ref : { kind: 'claim', claimId: 0 }, serialized.display === 'note' ? 'note' : 'inline');
  }

  constructor(ref: CitationRef, key?: NodeKey, display: CitationDisplay = 'inline') {
    super(key);
    this.__ref = ref;
    this.__display = display;
  }

  getRef(): CitationRef {
    return this.getLatest().__ref;
  }

  getDisplay(): CitationDisplay {
    return this.getLatest().__display;
  }

  setDisplay(display: CitationDisplay): void {
    this.getWritable().__display = display;
  }

  override exportJSON(): SerializedCitation {
    const self = this.getLatest();
    return { type: NODE_TYPES.citation, version: 1, ref: { ...self.__ref }, ...(self.__display === 'note' ? { display: 'note' as const } : {}) };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const span = document.createElement('span');
    span.className = this.__display === 'note' ? 'citation note-only' : 'citation';
    span.setAttribute('data-citation', citationTarget(this.__ref));
    const chip = document.createElement('span');
    paintChip(chip, citationEntry(this.__ref));
    span.append(chip);
    return span;
  }

  override updateDOM(prev: CitationNode, dom: HTMLElement): false {
    if (prev.__display !== this.__display) dom.classList.toggle('note-only', this.__display === 'note');
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  /** The chip is painted in createDOM and by CitationChipsPlugin: nothing for React to mount. */
  override decorate(): null {
    return null;
  }
}

export function $createCitationNode(ref: CitationRef, display: CitationDisplay = 'inline'): CitationNode {
  return new CitationNode(ref, undefined, display);
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
