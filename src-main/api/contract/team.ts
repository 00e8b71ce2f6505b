// Team mode in the contract: which team server this Quire talks to, and which local notes are
// shared documents of a case on it. Types and constants only (shared with the renderer and the
// sandboxed preload).

/** A case name on a team server: letters, digits, dot, dash, underscore. */
export const TEAM_CASE_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;
/** A shared note's document name on the team server: `<case>/note/<id>`. */
export const TEAM_NOTE_DOCUMENT = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}\/note\/[\w.-]{1,128}$/u;

/** The team server and who this analyst is on it (the token was printed by `quire team user add`). */
export interface TeamServer {
  url: string;
  token: string;
  /** The name other members see beside this analyst's cursor. */
  name: string;
}

/** A local note that is a shared document of a case. */
export interface TeamNoteLink {
  noteId: number;
  documentName: string;
  caseName: string;
  /**
   * False until the shared document has been seeded with the note's content: only the analyst who
   * shared the note seeds it, once; everyone else opens the document as the server holds it.
   */
  seeded: boolean;
}

export const caseOfDocument = (documentName: string): string => documentName.slice(0, documentName.indexOf('/'));

/** A review decision in a shared case: the claim's span by its article's content hash and offsets. */
export interface TeamDecision {
  hash: string;
  start: number;
  end: number;
  status: 'confirmed' | 'rejected' | 'suggested';
  speaker: string | null;
  by: string;
  at: string;
}

/** What applying a case's decisions did to the local store. */
export interface TeamApplied {
  applied: number;
  unchanged: number;
  /** Decisions on an article or a span this store does not hold. */
  unmatched: number;
}
