// A claim's words as comparable terms: stemmed content words with their offsets, each marked
// asserted, negated ("not an expulsion", "didn't initiate it", "denied expelling") or
// hypothetical (inside an "if …" clause: neither asserted nor denied).
import { wordsIn } from '../text/words';
import { stem } from './stem';

export type Mode = 'asserted' | 'negated' | 'hypothetical';

export interface Term {
  /** The grouping key ({@link stem}). */
  key: string;
  /** The word as written. */
  surface: string;
  /** Offsets in the claim's text. */
  start: number;
  end: number;
  mode: Mode;
  /** Offset where the negation that covers it starts (negated terms only). */
  negStart?: number;
  /** Where the negating words end when they follow the term ("… are false"). */
  negEnd?: number;
  /** Written with a capital inside the sentence: part of a name. */
  name: boolean;
}

/** Function words, reporting verbs and other light words that say nothing about the topic. */
const STOP = new Set(
  (
    'a about above across after again against all almost along already also although always am among an and another ' +
    'any anyone anything are around as at back be became because become becomes been before being below between both ' +
    'but by can could did do does doing done down during each either else enough even ever every few for from further ' +
    'had has have having he her here hers herself him himself his how however i if in into is it its itself just least ' +
    'less let like likely many may me might more most much must my myself neither no nor not now of off often on once ' +
    'one only or other others otherwise our ours ourselves out over own per perhaps rather same she should since so some ' +
    'such than that the their theirs them themselves then there these they this those though through thus to too toward ' +
    'towards under until up upon us very via was we well were what whatever when where whether which while who whom whose ' +
    'why will with within without would yet you your yours yourself ' +
    // reporting and light verbs: who says something is not what it is about
    'say says said saying tell tells told telling add adds added state states stated note noted claim claims claimed ' +
    'according announce announced report reported reporting comment commented remark remarked insist insisted ' +
    'happen happens happened happening amount amounts amounted constitute constitutes constituted mean means meant ' +
    'seem seems seemed appear appears appeared get gets got go goes went gone make makes made take takes took taken ' +
    'come comes came give gives gave given put puts way thing things something nothing everything anybody somebody ' +
    'today yesterday tomorrow week weeks month year years day days time times ago now ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr also yes ok really still due able unable s t ' +
    // numbers are compared as facts, not as words
    'two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands million ' +
    'millions billion billions first second third half'
  ).split(/\s+/),
);

/** Words that negate the words right after them ("not an expulsion"). */
const NEGATOR = new Set(['not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'cannot', 'without']);
/** Verbs that deny a whole clause ("denied that troops had crossed the border"). */
const DENIAL = new Set(['deny', 'denies', 'denied', 'denying', 'refute', 'refutes', 'refuted', 'dismissed', 'dismisses']);
/** Words that open a hypothetical clause. */
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'lest']);
/** Words that end a clause (as punctuation does). */
const CLAUSE_BREAK = new Set(['but', 'then', 'because', 'while', 'although', 'though', 'whereas', 'yet']);

/** How many content words after a negator it covers (a denial verb covers more). */
const NEGATION_REACH = 2;
const DENIAL_REACH = 4;

const foldApostrophe = (w: string): string => w.replace(/’/g, "'");

/** True when a negator ends the word: "didn't", "wasn’t", "can't". */
const negatedContraction = (w: string): boolean => /n't$/i.test(foldApostrophe(w));

export const isStopword = (lower: string): boolean => STOP.has(lower);

