// "<clause>, according to <Speaker>." and "According to <Speaker>, <clause>." as reported speech.
// Only plain sentences qualify: no quote marks and no speech verb of their own (those are
// attributions of a quote, or reports of a report).
import { nameStartingAt, type NamedRef } from '../text/names';
import type { TextRange } from '../text/ranges';
import { SPEECH_VERB_RE } from './speech-verbs';

const ACCORDING_TO = /\baccording to\s+/gi;
const QUOTE_MARK = /["“”„«»]/;
const MAX_SENTENCE = 1000;
const DOCUMENT_BY = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:tally|count|report|analysis|survey|review|investigation|estimate|poll|study|statement|assessment|data)\s+(?:by|from|of|in)\s+/u;

export interface AccordingTo {
  start: number;
  end: number;
  ref: NamedRef;
  at: number;
}

/** A speech verb used as one ("the ministry said"), not after a modal ("the bill would add"). */
function hasSpeech(sentence: string): boolean {
  SPEECH_VERB_RE.lastIndex = 0;
  for (let m = SPEECH_VERB_RE.exec(sentence); m; m = SPEECH_VERB_RE.exec(sentence)) {
    if (!/\b(?:would|will|could|can|may|might|must|should|to|not)\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) return true;
  }
  return false;
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export function findAccordingTo(text: string, sentenceOf: (pos: number) => TextRange): AccordingTo[] {
  const out: AccordingTo[] = [];
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(text); m; m = ACCORDING_TO.exec(text)) {
    const s = sentenceOf(m.index);
    if (s.end - s.start > MAX_SENTENCE) continue;
    const sentence = text.slice(s.start, s.end);
    if (QUOTE_MARK.test(sentence)) continue;
    if (hasSpeech(sentence)) continue;
    // "according to a tally by The New York Times": the outlet behind the document is the source.
    const doc = DOCUMENT_BY.exec(text.slice(m.index + m[0].length, s.end));
    const nameFrom = m.index + m[0].length + (doc ? doc[0].length : 0);
    const rest = text.slice(nameFrom, s.end);
    const stop = /[,;:!?]|\.(?:\s|$)/.exec(rest);
    const nameTo = stop ? nameFrom + stop.index : s.end;
    const ref = nameStartingAt(text, nameFrom, nameTo);
    if (!ref || ref.kind === 'pronoun' || ref.kind === 'generic') continue;
    let start: number;
    let end: number;
    if (m.index === s.start) {
      // "According to X, <clause>."
      if (!stop || rest[stop.index] !== ',') continue;
      start = nameTo + 1;
      while (start < s.end && /\s/.test(text[start]!)) start++;
      end = s.end;
    } else {
      // "<clause>, according to X." — the name must close the sentence.
      if (!/^[\s.]*$/.test(text.slice(nameTo, s.end)) || !/,\s*$/.test(text.slice(s.start, m.index))) continue;
      start = s.start;
      end = m.index;
    }
    while (end > start && /[\s,.]/.test(text[end - 1]!)) end--;
    if (wordCount(text.slice(start, end)) < 4) continue;
    out.push({ start, end, ref, at: nameFrom });
  }
  return out;
}
