import type { Fact, SaidOn } from './dates';
import type { Channel } from './provenance';

export type ClaimKind = 'direct' | 'indirect';
export type { Channel, Fact, SaidOn };

/** A statement found in an article's text, before the analyst has seen it. */
export interface ClaimDraft {
  kind: ClaimKind;
  /** Exactly `text.slice(start, end)` of the article. */
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  /** The title and role written with the speaker's name ("US Deputy Representative to the UN Ambassador"). */
  speakerRole?: string | null;
  /** How the statement was made: a tweet, a briefing, a written statement, a video… */
  channel?: Channel | null;
  /** The outlet or document the article relays it through ("CNN", "The New York Times"), when it did not hear it itself. */
  via?: string | null;
  /** When it was said, from the publication date and the expressions near the attribution; null without a publication date. */
  saidOn?: SaidOn | null;
  /** Numbers and dates stated in the claim, for comparison across articles. */
  facts?: Fact[];
}
