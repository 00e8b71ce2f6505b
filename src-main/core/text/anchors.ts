// Anchors: where an annotation sits in an article's text, as W3C Web Annotation selectors
// (TextQuoteSelector exact + prefix + suffix, TextPositionSelector start/end), and how an anchor
// is found again in a text — the same one (verification) or another (a near-duplicate).
//
// The rule: the position first, when the text there is the exact quote; else the one place where
// exact, prefix and suffix all match; otherwise the anchor is ORPHANED. It is never moved to a
// lookalike passage (the same words in other surroundings, or one of several equal passages).

/** How many characters of context a quote selector keeps on each side. */
export const CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Anchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Why an anchor could not be placed. */
export type OrphanReason =
  /** The exact words are nowhere in the text. */
  | 'quote_missing'
  /** The words are there, but never with the same words around them (a lookalike). */
  | 'context_changed'
  /** Several passages match equally: picking one would be a guess. */
  | 'ambiguous';

export type AnchorResult =
  | { anchored: true; start: number; end: number; by: 'position' | 'quote' }
  | { anchored: false; reason: OrphanReason };

/** The selectors for [start, end) of text (the caller has checked the range lies inside it). */
export function describeRange(text: string, start: number, end: number, context = CONTEXT_CHARS): Anchor {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Does the quote's context surround text[start, start + exact.length)? */
function contextMatches(text: string, quote: TextQuoteSelector, start: number): boolean {
  const end = start + quote.exact.length;
  if (start < quote.prefix.length) return false;
  return text.slice(start - quote.prefix.length, start) === quote.prefix && text.startsWith(quote.suffix, end);
}

/** Every index where `exact` starts in text (overlapping matches included). */
function occurrences(text: string, exact: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) out.push(i);
  return out;
}

export interface LocateOptions {
  /**
   * True when `text` is the text the position was taken from (an article's own immutable text):
   * the exact words at the position then settle it. In another text offsets mean nothing (text
   * may have been added before the passage), so only the unique quote-and-context match counts:
   * taking the candidate at the old offsets among several would be a guess.
   */
  sameText: boolean;
}

/** Finds the anchor in text by the rule above. */
export function locate(text: string, anchor: Anchor, options: LocateOptions): AnchorResult {
  const { exact } = anchor.quote;
  if (exact.length === 0) return { anchored: false, reason: 'quote_missing' };
  const { start } = anchor.position;
  if (options.sameText && start >= 0 && text.startsWith(exact, start)) {
    return { anchored: true, start, end: start + exact.length, by: 'position' };
  }
  const found = occurrences(text, exact);
  if (found.length === 0) return { anchored: false, reason: 'quote_missing' };
  const fitting = found.filter((i) => contextMatches(text, anchor.quote, i));
  if (fitting.length === 1) {
    const at = fitting[0] as number;
    return { anchored: true, start: at, end: at + exact.length, by: 'quote' };
  }
  return { anchored: false, reason: fitting.length === 0 ? 'context_changed' : 'ambiguous' };
}

/** The W3C selector list (quote first, as annotation clients expect) of an anchor. */
export const selectorsOf = (anchor: Anchor): [TextQuoteSelector, TextPositionSelector] => [anchor.quote, anchor.position];
