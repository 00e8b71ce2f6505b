/** The metadata fields an article carries, each with where its value came from. */
export const METADATA_FIELDS = ['title', 'outlet', 'author', 'published', 'updated', 'language', 'url'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/**
 * Where a metadata value was found: the page's <meta> tags or JSON-LD, the <title> element or
 * headline line, a byline, a wire dateline, a date line ("Updated: …"), a copyright or credit
 * line, a <time> element, PDF document info, DOCX core properties, the file name, the lead
 * sentence (a title made from it), the body's language as detected, or the analyst.
 */
export const METADATA_SOURCES = ['meta', 'json-ld', 'title-element', 'headline', 'byline', 'dateline', 'date-line', 'copyright', 'time-element', 'canonical-link', 'html-lang', 'pdf-info', 'docx-properties', 'file-name', 'lead', 'detected', 'analyst'] as const;
export type MetadataSource = (typeof METADATA_SOURCES)[number];
export type MetadataSources = Partial<Record<MetadataField, MetadataSource>>;

/** What a reader makes of one file (or one paste), before it is stored. */
export interface ArticleDraft {
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO date YYYY-MM-DD, only when the article states one. */
  published: string | null;
  /** ISO date of the last update the article states ("Updated: …", dateModified), apart from published. */
  updated: string | null;
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
  /** Where each metadata value that is set came from. */
  sources: MetadataSources;
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
