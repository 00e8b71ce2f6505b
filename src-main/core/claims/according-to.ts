// "<clause>, according to <source>.", "According to <source>, <clause>." and "<part>, according
// to <source>, <rest>." as reported speech. The source may be a person, an institution or a
// document ("data from the Education Department"); the speaker is the name it holds, if any.
// A sentence that is mostly quoted is a direct quote with its attribution, not a report.
import { namedMentions, nameStartingAt, type NamedRef } from '../text/names';
import type { TextRange } from '../text/ranges';

const ACCORDING_TO = /\baccording to\s+/gi;
const QUOTE_MARK = /["“”„«»]|''/g;
const MAX_SENTENCE = 1000;
const DOCUMENT_BY = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:tally|count|report|analysis|survey|review|investigation|estimate|poll|study|statement|assessment|data)\s+(?:by|from|of|in)\s+/u;

export interface AccordingTo {
  start: number;
  end: number;
  ref: NamedRef | null;
  at: number;
  /** Where "according to" stands: 'before' the report, 'after' it, or 'mid' (the report's second part). */
  shape: string;
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Who a source phrase names: the phrase read as a name, else the first name inside it. */
function sourceRef(text: string, from: number, to: number): NamedRef | null {
  // "according to official data": a document with no one named in it.
  if (/^[\p{Ll}\s-]*\b(?:data|figures|records|estimates|statistics|documents|reports|polls?|surveys?)\s*$/u.test(text.slice(from, to))) return null;
  const ref = nameStartingAt(text, from, to);
  if (ref && ref.kind !== 'pronoun' && ref.kind !== 'generic') return ref;
  const inside = namedMentions(text.slice(from, to)).find((r) => r.kind !== 'pronoun');
  if (inside) return { ...inside, start: inside.start + from };
  return ref && ref.kind === 'generic' ? ref : null;
}

/** `hasAttribution(sentence)`: the sentence has a speech verb with a subject of its own (that report wins). */
export function findAccordingTo(text: string, sentenceOf: (pos: number) => TextRange, hasAttribution: (sentence: TextRange) => boolean): AccordingTo[] {
  const out: AccordingTo[] = [];
  const emit = (start: number, end: number, ref: NamedRef | null, at: number, shape: string): void => {
    while (end > start && /[\s,.;:—–-]/.test(text[end - 1]!)) end--;
    while (start < end && /[\s,—–-]/.test(text[start]!)) start++;
    if (wordCount(text.slice(start, end)) < 4) return;
    // Opening with a quote: the direct quote (and its attribution) is the claim.
    if (/^["“„«']/.test(text.slice(start, end)) && [...text.slice(start, end).matchAll(QUOTE_MARK)].length >= 2) return;
    out.push({ start, end, ref, at, shape });
  };
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(text); m; m = ACCORDING_TO.exec(text)) {
    const s = sentenceOf(m.index);
    if (s.end - s.start > MAX_SENTENCE) continue;
    if (hasAttribution(s)) continue;
    // "according to a tally by The New York Times": the outlet behind the document is the source.
    const doc = DOCUMENT_BY.exec(text.slice(m.index + m[0].length, s.end));
    const nameFrom = m.index + m[0].length + (doc ? doc[0].length : 0);
    const rest = text.slice(nameFrom, s.end);
    const stop = /[,;:!?]|\.[\s"”'’)]*$/.exec(rest);
    const nameTo = stop ? nameFrom + stop.index : s.end;
    const ref = sourceRef(text, nameFrom, nameTo);
    const lead = text.slice(s.start, m.index);
    if (/^[\s"“'‘(]*$/.test(lead)) {
      // "According to X, <clause>."
      if (!stop || rest[stop.index] !== ',') continue;
      emit(nameTo + 1, s.end, ref, nameFrom, 'before');
    } else if (/,\s*$|[—–]\s*$/.test(lead)) {
      // "<clause>, according to X." · "<part>, according to X, <rest>."
      emit(s.start, m.index, ref, nameFrom, 'after');
      if (stop && rest[stop.index] === ',') {
        const after = nameTo + 1;
        // ", who …" / ", which …" describes the source; anything else continues the report.
        if (!/^\s*(?:who|which|whose|where|a|an|the|citing|as|and)\b/i.test(text.slice(after, after + 12))) emit(after, s.end, ref, nameFrom, 'mid');
      }
    }
  }
  return out;
}
