/** What a reader makes of one file (or one paste), before it is stored. */
export interface ArticleDraft {
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO date YYYY-MM-DD, only when the article states one. */
  published: string | null;
  /** BCP-47 primary language ('en', 'ru', …) as declared by the page or detected; null when unsure. */
  language: string | null;
  url: string | null;
  format: 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'paste';
  /** The cleaned body text that every offset will point into. */
  text: string;
  /** The body before boilerplate removal (header lines, furniture and repeats still in it). */
  rawText: string;
  /** Ranges of rawText that cleaning removed (sorted, non-overlapping, half-open). */
  removed: { start: number; end: number }[];
}

export interface IngestInput {
  fileName: string;
  bytes: Uint8Array;
}

/** Larger files are refused before any decoding. */
export const MAX_INGEST_BYTES = 50 * 1024 * 1024;

/** A file Quire cannot turn into an article; the message is shown to the user as is (one line). */
export class IngestError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'IngestError';
  }
}
