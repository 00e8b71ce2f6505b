// A read article made ready to store: its claims (checked against the text), entities and
// fingerprints. Pure: the same in a worker thread, inline, or a test. The content hash is the
// service's (it needs a digest).
import { extractClaims } from '../claims/index';
import type { ClaimDraft } from '../claims/types';
import { extractEntities, type Entity } from '../claims/entities';
import type { ArticleDraft } from '../ingest/types';
import { fingerprintOf, type Fingerprint } from './fingerprint';
import { languageRuns, type LanguageRun } from './languages';

export { fingerprintOf, type Fingerprint } from './fingerprint';
export { languageRuns, type LanguageRun } from './languages';

export interface Prepared {
  draft: ArticleDraft;
  claims: ClaimDraft[];
  /** People, organisations and places named, with their mentions (resolved across articles when stored). */
  entities: Entity[];
  fingerprint: Fingerprint;
  /** Each paragraph's language, as runs of paragraphs. */
  languages: LanguageRun[];
}

/** Only drafts whose offsets really point at their text are kept: offsets are sacred. */
export function checkedClaims(text: string, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const seen = new Set<string>();
  return drafts.filter((c) => {
    const key = `${c.start}:${c.end}`;
    const ok =
      (c.kind === 'direct' || c.kind === 'indirect') &&
      Number.isInteger(c.start) &&
      Number.isInteger(c.end) &&
      c.start >= 0 &&
      c.end > c.start &&
      c.end <= text.length &&
      text.slice(c.start, c.end) === c.text &&
      !seen.has(key);
    seen.add(key);
    return ok;
  });
}

/** A draft (already read) → claims, entities and fingerprints. */
export function prepareDraft(draft: ArticleDraft): Prepared {
  return {
    draft,
    claims: checkedClaims(draft.text, extractClaims(draft.text, { published: draft.published, language: draft.language })),
    entities: extractEntities(draft.text, draft.language),
    fingerprint: fingerprintOf(draft.text),
    languages: languageRuns(draft.text, draft.language),
  };
}
