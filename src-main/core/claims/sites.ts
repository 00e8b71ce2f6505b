// Speech sites: every speech verb outside quoted words, with the phrase that names its subject
// ("Porter added", "said Dalton", "the embassy said", "she warned").
import { nameEndingAt, nameStartingAt, type NamedRef } from '../text/names';
import type { TextRange } from '../text/ranges';
import { wordsIn, type Word } from '../text/words';
import type { Language } from '../analysis/language';
import { en } from '../analysis/lang/en';
import type { SpeechVerb } from './speech-verbs';
import type { QuoteSpan } from './quotes';

/** Longest sentence (in characters) searched for speech verbs. */
export const MAX_SENTENCE = 3000;
/** Longest subject phrase (in characters) read before or after a verb. */
const MAX_SUBJECT = 250;

export interface SpeechSite {
  verb: Word;
  info: SpeechVerb;
  /** Who speaks, as written; null when no subject could be read. */
  subject: NamedRef | null;
  /** The subject comes after the verb ("…,” said Dalton). */
  inverted: boolean;
  /** The subject is shared with an earlier verb of the sentence ("X said … and warned that …"). */
  coordinated?: boolean;
  /** No subject stands next to the verb: the sentence's opening name (or no one) is taken, weakly ("Ann Lee, who ran it for years, said …"). */
  distant?: boolean;
  /** A negation stands between subject and verb ("did not say", "hasn't responded"): nothing was said. */
  negated?: boolean;
  /** Sentence holding the verb. */
  sentence: TextRange;
  paragraph: number;
}

type Sentence = TextRange & { paragraph: number };

