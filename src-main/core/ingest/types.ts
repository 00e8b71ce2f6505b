/** What a reader makes of one file, before it is stored. */
export interface ArticleDraft {
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO date YYYY-MM-DD, only when the article states one. */
  published: string | null;
  /** The cleaned body text that every offset will point into. */
  text: string;
}

export interface IngestInput {
  fileName: string;
  bytes: Uint8Array;
}

/** A file Quire cannot turn into an article; the message is shown to the user as is. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
