export type ClaimKind = 'direct' | 'indirect';

/** A statement found in an article's text, before the analyst has seen it. */
export interface ClaimDraft {
  kind: ClaimKind;
  /** Exactly `text.slice(start, end)` of the article. */
  text: string;
  speaker: string | null;
  start: number;
  end: number;
}