const ASIDE = /,\s*(?:however|meanwhile|too|though|instead|also|nonetheless|in turn|for (?:his|her|their|its) part)\s*,\s*$/i;
/** A lowercase word that can end a subject phrase ("them", "voters", "most", "who"). */
const UNNAMED_SUBJECT = /^\p{Ll}[\p{Ll}'’-]*$/u;
/** Lowercase words before a verb that are not the end of its subject. */
const NOT_SUBJECT = new Set(
  ('to of in on at for with by from about as than that which and or but if when while because so not also just only even ' +
    'then now never ever what how why where whether the a an this these those his her its their our my your ' +
    'having being been be do does did had has have is was were are will would could should can may might must shall ' +
    'reportedly later earlier once again first last previously recently publicly privately repeatedly simply flatly ' +
    'after before during since until unless though although without within into onto upon per via like unlike ' +
    'nobody none neither nothing').split(' '),
);

const NEGATION = /^(?:not|never)$|n['’]t$/i;
/** Capitalised words opening a sentence that are no name (adverbs, participles, "Asked …"). */
const LONE_OPENER = /^(?:Therefore|Moreover|Furthermore|Besides|Nevertheless|Nonetheless|Overall|Indeed|Separately|Finally|Ultimately|Additionally|Likewise|Similarly|Initially|Recently|Previously|Among|Back|Of|Asked|Speaking|Walking|Continuing|Dashing|Still|Even|Yet|Instead|Now|Then)(?![\p{L}])/u;
const PROGRESSIVE = /^(?:is|are|was|were|been|be|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)$/i;

/** Index of the last quote opening before `pos` (quotes are sorted and disjoint), or -1. */
function lastQuoteBefore(quotes: readonly QuoteSpan[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The subject phrase ending with `words[j]` ("Most of the candidates", "Trump fans"), back to the
 * clause's start; its name is empty when it is only a pronoun or a relative ("who", "most of them").
 */
function unnamedPhrase(text: string, words: readonly Word[], j: number): NamedRef {
  let i = j;
  while (i > 0 && j - i < 5 && /^[^\S\n]+$/.test(text.slice(words[i - 1]!.end, words[i]!.start)) && !PHRASE_STOP.has(words[i - 1]!.text.toLowerCase())) i--;
  const phrase = words.slice(i, j + 1);
  const start = phrase[0]!.start;
  const bare = phrase.every((w) => PHRASE_EMPTY.has(w.text.toLowerCase()));
  return { kind: 'unnamed', name: bare ? '' : text.slice(start, words[j]!.end), start };
}
/** Words a subject phrase does not reach back past (conjunctions, verbs, prepositions that open clauses). */
const PHRASE_STOP = new Set('and but or that which who whom when while as if because so than said says told after before since until although though where whether'.split(' '));
/** A month or a weekday, written out or abbreviated. */
const MONTH_OR_DAY = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\.?$/;
/** Forms of "be" (after which a verb's bare form can only be a noun). */
const BE = /^(?:is|was|are|were|be|been|being|am)$/i;
/** Words that alone name no one. */
const PHRASE_EMPTY = new Set('who which that them they it this these those some most many all both each few several others other of the one ones'.split(' '));

export function findSpeechSites(
  text: string,
  sentenceOf: (pos: number) => Sentence,
  quotes: readonly QuoteSpan[],
  lang: Language = en,
): SpeechSite[] {
  const sites: SpeechSite[] = [];
  const verbs = lang.speechVerbPattern;
  verbs.lastIndex = 0;
  for (let m = verbs.exec(text); m; m = verbs.exec(text)) {
    const at = m.index;
    let info = lang.speechVerb(m[0]);
    if (!info) continue;
    const verb: Word = { text: m[0], start: at, end: at + m[0].length };
    const sentence = sentenceOf(at);
    // A "sentence" this long is a table, a list or junk: nothing is attributed inside it, which
    // also keeps the work per sentence bounded.
    if (sentence.end - sentence.start > MAX_SENTENCE) continue;
    const qi = lastQuoteBefore(quotes, at);
    const inQuote = qi >= 0 && quotes[qi]!.close > at;
    if (inQuote) continue;
    // The subject phrase starts after the sentence start and after any quote before the verb.
    let from = sentence.start;
    if (qi >= 0 && quotes[qi]!.close > from) from = quotes[qi]!.close;
    if (at - from > MAX_SUBJECT) {
      from = at - MAX_SUBJECT;
      while (from < at && !/\s/.test(text[from - 1] ?? ' ')) from++;
    }
    // "Officials, however, said": a parenthetical adverb between the subject and its verb.
    const aside = ASIDE.exec(text.slice(Math.max(from, at - 40), at));
    const before = wordsIn(text, from, aside ? Math.max(from, at - 40) + aside.index : at);
    // Auxiliaries between subject and verb are skipped ("has also said", "is seen telling").
    let j = before.length - 1;
    let subjectEnd = aside ? Math.max(from, at - 40) + aside.index : at;
    let negated = false;
    let afterBe = false;
    while (j >= 0 && lang.isAuxiliary(before[j]!.text) && /^\s+$/.test(text.slice(before[j]!.end, subjectEnd))) {
      if (NEGATION.test(before[j]!.text)) negated = true;
      if (j === before.length - 1 && BE.test(before[j]!.text)) afterBe = true;
      // "is warning", "were saying": a progressive is a finite verb.
      if (!info.finite && PROGRESSIVE.test(before[j]!.text)) info = { ...info, finite: true };
      subjectEnd = before[j]!.start;
      j--;
    }
    // "This is note 4", "it was comment enough": a bare base form right after "be" is a noun.
    if (afterBe && verb.text.toLowerCase() === info.lemma) continue;
    let subject = j >= 0 ? nameEndingAt(text, from, subjectEnd) : null;
    // "…, alter the campaign, noted Ann Lee": a name right before ", <verb>" ends the report; the speaker follows.
    // ("Its director, Ann Lee, said", "…, Deputy Minister Ann Lee, said": a name between commas is the appositive subject.)
    if (subject && subject.kind !== 'pronoun' && !/,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(text.slice(from, subject.start)) && /^[^\S\n]*,[^\S\n]*$/.test(text.slice(subject.start + subject.name.length, subjectEnd)) && text.slice(subject.start, subject.start + subject.name.length).toLowerCase() === subject.name.toLowerCase()) subject = null;
    const sentenceFirst = j === 0 && !/\S/.test(text.slice(sentence.start, before[0]?.start ?? sentence.start));
    if (!subject && j >= 0 && /^\s+$/.test(text.slice(before[j]!.end, subjectEnd)) && (UNNAMED_SUBJECT.test(before[j]!.text) || sentenceFirst) && !NOT_SUBJECT.has(before[j]!.text.toLowerCase())) {
      // "most of them said", "voters said", "who said": a subject, but no name to show.
      subject = unnamedPhrase(text, before, j);
      // "Ann Lee, who said …": the relative stands for the name just before its comma.
      const w = before[j]!;
      if (subject.name === '' && w.text === 'who' && j > 0 && /^,\s+$/.test(text.slice(before[j - 1]!.end, w.start))) {
        const antecedent = nameEndingAt(text, from, before[j - 1]!.end);
        if (antecedent && (antecedent.kind === 'person' || antecedent.kind === 'entity' || antecedent.kind === 'institution')) subject = antecedent;
      }
    }
    let inverted = false;
    if (!subject) {
      // "…,” said Dalton" / "…, says the ministry": the subject follows the verb.
      const lead = text.slice(from, at);
      if (/^[\s,]*$/.test(lead) || /,\s*$/.test(lead)) {
        const limit = Math.min(sentence.end, verb.end + MAX_SUBJECT);
        const next = wordsIn(text, verb.end, limit)[0];
        if (next && /^\s+$/.test(text.slice(verb.end, next.start))) {
          const stop = /[,;:!?—–]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Adm|Maj|Cmdr|\p{Lu}))\./u.exec(text.slice(next.start, limit));
          subject = nameStartingAt(text, next.start, stop ? next.start + stop.index : limit);
          // "…, say they will vote": a pronoun followed by more words opens the reported clause.
          if (subject?.kind === 'pronoun' && !/^\s*(?:[,.;:!?—–]|$)/.test(text.slice(next.end, next.end + 3))) subject = null;
          inverted = subject !== null;
        }
      }
    }
    let coordinated = false;
    if (!subject && /\s(?:and|but)\s+(?:also\s+)?$/.test(text.slice(Math.max(from, at - 12), at))) {
      // "X said … and warned that …": the second verb shares the first one's subject.
      const prev = sites[sites.length - 1];
      if (prev && prev.sentence.start === sentence.start && prev.subject && !prev.inverted && prev.info.finite && info.finite) {
        subject = prev.subject;
        coordinated = true;
      } else if (info.finite && (!prev || prev.sentence.start !== sentence.start)) {
        // "Rubio thanked Miami and said …": the sentence's subject, when it opens the sentence.
        const first = nameStartingAt(text, sentence.start, at);
        if (first && first.start - sentence.start < 4 && first.kind !== 'generic') {
          subject = first;
          coordinated = true;
        }
      }
    }
    let distant = false;
    if (!subject && info.finite && !/["“”«»]/.test(text.slice(from, at))) {
      // "Six in 10 say …", "David Fenton, a strategist, said …": the subject is further back or
      // unreadable; the sentence's opening name is the guess, and the claim filter weighs it.
      const first = nameStartingAt(text, from, at);
      // A date opening the sentence ("Feb. 28 (UPI) --", "March 3, 2022") names no one.
      const date = first !== null && (MONTH_OR_DAY.test(first.name) || /^\.?\s+\d/.test(text.slice(first.start + first.name.length, first.start + first.name.length + 4)));
      const opener = first && !date && first.start - from <= 4 && first.kind !== 'pronoun' && !LONE_OPENER.test(text.slice(first.start, first.start + first.name.length + 2));
      subject = opener ? first : { kind: 'unnamed', name: '', start: from };
      distant = true;
    }
    sites.push({ verb, info, subject, inverted, coordinated, negated, distant, sentence, paragraph: sentence.paragraph });
  }
  return sites;
}
