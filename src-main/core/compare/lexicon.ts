// The bilingual concept lexicon (resources/compare-lexicon.json): English, Russian and Ukrainian
// words of one concept ("expulsion" / "высылка" / "висилка") share one comparable key, so the
// statements of two languages meet on it; concepts of a frame group are rival words for one act.
// Each word is stemmed once here, the way terms are: Porter for English, Snowball for Russian,
// endings cut for Ukrainian.
import lexicon from '../../../resources/compare-lexicon.json';
import { stemOf } from '../claims/slavic/search-terms';
import { stem } from './stem';

interface ConceptEntry {
  id: string;
  en: readonly string[];
  ru: readonly string[];
  uk: readonly string[];
}

interface GroupEntry {
  act: string;
  frames: readonly (readonly ConceptEntry[])[];
}

export interface FrameUse {
  group: number;
  frame: number;
}

const GROUPS = lexicon.groups as readonly GroupEntry[];

/** Stem (English or Cyrillic) → the concept's key. */
const KEY_OF = new Map<string, string>();
/** Concept key → its place among rival frames. */
const FRAME_OF = new Map<string, FrameUse>();

const CYRILLIC = /[\u0400-\u04ff]/;

/** The stem a word of the lexicon or of a claim is grouped by. */
export const rawStem = (lower: string): string => (CYRILLIC.test(lower) ? stemOf(lower) : stem(lower));

function addConcept(c: ConceptEntry, use?: FrameUse): void {
  const key = `~${c.id}`;
  // A Cyrillic word of a claim is stemmed as Ukrainian only when it has a letter only Ukrainian has:
  // each Cyrillic word of the lexicon is keyed under both stemmers.
  const cyrillic = [...c.ru, ...c.uk];
  const stems = [...c.en.map((w) => stem(w.toLowerCase())), ...cyrillic.map((w) => stemOf(w)), ...cyrillic.map((w) => stemOf(w, true))];
  for (const s of stems) if (s && !KEY_OF.has(s)) KEY_OF.set(s, key);
  if (use && !FRAME_OF.has(key)) FRAME_OF.set(key, use);
}

GROUPS.forEach((g, group) => g.frames.forEach((concepts, frame) => concepts.forEach((c) => addConcept(c, { group, frame }))));
for (const c of lexicon.concepts as readonly ConceptEntry[]) addConcept(c);

/** The concept key of a stem, or the stem itself when no concept holds it. */
export const conceptKey = (s: string): string => KEY_OF.get(s) ?? s;

/** Where a key sits among rival frames, if anywhere. */
export const frameOf = (key: string): FrameUse | undefined => FRAME_OF.get(key);

/** What a frame group's act is (for reasons). */
export const frameAct = (group: number): string => GROUPS[group]?.act ?? 'it';
