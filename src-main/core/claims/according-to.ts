// "<clause>, according to <Speaker>." and "According to <Speaker>, <clause>." as reported speech.
// Only plain sentences qualify: no quote marks and no speech verb of their own (those are
// attributions of a quote, or reports of a report).
import { nameStartingAt, type NamedRef } from '../text/names';
import type { TextRange } from '../text/ranges';
import { SPEECH_VERB_RE } from './speech-verbs';

const ACCORDING_TO = /\baccording to\s+/gi;
const QUOTE_MARK = /["“”„«»]/;
const MAX_SENTENCE = 1000;

export interface AccordingTo {
  start: number;
  end: number;
  ref: NamedRef;
  at: number;
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
    SPEECH_VERB_RE.lastIndex = 0;
    if (SPEECH_VERB_RE.test(sentence)) continue;
    const nameFrom = m.index + m[0].length;
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
