// Reported speech ('indirect' claims): "<Speaker> <verb> (that) <clause>", "<clause>, <Speaker>
// <verb> <when>." and "…, saying <clause>". The span is the reported clause to the end of its
// sentence (or to ", but <another speaker> said"), without the final period. Precision first:
// anything that does not clearly read as reported speech is left out.
import type { TextRange } from '../text/ranges';
import type { QuoteSpan } from './quotes';
import type { SpeechSite } from './sites';

export interface Reported {
  start: number;
  end: number;
  site: SpeechSite;
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
const OBJECT_THAT = /\s+(?:[\p{L}\p{N}.'’-]+\s+){1,8}?that\b/uy;
/** A prepositional phrase between a verb and "that" ("said in an interview with Radio X that"). */
const PP_THAT = /\s+(?:in|on|at|with|to|during|via|through|after|before|from|for)\s+(?:[\p{L}\p{N}.'’-]+\s+){1,7}?that\b/uy;
/** A bare clause whose finite verb comes within its first words ("residents would hold…"). */
const EARLY_FINITE = /^(?:[\p{L}\p{N}.'’$%-]+\s+){1,4}(?:would|will|had|has|have|was|were|is|are|could|can|should|must|might|may|did|does|remained|remains)\b/u;
/** A wire dateline opening a sentence: "LONDON, Nov. 18 (Wire) — ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+(?:\([^)]{1,40}\)\s*)?(?:[-—–]+|--)\s*/u;
const CLAUSE_OPENER = /^(?:["“„«]|\p{Lu}|\p{N}|(?:it|its|he|she|they|we|i|you|there|this|these|those|the|a|an|his|her|their|our|more|most|some|many|all|no|none|any|each|both|several|few|only|such|one|two|three)\b)/u;
const FINITE = /\b(?:would|will|is|are|was|were|has|have|had|could|can|may|might|must|should|shall|does|did|do)\b/i;
/** A trailing reporting credit: ", Politico reported" · ", the Wall Street Journal said". */
const TRAILING_CREDIT = /,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*\s+(?:reported|said|says|reports|added)\s*[.]?$/u;
/** Words that may form the noun phrase before a subject's name ("Russia’s ambassador to the"). */
const NP_WORD = /^(?:\p{Lu}[\p{L}\p{N}.'’-]*|of|for|the|in|to|on|and|a|an|his|her|its|their|[\p{Ll}]+['’]s|spokesperson|spokesman|spokeswoman|ambassador|minister|secretary|president|official|officials|department|ministry|foreign|deputy|prime|chief|head|leader|envoy|director|senator|governor|mayor|former|top|senior|acting)$/u;

/** Lowercase role words in a noun phrase before a name ("Chief executive", "Works council chairman"). */
const ROLE_WORD = /^(?:\p{Ll}+(?:er|or|ist|ive|man|woman|person|ant|ent|ary|ian)|council|union|board|state|relief|chief|aid|trade|party|group|agency|company|firm|maker)$/u;

function npPrefix(prefix0: string): boolean {
  const dateline = DATELINE.exec(prefix0);
  const prefix = dateline ? prefix0.slice(dateline[0].length) : prefix0;
  const intro = /^[^,"“”«»;:]{1,60},\s*/.exec(prefix);
  const rest = (intro ? prefix.slice(intro[0].length) : prefix).trim();
  if (rest.length === 0) return true;
  if (/[,"“”«»;:!?]/.test(rest)) return false;
  const words = rest.split(/\s+/);
  const roleLike = (w: string | undefined): boolean =>
    w !== undefined && (ROLE_WORD.test(w) || /^(?:spokesperson|spokesman|spokeswoman|ambassador|minister|secretary|president|officials?|envoy|director|senator|governor|mayor|leader|chief|head)$/.test(w));
  // A lowercase modifier before a role word is part of the phrase ("Opposition health spokesman").
  return words.every((w, i) => NP_WORD.test(w) || (words.length <= 5 && (ROLE_WORD.test(w) || (/^\p{Ll}+$/u.test(w) && roleLike(words[i + 1]) && i + 1 < words.length))));
}

function trimClauseEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  const citing = /,\s+(?:citing|quoting|according\s+to)\s[^,]*$/.exec(text.slice(start, e));
  if (citing) e = start + citing.index;
  const credit = TRAILING_CREDIT.exec(text.slice(start, e));
  if (credit) e = start + credit.index;
  while (e > start && /[\s,;:—–-]/.test(text[e - 1] ?? '')) e--;
  if (text[e - 1] === '.' && text[e - 2] !== '.') e--;
  return e;
}

const insideQuote = (quotes: readonly QuoteSpan[], start: number, end: number): boolean =>
  quotes.some((q) => q.open <= start && q.close >= end);

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * Reported-speech spans. `quotesIn` gives the quotes overlapping a range (kept cheap for big texts).
 */
export function findReported(
  text: string,
  sites: readonly SpeechSite[],
  quotesIn: (range: TextRange) => readonly QuoteSpan[],
  named: (site: SpeechSite) => boolean,
): Reported[] {
  const out: Reported[] = [];
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
      if (!/,\s*$/.test(text.slice(sentence.start, site.verb.start))) continue;
      THAT.lastIndex = site.verb.end;
      const thatFollows = THAT.test(text);
      if (site.info.lemma !== 'say' && !thatFollows) continue;
      let owner: SpeechSite | undefined;
      for (let k = i - 1; k >= 0 && sites[k]!.sentence === sentence; k--) {
        if (sites[k]!.subject && sites[k]!.info.finite) {
          owner = sites[k];
          break;
        }
      }
      if (!owner || !named(owner)) continue;
      const start = skipSpace(text, thatFollows ? THAT.lastIndex : site.verb.end);
      const end = trimClauseEnd(text, start, sentence.end);
      const clause = text.slice(start, end);
      if (wordCount(clause) >= 3 && (thatFollows || CLAUSE_OPENER.test(clause) || EARLY_FINITE.test(clause)) && !insideQuote(quotes, start, end)) {
        out.push({ start, end, site: owner });
      }
      continue;
    }
    if (!site.subject || site.inverted || !named(site)) continue;
    const subjectPhraseStart = site.subject.start;
    const prefix = text.slice(sentence.start, subjectPhraseStart);
    // A subject right after a closing quote attributes that quote; it reports nothing more.
    if (quotes.some((q) => q.close <= subjectPhraseStart && /^[\s,—–-]*(?:[^\s.!?;:"“”«»]+\s+){0,5}$/.test(text.slice(q.close, subjectPhraseStart)))) {
      continue;
    }

    // "<clause>, <Speaker> <verb> <when>." (inverted report).
    const coordinated = /,\s*(?:but|while|whereas|and)\s+(?:the\s+)?$/.exec(prefix);
    const lastComma = prefix.lastIndexOf(',');
    const invertedShape = lastComma >= 0 && site.info.bareClause && npPrefix(prefix.slice(lastComma + 1)) && /^\s*(?:[.!?]|,\s*(?:but|while|whereas|and)\b.*)?\s*$/su.test(onlyAdverbials(text, site.verb.end, sentence.end));
    const npOk = !invertedShape && npPrefix(prefix) || (coordinated !== null && npPrefix(prefix.slice(prefix.lastIndexOf(',') + 1).replace(/^\s*(?:but|while|whereas|and)\s+/, '')));
    if (!npOk) {
      const comma = prefix.lastIndexOf(',');
      if (comma < 0 || !site.info.bareClause || quotes.length > 0) continue;
      // "X said Y, Politico reported": Y has its own speaker; the credit is only a relay.
      let ownSpeaker = false;
      for (let k = i - 1; k >= 0 && sites[k]!.sentence === sentence; k--) {
        if (sites[k]!.subject && !sites[k]!.inverted && named(sites[k]!)) ownSpeaker = true;
      }
      if (ownSpeaker) continue;
      if (!npPrefix(prefix.slice(comma + 1)) || !/^\s*(?:[.!?]|,\s*(?:but|while|whereas|and)\b.*)?\s*$/su.test(onlyAdverbials(text, site.verb.end, sentence.end))) continue;
      const dateline = DATELINE.exec(text.slice(sentence.start, sentence.start + comma));
      const start = sentence.start + (dateline ? dateline[0].length : 0);
      const end = trimClauseEnd(text, start, sentence.start + comma);
      if (wordCount(text.slice(start, end)) >= 5) out.push({ start, end, site });
      continue;
    }

    // "<Speaker> <verb> (adverbials) (that) <clause>".
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
      if (OBJECT_THAT.test(text) && OBJECT_THAT.lastIndex <= sentence.end) {
        p = OBJECT_THAT.lastIndex;
        hasThat = true;
      } else {
        // "She told Reuters the museum would reopen": a named or pronoun object, then a clause.
        OBJECT_BARE.lastIndex = p;
        if (!OBJECT_BARE.test(text) || OBJECT_BARE.lastIndex > sentence.end) continue;
        p = OBJECT_BARE.lastIndex;
        bareAfterObject = true;
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
      }
    }
    if (!hasThat && !site.info.bareClause && !bareAfterObject) continue;
    const start = skipSpace(text, p);
    if (start >= sentence.end || start === site.verb.end) continue;
    let limit = sentence.end;
    if (nextInSentence && nextInSentence.coordinated && nextInSentence.verb.start > start) {
      const cut = /,?\s+(?:and|but)\s+(?:also\s+)?$/i.exec(text.slice(start, nextInSentence.verb.start));
      if (cut) limit = start + cut.index;
    } else if (nextInSentence && nextInSentence.subject) {
      const cut = /,\s*(?:but|while|whereas|and)\s+(?:the\s+)?$|;\s*$/i.exec(text.slice(start, nextInSentence.subject.start));
      if (cut) limit = start + cut.index;
    }
    const end = trimClauseEnd(text, start, limit);
    const clause = text.slice(start, end);
    if (wordCount(clause) < 3) continue;
    if (bareAfterObject && !EARLY_FINITE.test(clause)) continue;
    if (!hasThat && !CLAUSE_OPENER.test(clause) && !EARLY_FINITE.test(clause)) continue;
    if (site.info.lemma === 'warn' && !hasThat) {
      const to = /\bto\s+\p{Ll}/u.exec(clause);
      if (to && !FINITE.test(clause.slice(0, to.index))) continue;
    }
    if (insideQuote(quotes, start, end)) continue;
    // "… that A and that B": two reported clauses.
    const second = /,?\s+(?:and|but)\s+that\s+/.exec(clause);
    if (second && wordCount(clause.slice(0, second.index)) >= 3 && !quotes.some((q) => q.open < start + second.index && q.close > start + second.index)) {
      const bStart = start + second.index + second[0].length;
      out.push({ start, end: start + second.index, site });
      if (wordCount(text.slice(bStart, end)) >= 3) out.push({ start: bStart, end, site });
      continue;
    }
    out.push({ start, end, site });
  }
  // Same-kind claims never overlap: keep the earlier one.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Reported[] = [];
  for (const r of out) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) continue;
    kept.push(r);
  }
  return kept;
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
