// Reported speech ('indirect' claims): "<Speaker> <verb> (that) <clause>", "<clause>, <Speaker>
// <verb> <when>." and "…, saying <clause>". The span is the reported clause to the end of its
// sentence (or to ", but <another speaker> said"), without the final period. Precision first:
// anything that does not clearly read as reported speech is left out.
import { nameStartingAt } from '../text/names';
import type { TextRange } from '../text/ranges';
import type { QuoteSpan } from './quotes';
import type { SpeechSite } from './sites';

export interface Reported {
  start: number;
  end: number;
  site: SpeechSite;
  /** Which shape found it ("forward", "postposed", "act"…), a feature for the claim filter. */
  shape: string;
  /** Proposed although a rule doubts it ("weak:opener"…): the claim filter decides, and it never displaces a sure one. */
  weak: boolean;
}

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)';
const ADVERBIAL = new RegExp(
  [
    `\\s+(?:(?:on|last|this|late|early|earlier|next)\\s+)?(?:${DAY}|week|month|year|morning|afternoon|evening|night)(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
    `\\s+(?:in|during|at|on|via|through|after|before)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:statement|tweet|interview|briefing|post|letter|speech|email|e-mail|report|note|conference|meeting|call|address|message|video|appearance|session|hearing|broadcast|podcast|op-ed|release|notice)s?\\b`,
    `\\s+on\\s+(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|Weibo|social\\s+media|(?:its|his|her|their)\\s+(?:website|blog|account|channel|page))\\b`,
    `\\s+(?:also|later|earlier|again|previously|repeatedly|publicly|privately|separately|recently|once|then|too|further|firmly|flatly|bluntly|reportedly)\\b`,
  ].join('|'),
  'iuy',
);
const THAT = /\s+that\b/iy;
/** The object of "told" before a bare clause: a pronoun, "reporters", or a capitalised name. */
const OBJECT_BARE = /\s+(?:reporters|journalists|us|me|him|her|them|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?=\s)/uy;
/** The person told, ending a sentence ("…, she told The Daily Courier."). */
const OBJECT_LAST = /^\s+(?:reporters|journalists|us|me|him|her|them|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})/u;
const OBJECT_THAT = /\s+(?:[\p{L}\p{N}.'’-]+\s+){1,12}?that\b/uy;
/** Who was warned, before "that" ("warned state officials that"). */
const WARNED_THAT = /\s+(?:[\p{L}\p{N}.'’-]+\s+){1,4}?that\b/uy;
/** A prepositional phrase between a verb and "that" ("said in an interview with Radio X that"). */
const PP_THAT = /\s+(?:in|on|at|with|to|during|via|through|after|before|from|for)\s+(?:[\p{L}\p{N}.'’-]+\s+){1,7}?that\b/uy;
/** A bare clause whose finite verb comes within its first words ("residents would hold…"). */
const EARLY_FINITE = /^(?:[\p{L}\p{N}.'’$%-]+\s+){1,4}(?:would|will|had|has|have|was|were|is|are|could|can|should|must|might|may|did|does|remained|remains)\b/u;
/** A wire dateline opening a sentence: "LONDON, Nov. 18 (Wire) — ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+(?:\([^)]{1,40}\)\s*)?(?:[-—–]+|--)\s*/u;
/** What cannot open a reported clause: a preposition, a conjunction, an adverbial ("said at a rally", "said so"). */
const NOT_CLAUSE_OPENER = /^(?:in|on|at|to|of|for|with|by|from|during|after|before|about|into|through|via|over|under|as|than|so|and|or|but|nothing|yes|no|little|much\s+(?:about|of)|something|anything|what|how|why|when|where|whether|if|hello|goodbye|thanks|sorry|otherwise|earlier|later|recently|last|this|next)\b/iu;
const CLAUSE_OPENER = { test: (clause: string): boolean => /^(?:["“„«'‘]|\p{L}|\p{N}|\$)/u.test(clause) && !NOT_CLAUSE_OPENER.test(clause) };
const FINITE = /\b(?:would|will|is|are|was|were|has|have|had|could|can|may|might|must|should|shall|does|did|do)\b/i;
/** A trailing reporting credit: ", Politico reported" · ", the Wall Street Journal said". */
const TRAILING_CREDIT = /,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*\s+(?:reported|said|says|reports|added)\s*[.]?$/u;
function trimClauseEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  const citing = /,\s+(?:citing|quoting|according\s+to)\s[^,]*$/.exec(text.slice(start, e));
  if (citing) e = start + citing.index;
  // "…, and he railed against …": the writer's narration resumes after the report.
  const narration = /,\s+(?:and|but)\s+(?:he|she|they|we)\s+(?:also\s+)?\p{Ll}+ed\s/u.exec(text.slice(start, e));
  if (narration) e = start + narration.index;
  const credit = TRAILING_CREDIT.exec(text.slice(start, e));
  if (credit) e = start + credit.index;
  while (e > start && /[\s,;:—–-]/.test(text[e - 1] ?? '')) e--;
  if (text[e - 1] === '.' && text[e - 2] !== '.') e--;
  return e;
}

const insideQuote = (quotes: readonly QuoteSpan[], start: number, end: number): boolean =>
  quotes.some((q) => q.open <= start && q.close >= end);

/** Longest paragraph taken as what a speaker said after "X added:". */
const MAX_COLON_PARAGRAPH = 1500;
/** Verbs that label ("called it …", "described her as …") rather than report. */
const LABELLING = new Set(['call', 'describe', 'dismiss', 'brand', 'label', 'term']);

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A verb used as a noun or after a modal ("the claim", "would say", "to tell") reports nothing. */
const NOT_A_REPORT = /(?:^|[^\p{L}])(?:the|a|an|to|would|will|could|should|might|must|can|may|shall|not|never|several|many|some|all|both|few|other|two|three|four|five|member|his|her|their|its|our|this|that|these|those)\s+$/iu;
/** A sentence end, possibly after a closing quote or bracket, or another clause (", but …"): nothing more is said after the verb. */
const SENTENCE_END = /^[\s.!?"”’')]*$|^\s*,\s*(?:but|while|whereas|and)\s/u;
/** A participle or preposition opening what follows ", X said,": not the rest of the report. */
const NOT_CONTINUATION = /^(?:[\p{Ll}]+ing|according|in|on|at|after|before|during|when|while|as|with|without|citing|quoting|but|and|or)\b/u;

/** Range of `from…to` not counting a dateline at its start. */
function afterDateline(text: string, from: number, to: number): number {
  const d = DATELINE.exec(text.slice(from, to));
  return d ? from + d[0].length : from;
}

/** True when `start…end` opens with a quote and quotes cover most of its words (a direct quote with its attribution, not a report). */
function mostlyQuoted(text: string, quotes: readonly QuoteSpan[], start: number, end: number): boolean {
  let quoted = 0;
  for (const q of quotes) {
    const a = Math.max(q.open, start);
    const b = Math.min(q.close, end);
    if (b > a) quoted += wordCount(text.slice(a, b));
  }
  // A report may end on a long partial quote ("the move was "a decision we did not seek""); a
  // span that opens with a quote is the quote and its attribution.
  const opensQuoted = quotes.some((q) => q.open <= start + 1 && q.close > start);
  return opensQuoted && quoted >= 0.6 * wordCount(text.slice(start, end));
}

/**
 * Reported-speech spans. `quotesIn` gives the quotes overlapping a range (kept cheap for big texts).
 * Shapes: "<S> <verb> (adverbials) (that) <clause>" with anything before the subject ("Asked about
 * it, Reid said …", "… where he says …"); the postposed "<clause>, <S> said." and "<clause>, said
 * <S>."; the parenthetical "<part>, <S> said, <rest>."; "…, saying (that) <clause>". A report may
 * hold partial quotes (a mixed quote); one that is mostly quoted is a direct quote instead.
 */
export function findReported(
  text: string,
  sites: readonly SpeechSite[],
  quotesIn: (range: TextRange) => readonly QuoteSpan[],
): Reported[] {
  const out: Reported[] = [];
  let shape = '';
  const emit = (start: number, end: number, site: SpeechSite, quotes: readonly QuoteSpan[], minWords = 3, doubt: string | null = null): void => {
    if (end <= start || wordCount(text.slice(start, end)) < minWords) return;
    if (insideQuote(quotes, start, end) || mostlyQuoted(text, quotes, start, end)) return;
    const why = doubt ?? (site.distant ? 'distant' : site.negated ? 'negated' : null);
    out.push({ start, end, site, shape: why ? `weak:${why}` : shape, weak: why !== null });
  };
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i]!;
    const { sentence } = site;
    const quotes = quotesIn(sentence);
    let nextInSentence: SpeechSite | undefined;
    for (let k = i + 1; k < sites.length && sites[k]!.sentence === sentence; k++) {
      const s = sites[k]!;
      if (s.subject && !s.inverted && s.info.finite) {
        nextInSentence = s;
        break;
      }
    }

    // "…, saying <clause>": the speaker is the attribution just before it.
    if (!site.info.finite) {
      // Without the comma ("from saying that …", "by telling them …") or with another verb than
      // say / add and no "that", the participle is only a weak proposal.
      const afterComma = /,\s*$/.test(text.slice(sentence.start, site.verb.start));
      THAT.lastIndex = site.verb.end;
      const thatFollows = THAT.test(text);
      const doubt = !afterComma ? 'participle-nocomma' : site.info.lemma !== 'say' && site.info.lemma !== 'add' && !thatFollows ? 'participle-verb' : null;
      // "…, calling the plan “a disgrace”": a label, not a report.
      if (doubt && LABELLING.has(site.info.lemma)) continue;
      const owner = participleOwner(text, sites, i);
      const start = skipSpace(text, thatFollows ? THAT.lastIndex : site.verb.end);
      const end = trimClauseEnd(text, start, sentence.end);
      const clause = text.slice(start, end);
      shape = owner.info.finite ? 'participle' : 'participle-own';
      if (thatFollows || CLAUSE_OPENER.test(clause) || EARLY_FINITE.test(clause)) emit(start, end, owner, quotes, 3, doubt);
      continue;
    }
    if (!site.subject) continue;
    if (NOT_A_REPORT.test(text.slice(Math.max(sentence.start, site.verb.start - 12), site.verb.start)) && !site.inverted) continue;
    const subjectStart = site.inverted ? site.verb.start : site.subject.start;
    const prefix = text.slice(sentence.start, subjectStart);
    // The words between that comma and the name: a determiner, a possessive, role words ("Y, the
    // city's new mayor said", "Y, Deputy Foreign Minister Ana Ruiz said").
    const lead = /(?:,|\s[—–]|\s--)\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?(?:\p{L}[\p{L}.-]*\s+){0,5}$/u.exec(prefix);

    // "<clause>, said <S>." / "<clause>, <S> said (when)." / "<clause> — <S> said."
    let rest = onlyAdverbials(text, site.verb.end, sentence.end);
    if (site.info.object && !site.inverted) {
      // "<clause>, a spokesman told The Journal (on Friday).": the person told, then the end.
      const object = OBJECT_LAST.exec(text.slice(site.verb.end, sentence.end));
      if (object) {
        const after = onlyAdverbials(text, site.verb.end + object[0].length, sentence.end);
        if (SENTENCE_END.test(after)) rest = after;
      }
    }
    const restAfterSubject = site.inverted ? '' : rest;
    // A verb taking a person object may close a postposed report too ("…, she told reporters.").
    const postposable = site.info.bareClause || (site.info.object && !site.inverted && SENTENCE_END.test(restAfterSubject));
    // "X said Y, Politico reported (, citing …)": Y has its own speaker; the credit is only a relay.
    let relay = false;
    for (let k = i - 1; k >= 0 && sites[k]!.sentence === sentence; k--) {
      const s = sites[k]!;
      if (s.subject && s.subject.kind !== 'unnamed' && !s.inverted && s.info.finite && s.info.bareClause) relay = true;
    }
    if (lead && relay && (site.inverted || SENTENCE_END.test(restAfterSubject) || /^\s*,/.test(rest))) continue;
    if (lead && postposable && (site.inverted || SENTENCE_END.test(restAfterSubject))) {
      const start = afterDateline(text, sentence.start, sentence.start + lead.index);
      let end = trimClauseEnd(text, start, sentence.start + lead.index);
      // "…, a spokeswoman, Ana Ruiz, said": the role before the name is not part of the report.
      const role = /,\s+(?:a|an|the|its|his|her|their)\s+[^,]{1,60}$/.exec(text.slice(start, end));
      if (role) end = trimClauseEnd(text, start, start + role.index);
      shape = site.inverted ? 'postposed-inverted' : 'postposed';
      emit(start, end, site, quotes, 4);
      continue;
    }
    if (site.inverted) continue;

    // "The governor added:" closing its paragraph, the next paragraph unquoted: that paragraph is what was said.
    if (/^\s*:\s*$/.test(rest) && site.info.finite) {
      const next = /^[^\S\n]*\n\s*/.exec(text.slice(sentence.end, sentence.end + 20));
      if (next) {
        const start = sentence.end + next[0].length;
        const lineEnd = text.indexOf('\n', start);
        const end = trimClauseEnd(text, start, lineEnd < 0 ? text.length : lineEnd);
        shape = 'colon-paragraph';
        if (!/^["“”«»„']/.test(text.slice(start, start + 2)) && end - start <= MAX_COLON_PARAGRAPH) emit(start, end, site, quotesIn({ start, end }), 4);
      }
      continue;
    }

    // "<part>, <S> said, <rest>.": the report runs on both sides of its attribution.
    if (lead && site.info.bareClause && /^\s*,/.test(rest)) {
      shape = 'parenthetical';
      const start = afterDateline(text, sentence.start, sentence.start + lead.index);
      emit(start, trimClauseEnd(text, start, sentence.start + lead.index), site, quotes);
      const restStart = skipSpace(text, text.indexOf(',', sentence.end - rest.length) + 1);
      if (!NOT_CONTINUATION.test(text.slice(restStart, restStart + 20))) emit(restStart, trimClauseEnd(text, restStart, sentence.end), site, quotes);
      continue;
    }

    // "X said, <clause>." (a comma where "that" would be).
    // (Not "…,” X said, the Journal reported": a credit with a verb of its own.)
    const laterVerb = sites[i + 1] !== undefined && sites[i + 1]!.sentence === sentence;
    if (!lead && site.info.bareClause && /^\s*,/.test(rest) && !laterVerb) {
      const restStart = skipSpace(text, text.indexOf(',', sentence.end - rest.length) + 1);
      const clause = text.slice(restStart, trimClauseEnd(text, restStart, sentence.end));
      shape = 'comma';
      if (!NOT_CONTINUATION.test(clause) && CLAUSE_OPENER.test(clause) && wordCount(clause) >= 4) emit(restStart, restStart + clause.length, site, quotes);
      continue;
    }

    // A subject right after a closing quote attributes that quote; it reports nothing more.
    const quoteBefore = quotes.some((q) => q.close <= subjectStart && /^[\s,—–-]*(?:[^\s.!?;:"“”«»,—–-][^\s.!?;:"“”«»]*\s+){0,5}$/.test(text.slice(q.close, subjectStart)));

    // "<S> <verb> (adverbials) (that) <clause>".
    let p = site.verb.end;
    for (;;) {
      ADVERBIAL.lastIndex = p;
      if (!ADVERBIAL.test(text) || ADVERBIAL.lastIndex > sentence.end) break;
      p = ADVERBIAL.lastIndex;
    }
    let hasThat = false;
    let bareAfterObject = false;
    if (site.info.object) {
      OBJECT_THAT.lastIndex = p;
      if (OBJECT_THAT.test(text) && OBJECT_THAT.lastIndex <= sentence.end && !/[,;:"“”«»]/.test(text.slice(p, OBJECT_THAT.lastIndex))) {
        p = OBJECT_THAT.lastIndex;
        hasThat = true;
      } else {
        // "She told Reuters the museum would reopen": a named or pronoun object, then a clause.
        OBJECT_BARE.lastIndex = p;
        if (OBJECT_BARE.test(text) && OBJECT_BARE.lastIndex <= sentence.end) {
          p = OBJECT_BARE.lastIndex;
          bareAfterObject = true;
        } else if (!site.info.act) continue;
      }
    } else {
      THAT.lastIndex = p;
      PP_THAT.lastIndex = p;
      if (THAT.test(text) && THAT.lastIndex <= sentence.end) {
        p = THAT.lastIndex;
        hasThat = true;
      } else if (PP_THAT.test(text) && PP_THAT.lastIndex <= sentence.end && !/[,;:"“”«»]/.test(text.slice(p, PP_THAT.lastIndex))) {
        p = PP_THAT.lastIndex;
        hasThat = true;
      } else if (site.info.lemma === 'warn') {
        // "warned voters that …": the people warned, then the clause.
        WARNED_THAT.lastIndex = p;
        if (WARNED_THAT.test(text) && WARNED_THAT.lastIndex <= sentence.end && !/[,;:"“”«»]/.test(text.slice(p, WARNED_THAT.lastIndex))) {
          p = WARNED_THAT.lastIndex;
          hasThat = true;
        }
      }
    }
    // A speech act needs a subject that names someone (or a pronoun): "a show called X" is no act.
    const act = site.info.act && !hasThat && !bareAfterObject && site.subject.kind !== 'unnamed';
    // An act by someone unnamed ("who told …", "most of them announced …") is a weak proposal.
    const unnamedAct = site.info.act && !hasThat && !bareAfterObject && !act;
    if (!hasThat && !site.info.bareClause && !bareAfterObject && !act && !unnamedAct) continue;
    // A subject after a quote attributes that quote; only a bare clause after it may be a report of its own.
    if (quoteBefore && !hasThat && (act || unnamedAct || !site.info.bareClause)) continue;
    let doubt: string | null = quoteBefore && !hasThat ? 'quote-before' : unnamedAct && !site.info.bareClause ? 'unnamed-act' : null;
    const start = skipSpace(text, p);
    if (start >= sentence.end || (start === site.verb.end && !act && !unnamedAct)) continue;
    let limit = sentence.end;
    if (nextInSentence && nextInSentence.coordinated && nextInSentence.verb.start > start) {
      const cut = /,?\s+(?:and|but)\s+(?:also\s+)?$/i.exec(text.slice(start, nextInSentence.verb.start));
      if (cut) limit = start + cut.index;
    } else if (nextInSentence && (nextInSentence.distant || nextInSentence.subject!.start < start) && nextInSentence.verb.start > start) {
      // "Lee, who said A, said B": A ends at the comma before the next verb.
      const comma = text.lastIndexOf(',', nextInSentence.verb.start);
      if (comma > start) limit = comma;
    } else if (nextInSentence && nextInSentence.subject) {
      const cut = /,\s*(?:but|while|whereas|and)\s+(?:the\s+)?$|;\s*$/i.exec(text.slice(start, nextInSentence.subject.start));
      if (cut) limit = start + cut.index;
      else {
        // "While A has said that B, C said D": B ends at the comma before the next speaker.
        const comma = text.lastIndexOf(',', nextInSentence.subject.start);
        if (comma > start && !nextInSentence.inverted) limit = comma;
      }
    }
    limit = clauseLimit(text, quotes, sites, i, start, limit);
    const end = trimClauseEnd(text, start, limit);
    const clause = text.slice(start, end);
    if ((act || unnamedAct) && !(site.info.bareClause && wordCount(clause) >= 3 && (CLAUSE_OPENER.test(clause) || EARLY_FINITE.test(clause)))) {
      // A speech act: its complement is what was said ("urged Congress to act", "asked whether …").
      shape = 'act';
      if (!/^[,.;:!?)]/.test(text.slice(start, start + 1))) emit(start, end, site, quotes, doubt ? 3 : 2, doubt);
      continue;
    }
    if (wordCount(clause) < 3) continue;
    // A clause opening with a word that rarely opens one ("much of …", "about half …"): weak.
    if (!hasThat && !CLAUSE_OPENER.test(clause) && !EARLY_FINITE.test(clause)) {
      if (!/^(?:["“'‘]|\p{L}|\p{N}|\$)/u.test(clause)) continue;
      doubt ??= FINITE.test(clause) ? 'opener' : 'opener-nofinite';
    }
    else if (bareAfterObject && !EARLY_FINITE.test(clause) && !CLAUSE_OPENER.test(clause)) doubt ??= 'object';
    if (site.info.lemma === 'warn' && !hasThat) {
      const to = /\bto\s+\p{Ll}/u.exec(clause);
      if (to && !FINITE.test(clause.slice(0, to.index))) continue;
    }
    shape = hasThat ? 'that' : bareAfterObject ? 'object' : 'bare';
    // "… that A and that B": two reported clauses.
    const second = /,?\s+(?:and|but)\s+that\s+/.exec(clause);
    if (second && wordCount(clause.slice(0, second.index)) >= 3 && !quotes.some((q) => q.open < start + second.index && q.close > start + second.index)) {
      const bStart = start + second.index + second[0].length;
      emit(start, start + second.index, site, quotes, 3, doubt);
      emit(bStart, end, site, quotes, 3, doubt);
      continue;
    }
    emit(start, end, site, quotes, 3, doubt);
  }
  // Same-kind claims never overlap: keep the earlier one, a weak proposal only where no sure one lies.
  const sure = nonOverlapping(out.filter((r) => !r.weak));
  const weak = out.filter((r) => r.weak && !sure.some((k) => k.start < r.end && r.start < k.end));
  return [...sure, ...weak].sort((a, b) => a.start - b.start || b.end - a.end);
}

function nonOverlapping(list: Reported[]): Reported[] {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Reported[] = [];
  for (const r of list) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) continue;
    kept.push(r);
  }
  return kept;
}

/**
 * Where a reported clause starting at `start` ends at the latest: a semicolon outside quotes (what
 * follows is the writer's again), or a participle of speech after a comma (", insisting that …"
 * opens a report of its own).
 */
function clauseLimit(text: string, quotes: readonly QuoteSpan[], sites: readonly SpeechSite[], i: number, start: number, limit: number): number {
  const sentence = sites[i]!.sentence;
  for (let k = i + 1; k < sites.length && sites[k]!.sentence === sentence; k++) {
    const s = sites[k]!;
    if (s.verb.start <= start || s.verb.start >= limit) continue;
    if (!s.info.finite && /,\s*$/.test(text.slice(Math.max(start, s.verb.start - 3), s.verb.start))) {
      limit = text.lastIndexOf(',', s.verb.start);
      break;
    }
  }
  for (let p = text.indexOf(';', start); p >= 0 && p < limit; p = text.indexOf(';', p + 1)) {
    if (!quotes.some((q) => q.open < p && q.close > p)) return p;
  }
  return limit;
}

/** Who speaks through the participle at `sites[i]`: the finite attribution before it in its sentence, else the sentence's own subject ("Obama revised his plans, saying …"). */
function participleOwner(text: string, sites: readonly SpeechSite[], i: number): SpeechSite {
  const site = sites[i]!;
  const { sentence } = site;
  for (let k = i - 1; k >= 0 && sites[k]!.sentence === sentence; k--) {
    if (sites[k]!.subject && sites[k]!.info.finite) return sites[k]!;
  }
  const subject = nameStartingAt(text, sentence.start, site.verb.start);
  return { ...site, subject: subject && subject.start - sentence.start < 40 ? subject : { kind: 'unnamed', name: '', start: sentence.start } };
}

function skipSpace(text: string, p: number): number {
  while (p < text.length && /\s/.test(text[p] ?? '')) p++;
  return p;
}

/** What follows a verb once time and manner adverbials are removed (the end of an inverted report). */
function onlyAdverbials(text: string, from: number, to: number): string {
  let p = from;
  for (;;) {
    ADVERBIAL.lastIndex = p;
    if (!ADVERBIAL.test(text) || ADVERBIAL.lastIndex > to) break;
    p = ADVERBIAL.lastIndex;
  }
  return text.slice(p, to);
}