/** Keys of a word: '' for stopwords, numbers and one-letter words. */
export function termKey(word: string): string {
  const w = foldApostrophe(word).toLowerCase().replace(/'s$/, '').replace(/\.$/, '');
  if (w.length < 2 || STOP.has(w) || NEGATOR.has(w) || DENIAL.has(w) || /\d/.test(w) || negatedContraction(w)) return '';
  // Dotted abbreviations ("U.S.", "U.N.") keep their letters as the key.
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(w)) return w.replace(/\./g, '');
  return stem(w.replace(/['.]/g, ''));
}

/**
 * "Reports of an expulsion are false", "claims that troops crossed are baseless": what the
 * reports say is denied (group 1: the reported words).
 */
const DISMISSED = /\b(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?|statements?)\b([^.;!?]{1,200}?)\b(?:is|are|was|were)\s+(?:(?:completely|totally|utterly|simply|absolutely|entirely)\s+)?(?:false|untrue|baseless|groundless|unfounded|fabricated|fake|nonsense|lies|a lie|fiction)\b/giu;

/** Marks the terms inside dismissed reports negated (from the report word on). */
function markDismissed(text: string, terms: Term[]): void {
  DISMISSED.lastIndex = 0;
  for (let m = DISMISSED.exec(text); m; m = DISMISSED.exec(text)) {
    const from = m.index + m[0].indexOf(m[1]!);
    const to = from + m[1]!.length;
    for (const t of terms) {
      if (t.start >= from && t.end <= to && t.mode === 'asserted' && !t.name) {
        t.mode = 'negated';
        t.negStart = m.index;
        t.negEnd = m.index + m[0].length;
      }
    }
  }
}

/** The terms of `text`, in order. */
export function termsOf(text: string): Term[] {
  const words = wordsIn(text);
  const out: Term[] = [];
  let negFrom = -1;
  let negLeft = 0;
  let denial = false;
  let hypothetical = false;
  let prevEnd = 0;
  words.forEach((w, i) => {
    const between = text.slice(prevEnd, w.start);
    prevEnd = w.end;
    const lower = foldApostrophe(w.text).toLowerCase();
    // Punctuation or a conjunction ends a clause and its negation. An "if" clause's consequence
    // is as hypothetical as the condition: only the end of the sentence ends both.
    if (/[,;:.!?()—–]/.test(between) || CLAUSE_BREAK.has(lower)) negLeft = 0;
    if (/[;.!?]/.test(between)) hypothetical = false;
    if (HYPOTHETICAL.has(lower)) {
      hypothetical = true;
      return;
    }
    const sentenceStart = i === 0 || /[.!?:"“]\s*$/.test(between);
    const capitalised = /^\p{Lu}/u.test(w.text);
    // A capitalised "Not" inside a sentence belongs to a name ("a Do Not Travel advisory").
    // "not only", "not just": an addition, not a denial.
    const notOnly = lower === 'not' && /^(?:only|just|merely|simply)$/i.test(words[i + 1]?.text ?? '');
    if ((NEGATOR.has(lower) || negatedContraction(lower)) && (sentenceStart || !capitalised) && !notOnly) {
      negFrom = w.start;
      negLeft = NEGATION_REACH;
      denial = false;
      return;
    }
    if (DENIAL.has(lower)) {
      negFrom = w.start;
      negLeft = DENIAL_REACH;
      denial = true;
      return;
    }
    const key = termKey(w.text);
    if (!key) {
      // "Not" covers the words right after it, up to the next function word ("not an
      // expulsion", "will not expand eastward", but "not … evacuate | U.S. citizens").
      if (!denial && negLeft < NEGATION_REACH) negLeft = 0;
      return;
    }
    const name = !sentenceStart && capitalised;
    let mode: Mode = 'asserted';
    if (hypothetical) mode = 'hypothetical';
    // A name is never what is denied.
    else if (negLeft > 0 && !name) mode = 'negated';
    out.push({
      key,
      surface: w.text.replace(/['’]s$/, ''),
      start: w.start,
      end: w.end,
      mode,
      ...(mode === 'negated' ? { negStart: negFrom } : {}),
      name,
    });
    if (negLeft > 0) negLeft = name ? 0 : negLeft - 1;
  });
  markDismissed(text, out);
  return out;
}
