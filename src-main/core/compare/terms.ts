// A claim's words as comparable terms: stemmed content words with their offsets, each marked
// asserted, negated ("not an expulsion", "didn't initiate it", "denied expelling", "это не
// высылка") or hypothetical (inside an "if …" / "если …" clause: neither asserted nor denied).
// English, Russian and Ukrainian words; a word of the concept lexicon is keyed by its concept, so
// "expulsion" and "высылка" are one term.
import { wordsIn } from '../text/words';
import { conceptKey, rawStem } from './lexicon';

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
    'millions billion billions first second third half ' +
    // Russian and Ukrainian function words
    'и в во на с со к ко у о об от до из за по при про для без под над через между перед после что чтобы как так ' +
    'а но или ли же бы то это этот эта эти этого этой этом тот та те того тем том он она оно они его ее её их ему ей им ' +
    'ним ней них я мы вы ты меня нас вас себя свой своя свои своих своей который которая которые которых которого ' +
    'был была было были быть будет будут есть является являются также уже еще ещё только даже очень более всего все всё ' +
    'весь вся всех где когда там тут здесь сейчас теперь тогда потом ранее вчера сегодня завтра год года году лет ' +
    'і й та в у на з із зі до від за по при про для без під над через між перед після що щоб як так але або чи ж би ' +
    'це цей ця ці цього цієї того той та ті він вона воно вони його її їх йому їй їм я ми ви ти мене нас вас себе свій ' +
    'своя свої який яка які якого був була було були бути буде є також вже ще лише навіть дуже більш усі всі де коли там ' +
    'тут зараз тепер тоді потім раніше вчора сьогодні рік року році років'
  ).split(/\s+/),
);

/** Russian and Ukrainian reporting and light verbs, by stem (every form of "заявил", "сказала", "повідомив"). */
const STOP_STEMS = new Set(
  (
    'заявил заявила заявили заявление сказал сказала сказали сообщил сообщила сообщили сообщает отметил отметила отметили ' +
    'подчеркнул подчеркнула подчеркнули написал написала написали добавил добавила добавили пояснил пояснила пояснили ' +
    'назвал назвала назвали ответил ответила ответили считает считают говорит говорят говорил уточнил уточнила ' +
    'заявив заявила повідомив повідомила повідомили наголосив наголосила зазначив зазначила сказав додав додала пояснив ' +
    'назвав назвала відповів вважає каже казав'
  )
    .split(/\s+/)
    .map((w) => rawStem(w)),
);

/** Words that negate the words right after them ("not an expulsion"). */
const NEGATOR = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'cannot', 'without',
  'не', 'нет', 'ни', 'никогда', 'никакой', 'никакая', 'никакие', 'никаких', 'ні', 'ніколи', 'жодної', 'жодного', 'жодних', 'немає',
]);
/** Verbs that deny a whole clause ("denied that troops had crossed the border", "опроверг"). */
const DENIAL = new Set([
  'deny', 'denies', 'denied', 'denying', 'refute', 'refutes', 'refuted', 'dismissed', 'dismisses',
  'отрицает', 'отрицают', 'отрицал', 'отрицала', 'отрицало', 'отрицали', 'опроверг', 'опровергла', 'опровергло', 'опровергли',
  'опровергает', 'опровергают', 'заперечує', 'заперечують', 'заперечив', 'заперечила', 'заперечило', 'заперечили', 'спростовує',
  'спростував', 'спростувала', 'спростувало', 'спростували',
]);
/** Words that open a hypothetical clause. */
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'lest', 'если', 'якщо']);
/** Words that end a clause (as punctuation does). */
const CLAUSE_BREAK = new Set(['but', 'then', 'because', 'while', 'although', 'though', 'whereas', 'yet', 'но', 'однако', 'хотя', 'потому', 'але', 'проте', 'хоча', 'бо']);

/**
 * Words after which the next content words are not asserted: a generic "any" / "every" ("any
 * progressive tax reform"), a need, an intention or a threat ("needs reform", "proposed to close",
 * "угроз его выдворения"); under a negation ("never any talks") the negation rules.
 */
const UNASSERTING = new Set(
  (
    'any every need needs needed require requires required want wanted seek sought hoped propose proposes proposed urge urged ' +
    'threat threats threaten threatens threatened threatening ' +
    'угроза угрозы угроз угрозу угрозой угрозами угрожал угрожала угрожали угрожает угрожают грозит грозил ' +
    'загроза загрози загроз загрозу загрозою погрожував погрожувала погрожували погрожує'
  ).split(' '),
);
/** How many content words an unasserting word covers. */
const UNASSERTING_REACH = 3;

/** Object pronouns a negated verb carries its negation through ("wouldn't call it reform"). */
const OBJECT_PRONOUN = new Set(['it', 'this', 'that', 'them', 'these', 'those']);

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
  const s = rawStem(w.replace(/['.]/g, ''));
  return STOP_STEMS.has(s) ? '' : conceptKey(s);
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
  let unasserted = 0;
  let prevEnd = 0;
  words.forEach((w, i) => {
    const between = text.slice(prevEnd, w.start);
    prevEnd = w.end;
    const lower = foldApostrophe(w.text).toLowerCase();
    // Punctuation or a conjunction ends a clause and its negation. An "if" clause's consequence
    // is as hypothetical as the condition: only the end of the sentence ends both.
    if (/[,;:.!?()—–]/.test(between) || CLAUSE_BREAK.has(lower)) negLeft = unasserted = 0;
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
    // "… to deny climate change": what someone might do, not the speaker denying.
    if (DENIAL.has(lower) && !/^to$/i.test(words[i - 1]?.text ?? '')) {
      negFrom = w.start;
      negLeft = DENIAL_REACH;
      denial = true;
      return;
    }
    if (UNASSERTING.has(lower) && negLeft === 0) {
      unasserted = UNASSERTING_REACH;
      return;
    }
    const key = termKey(w.text);
    if (!key) {
      // "Not" covers the words right after it, up to the next function word ("not an
      // expulsion", "will not expand eastward", but "not … evacuate | U.S. citizens").
      if (!denial && negLeft < NEGATION_REACH && !(OBJECT_PRONOUN.has(lower) && out.at(-1)?.mode === 'negated')) negLeft = 0;
      return;
    }
    const name = !sentenceStart && capitalised;
    let mode: Mode = 'asserted';
    if (hypothetical) mode = 'hypothetical';
    // A name is never what is denied.
    else if (negLeft > 0 && !name) mode = 'negated';
    else if (unasserted > 0) mode = 'hypothetical';
    if (unasserted > 0) unasserted--;
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
