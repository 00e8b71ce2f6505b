// Annotations (#5) in the contract: highlights, comments and tags on an article's text, anchored
// by W3C Web Annotation selectors, and the tag ↔ colour legend. Types and constants only (shared
// with the renderer and the sandboxed preload).

/** The highlight colours the legend offers; any #rrggbb is accepted too. */
export const ANNOTATION_PALETTE = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange', 'red', 'gray'] as const;
export type PaletteColor = (typeof ANNOTATION_PALETTE)[number];
/** A palette name or a hex colour such as #1f77b4. */
export type AnnotationColor = PaletteColor | `#${string}`;
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** What an annotation with neither its own colour nor a tag is shown in. */
export const DEFAULT_ANNOTATION_COLOR: PaletteColor = 'yellow';

export const MAX_TAG_NAME = 40;
export const MAX_TAGS_PER_ANNOTATION = 12;
export const MAX_COMMENT = 10_000;
export const MAX_TAG_DESCRIPTION = 300;
/** Letters, digits, spaces and - _ . / & ' + # : a name readable in a legend and on the command line. */
export const TAG_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} _./&'+#-]*[\p{L}\p{M}\p{N}_.&'+#])?$/u;

/** W3C Web Annotation: the quoted words with the text just before and after them. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation: UTF-16 offsets into the article's stored text (the contract's unit). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type OrphanReason = 'quote_missing' | 'context_changed' | 'ambiguous';

export interface Annotation {
  id: number;
  articleId: number;
  /** Where it is anchored now (for an orphan: where it was in the text it came from). */
  start: number;
  end: number;
  /** The exact annotated words (for an anchored annotation: article.text.slice(start, end)). */
  quote: string;
  prefix: string;
  suffix: string;
  comment: string;
  /** Tag names, in the legend's order. */
  tags: string[];
  /** The annotation's own colour; null: its first tag's colour, else the default. */
  color: AnnotationColor | null;
  /** The colour it is shown in (own colour, else first tag's, else the default). */
  displayColor: AnnotationColor;
  /** orphaned: its quote could not be placed in this article's text; never shown as a highlight. */
  state: 'anchored' | 'orphaned';
  orphanReason: OrphanReason | null;
  /** The annotation (in another article) this one was carried over from. */
  carriedFrom: number | null;
  /** The W3C selectors: [TextQuoteSelector, TextPositionSelector]. */
  selectors: [TextQuoteSelector, TextPositionSelector];
  createdAt: string;
  updatedAt: string;
}

/** A tag of the legend: what a highlight colour means. */
export interface AnnotationTag {
  id: number;
  name: string;
  color: AnnotationColor;
  description: string;
  /** Annotations carrying it. */
  annotations: number;
}

export interface CarryOutcome {
  /** Placed in the target text (by their unique quote and context). */
  carried: Annotation[];
  /** Stored on the target as orphaned: their quote did not match there (never moved to a lookalike). */
  orphaned: Annotation[];
  /** Already carried over earlier (nothing done). */
  skipped: number;
}

/** A note's citation of an article span that is (exactly) an annotation. */
export interface CitedAnnotation {
  /** The citation's target ("article:3@10-52"), as CitationView.target. */
  target: string;
  annotation: Annotation;
}
