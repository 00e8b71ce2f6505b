/** Where a citation points (mirrors the contract's CitationRef; core imports nothing above it). */
export type CitationRef =
  | { kind: 'claim'; claimId: number }
  | { kind: 'article'; articleId: number; start: number; end: number };

/** What the service needs from a note's Lexical JSON. */
export interface NoteContentFacts {
  /** Plain text, paragraphs separated by blank lines; citations appear as their quote marker. */
  text: string;
  citations: CitationRef[];
  /** Ids of notes this note links to. */
  links: number[];
  /** Ids of entities this note links to. */
  entityLinks: number[];
}
