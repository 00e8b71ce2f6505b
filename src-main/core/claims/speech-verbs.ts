// Verbs that introduce speech, direct or reported. A small general list, by word form.

export interface SpeechVerb {
  lemma: string;
  /** A finite form ("said", "says"); participles ("saying") only continue an attribution. */
  finite: boolean;
  /** Reported speech may follow without "that" ("she said the move …"). */
  bareClause: boolean;
  /** Takes a person object before the clause ("told reporters that …"). */
  object: boolean;
  /** A speech act whose complement, whatever its shape, is what was said ("urged Congress to act",
   * "asked whether …", "denied the report", "announced his resignation"). */
  act: boolean;
}

const LEMMAS: readonly [lemma: string, forms: string, bareClause: boolean, object: boolean, act: boolean][] = [
  ['say', 'say says said saying', true, false, false],
  ['tell', 'tell tells told telling', false, true, true],
  ['add', 'add adds added adding', true, false, false],
  ['announce', 'announce announces announced announcing', true, false, true],
  ['warn', 'warn warns warned warning', true, false, false],
  ['state', 'states stated stating', true, false, false],
  ['write', 'write writes wrote writing', true, false, false],
  ['tweet', 'tweet tweets tweeted tweeting', true, false, false],
  ['insist', 'insist insists insisted insisting', true, false, false],
  ['claim', 'claim claims claimed claiming', true, false, false],
  ['deny', 'deny denies denied denying', false, false, true],
  ['note', 'note notes noted noting', true, false, false],
  ['explain', 'explain explains explained explaining', false, false, true],
  ['ask', 'ask asks asked asking', false, false, true],
  ['reply', 'reply replies replied replying', false, false, true],
  ['respond', 'respond responds responded responding', false, false, true],
  ['urge', 'urge urges urged urging', false, false, true],
  ['pledge', 'pledge pledges pledged pledging', false, false, true],
  ['indicate', 'indicate indicates indicated indicating', true, false, false],
  ['argue', 'argue argues argued arguing', true, false, false],
  ['acknowledge', 'acknowledge acknowledges acknowledged acknowledging', false, false, true],
  ['admit', 'admit admits admitted admitting', false, false, true],
  ['confirm', 'confirm confirms confirmed confirming', false, false, true],
  ['declare', 'declare declares declared declaring', true, false, false],
  ['stress', 'stress stresses stressed stressing', false, false, false],
  ['suggest', 'suggest suggests suggested suggesting', true, false, true],
  ['allege', 'allege alleges alleged alleging', true, false, false],
  ['assert', 'assert asserts asserted asserting', true, false, false],
  ['report', 'report reports reported reporting', true, false, false],
  ['predict', 'predict predicts predicted predicting', true, false, true],
  ['vow', 'vow vows vowed vowing', true, false, true],
  ['promise', 'promise promises promised promising', false, false, true],
  ['continue', 'continued', false, false, false],
  ['recall', 'recalls recalled recalling', false, false, true],
 // Labelling verbs attribute partial quotes ("she called the plan “a disgrace”"); no reported clause.
  ['call', 'calls called calling', false, false, true],
  ['describe', 'describes described', false, false, false],
  ['dismiss', 'dismisses dismissed', false, false, false],
  ['brand', 'brands branded', false, false, false],
  ['label', 'labels labelled labeled', false, false, false],
  ['term', 'terms termed', false, false, false],
  ['criticise', 'criticises criticised criticizes criticized criticising criticizing', false, false, true],
  // "the statement reads" / "the notice read": attributes a quote, never reports a clause.
  ['read', 'reads read', false, false, false],
  ['accuse', 'accuses accused accusing', false, false, true],
  ['praise', 'praises praised praising', false, false, true],
  ['blast', 'blasts blasted blasting', false, false, true],
  ['mention', 'mentions mentioned mentioning', false, false, true],
  ['repeat', 'repeats repeated repeating', false, false, true],
  ['concede', 'concede concedes conceded conceding', true, false, false],
  ['joke', 'joke jokes joked joking', true, false, false],
  ['boast', 'boast boasts boasted boasting', true, false, false],
  ['complain', 'complain complains complained complaining', true, false, false],
  ['contend', 'contend contends contended contending', true, false, false],
  ['speak', 'speaks spoke speaking', false, false, true],
];

const VERBS = new Map<string, SpeechVerb>();
for (const [lemma, forms, bareClause, object, act] of LEMMAS) {
  for (const form of forms.split(' ')) {
    VERBS.set(form, { lemma, finite: !form.endsWith('ing'), bareClause, object, act });
  }
}

/** Any lowercase speech-verb form as a whole word. */
export const SPEECH_VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${[...VERBS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu');

export function speechVerb(word: string): SpeechVerb | null {
  return VERBS.get(word.toLowerCase()) ?? null;
}

/** Words that may sit between a subject and its speech verb ("has also said", "is seen telling"). */
const AUXILIARY_WORDS = new Set(
  ('is was were are be been being has have had do does did also later then now still already reportedly further seen quoted as ' +
    'would will could may might once again previously repeatedly earlier not never ' +
    "isn't wasn't aren't weren't hasn't haven't hadn't doesn't didn't don't won't wouldn't").split(' '),
);

/** A word that may sit between a subject and its speech verb: an auxiliary, a negation, an adverb in -ly ("has also said", "isn't saying", "flatly denied"). */
export function isAuxiliaryWord(word: string): boolean {
  const w = word.toLowerCase().replace('’', "'");
  return AUXILIARY_WORDS.has(w) || (w.length > 4 && w.endsWith('ly') && !ONLY_NOT_ADVERB.has(w));
}
/** Words in -ly that are no adverb of manner or time. */
const ONLY_NOT_ADVERB = new Set('family italy july ally rally reply supply assembly'.split(' '));
