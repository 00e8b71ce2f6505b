// Statements whose attribution is a label rather than a verb: "Name: what they said" opening a
// paragraph (transcripts, live blogs, headlines), and the question in "Asked whether …, X said …".
import { nameEndingAt, type NamedRef } from '../text/names';
import type { TextRange } from '../text/ranges';

export interface Labelled {
  start: number;
  end: number;
  /** Who the label names; null for a question whose asker is not named. */
  ref: NamedRef | null;
  /** 'label-caps': a transcript's speaker in capitals ("SMITH:"). */
  shape: 'label' | 'label-caps' | 'asked';
}

/** A paragraph opening with a short label and a colon. */
const LABEL = /^([^:\n]{2,60}):[^\S\n]+(?=\S)/;
/** "Asked whether …", "Asked about …" opening a sentence. */
const ASKED = /^Asked\s+(?:(?:on|by|at|in|during|last|this|on)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,4}?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|again|later|separately)\s+)?(?=(?:whether|if|about|why|how|what|who|which|when|where|to|for|by)\b)/iu;
/** "…, when asked (on Fox News) whether …": the question inside a sentence, without an asker. */
const WHEN_ASKED = /\b(?:when|after|before|while|if)\s+asked\s+(?:(?:on|by|at|in|during)\s+(?:[\p{L}\p{N}.'’-]+\s+){1,5}?)?(?=(?:whether|if|why|how|what|who|which|when|where)\s)/iuy;
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const MAX_PARAGRAPH = 1500;

export function findLabelled(text: string, paragraphs: readonly TextRange[], sentences: readonly TextRange[]): Labelled[] {
  const out: Labelled[] = [];
  for (const p of paragraphs) {
    if (p.end - p.start > MAX_PARAGRAPH) continue;
    const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 80)));
    if (!m) continue;
    const label = m[1]!;
    // A name only: capitalised words (with connectors), no sentence of its own.
    if (!/^\p{Lu}/u.test(label) || wordCount(label) > 6 || /[,;.!?"“”]\s/.test(label)) continue;
    const ref = nameEndingAt(text, p.start, p.start + label.length);
    if (!ref || ref.kind === 'pronoun' || ref.kind === 'generic' || ref.kind === 'unnamed') continue;
    const start = p.start + m[0].length;
    let end = p.end;
    while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
    if (wordCount(text.slice(start, end)) < 4) continue;
    out.push({ start, end, ref, shape: /^[\p{Lu}\s.'’-]+$/u.test(label) ? 'label-caps' : 'label' });
  }
  for (const s of sentences) {
    const m = ASKED.exec(text.slice(s.start, s.start + 40));
    if (!m) continue;
    const comma = text.indexOf(',', s.start + m[0].length);
    if (comma < 0 || comma >= s.end) continue;
    const start = s.start + m[0].length;
    if (wordCount(text.slice(start, comma)) < 3) continue;
    out.push({ start, end: comma, ref: null, shape: 'asked' });
  }
  for (let at = text.indexOf('asked'); at >= 0; at = text.indexOf('asked', at + 5)) {
    // Read from the word before "asked" ("when asked …").
    const from = text.lastIndexOf(' ', at - 2) + 1;
    WHEN_ASKED.lastIndex = from;
    const m = WHEN_ASKED.exec(text);
    if (!m) continue;
    const start = from + m[0].length;
    const stop = /[,;:.?!"“”\n]/.exec(text.slice(start, start + 400));
    const end = stop ? start + stop.index : Math.min(text.length, start + 400);
    if (wordCount(text.slice(start, end)) < 3) continue;
    out.push({ start, end, ref: null, shape: 'asked' });
  }
  return out.sort((a, b) => a.start - b.start);
}
