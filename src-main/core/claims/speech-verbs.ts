// Verbs that introduce speech, direct or reported. A small general list, by word form.

export interface SpeechVerb {
  lemma: string;
  /** A finite form ("said", "says"); participles ("saying") only continue an attribution. */
  finite: boolean;
  /** Reported speech may follow without "that" ("she said the move …"). */
  bareClause: boolean;
  /** Takes a person object before the clause ("told reporters that …"). */
  object: boolean;
}

const LEMMAS: readonly [lemma: string, forms: string, bareClause: boolean, object?: boolean][] = [
  ['say', 'say says said saying', true],
  ['tell', 'tell tells told telling', false, true],
  ['add', 'add adds added adding', true],
  ['announce', 'announce announces announced announcing', true],
  ['warn', 'warn warns warned warning', true],
  ['state', 'states stated stating', true],
  ['write', 'write writes wrote writing', true],
  ['tweet', 'tweet tweets tweeted tweeting', true],
  ['insist', 'insist insists insisted insisting', true],
  ['claim', 'claim claims claimed claiming', true],
  ['deny', 'deny denies denied denying', false],
  ['note', 'note notes noted noting', true],
  ['explain', 'explain explains explained explaining', false],
  ['ask', 'ask asks asked asking', false],
  ['reply', 'reply replies replied replying', false],
  ['respond', 'respond responds responded responding', false],
  ['urge', 'urge urges urged urging', false],
  ['pledge', 'pledge pledges pledged pledging', false],
  ['indicate', 'indicate indicates indicated indicating', true],
  ['argue', 'argue argues argued arguing', true],
  ['acknowledge', 'acknowledge acknowledges acknowledged acknowledging', false],
  ['admit', 'admit admits admitted admitting', false],
  ['confirm', 'confirm confirms confirmed confirming', false],
  ['declare', 'declare declares declared declaring', true],
  ['stress', 'stress stresses stressed stressing', false],
  ['suggest', 'suggest suggests suggested suggesting', true],
  ['allege', 'allege alleges alleged alleging', true],
  ['assert', 'assert asserts asserted asserting', true],
  ['report', 'report reports reported reporting', true],
  ['predict', 'predict predicts predicted predicting', true],
  ['vow', 'vow vows vowed vowing', true],
  ['promise', 'promise promises promised promising', false],
  ['continue', 'continued', false],
  ['recall', 'recalled', false],
 // Labelling verbs attribute partial quotes ("she called the plan “a disgrace”"); no reported clause.
  ['call', 'calls called', false],
  ['describe', 'describes described', false],
  ['dismiss', 'dismisses dismissed', false],
  ['brand', 'brands branded', false],
  ['label', 'labels labelled labeled', false],
  ['term', 'terms termed', false],
  ['criticise', 'criticises criticised criticizes criticized', false],
  // "the statement reads" / "the notice read": attributes a quote, never reports a clause.
  ['read', 'reads read', false],
];

const VERBS = new Map<string, SpeechVerb>();
for (const [lemma, forms, bareClause, object] of LEMMAS) {
  for (const form of forms.split(' ')) {
    VERBS.set(form, { lemma, finite: !form.endsWith('ing'), bareClause, object: object === true });
  }
}

/** Any lowercase speech-verb form as a whole word. */
export const SPEECH_VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${[...VERBS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu');

export function speechVerb(word: string): SpeechVerb | null {
  return VERBS.get(word.toLowerCase()) ?? null;
}

/** Words that may sit between a subject and its speech verb ("has also said", "is seen telling"). */
export const AUXILIARY = new Set(
  'is was were are be been has have had also later then reportedly further seen quoted as would will could may might once again previously repeatedly publicly privately separately earlier recently not never'.split(' '),
);
