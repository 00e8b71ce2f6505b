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
    `\\s+(?:also|later|earlier|again|previously|repeatedly|publicly|privately|separately|recently|once|then|too|further|firmly|flatly|bluntly|reportedly)\\b`,
  ].join('|'),
  'iuy',
);
const THAT = /\s+that\b/iy;
const OBJECT_THAT = /\s+(?:[\p{L}\p{N}.'’-]+\s+){1,4}?that\b/uy;
const CLAUSE_OPENER = /^(?:["“„«]|\p{Lu}|\p{N}|(?:it|its|he|she|they|we|i|you|there|this|these|those|the|a|an|his|her|their|our|more|most|some|many|all|no|none|any|each|both|several|few|only|such|one|two|three)\b)/u;
const FINITE = /\b(?:would|will|is|are|was|were|has|have|had|could|can|may|might|must|should|shall|does|did|do)\b/i;
/** A trailing reporting credit: ", Politico reported" · ", the Wall Street Journal said". */
const TRAILING_CREDIT = /,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*\s+(?:reported|said|says|reports|added)\s*[.]?$/u;
/** Words that may form the noun phrase before a subject's name ("Russia’s ambassador to the"). */
const NP_WORD = /^(?:\p{Lu}[\p{L}\p{N}.'’-]*|of|for|the|in|to|on|and|a|an|his|her|its|their|[\p{Ll}]+['’]s|spokesperson|spokesman|spokeswoman|ambassador|minister|secretary|president|official|officials|department|ministry|foreign|deputy|prime|chief|head|leader|envoy|director|senator|governor|mayor|former|top|senior|acting)$/u;

function npPrefix(prefix: string): boolean {
  const intro = /^[^,"“”«»;:]{1,60},\s*/.exec(prefix);
  const rest = (intro ? prefix.slice(intro[0].length) : prefix).trim();
  if (rest.length === 0) return true;
  if (/[,"“”«»;:!?]/.test(rest)) return false;
  return rest.split(/\s+/).every((w) => NP_WORD.test(w));
}

function trimClauseEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  const credit = TRAILING_CREDIT.exec(text.slice(start, e));
  if (credit) e = start + credit.index;
  const citing = /,\s+(?:citing|quoting|according\s+to)\s[^,]*$/.exec(text.slice(start, e));
  if (citing) e = start + citing.index;
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
      if (site.info.lemma !== 'say' || !/,\s*$/.test(text.slice(sentence.start, site.verb.start))) continue;
      let owner: SpeechSite | undefined;
      for (let k = i - 1; k >= 0 && sites[k]!.sentence === sentence; k--) {
        if (sites[k]!.subject && sites[k]!.info.finite) {
          owner = sites[k];
          break;
        }
      }
      if (!owner || !named(owner)) continue;
      THAT.lastIndex = site.verb.end;
      const start = skipSpace(text, THAT.test(text) ? THAT.lastIndex : site.verb.end);
      const end = trimClauseEnd(text, start, sentence.end);
      if (wordCount(text.slice(start, end)) >= 3 && CLAUSE_OPENER.test(text.slice(start, end)) && !insideQuote(quotes, start, end)) {
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
    const npOk = npPrefix(prefix) || (coordinated !== null && npPrefix(prefix.slice(prefix.lastIndexOf(',') + 1).replace(/^\s*(?:but|while|whereas|and)\s+/, '')));
    if (!npOk) {
      const comma = prefix.lastIndexOf(',');
      if (comma < 0 || !site.info.bareClause || quotes.length > 0) continue;
      if (!npPrefix(prefix.slice(comma + 1)) || !/^\s*[.!?]?\s*$/.test(onlyAdverbials(text, site.verb.end, sentence.end))) continue;
      if (i > 0 && sites[i - 1]!.sentence === sentence) continue;
      const start = sentence.start;
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
    if (site.info.object) {
      OBJECT_THAT.lastIndex = p;
      if (!OBJECT_THAT.test(text) || OBJECT_THAT.lastIndex > sentence.end) continue;
      p = OBJECT_THAT.lastIndex;
      hasThat = true;
    } else {
      THAT.lastIndex = p;
      if (THAT.test(text) && THAT.lastIndex <= sentence.end) {
        p = THAT.lastIndex;
        hasThat = true;
      }
    }
    if (!hasThat && !site.info.bareClause) continue;
    const start = skipSpace(text, p);
    if (start >= sentence.end || start === site.verb.end) continue;
    let limit = sentence.end;
    if (nextInSentence && nextInSentence.subject) {
      const cut = /,\s*(?:but|while|whereas|and)\s+(?:the\s+)?$|;\s*$/i.exec(text.slice(start, nextInSentence.subject.start));
      if (cut) limit = start + cut.index;
    }
    const end = trimClauseEnd(text, start, limit);
    const clause = text.slice(start, end);
    if (wordCount(clause) < 3) continue;
    if (!hasThat && !CLAUSE_OPENER.test(clause)) continue;
    if (site.info.lemma === 'warn' && !hasThat) {
      const to = /\bto\s+\p{Ll}/u.exec(clause);
      if (to && !FINITE.test(clause.slice(0, to.index))) continue;
    }
    if (insideQuote(quotes, start, end)) continue;
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
