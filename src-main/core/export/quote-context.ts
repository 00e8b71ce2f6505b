// The sentence a quote was said in, for a brief's appendix: the text before and after the quote
// up to the sentence's ends (never past a line break, at most MAX characters each way).

const MAX = 400;
/** A terminator, closing marks, white space, then something that can start a sentence. */
const SENTENCE_END = /[.!?…]["”’')\]]*\s+(?=[\p{Lu}"“‘(])/gu;

/** "Jan." "U.S." "Mr." end no sentence: short or dotted words before a period are abbreviations. */
function isAbbreviationEnd(text: string, match: RegExpExecArray): boolean {
  if (text[match.index] !== '.') return false;
  const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[0] ?? '';
  return word.includes('.') || (word.length <= 3 && /^\p{Lu}/u.test(word));
}

/** Where each sentence inside [from, to) ends (just past its terminator and closing marks). */
function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    if (!isAbbreviationEnd(text, m)) ends.push(m.index + m[0].trimEnd().length);
  }
  return ends;
}

export function quoteContext(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const from = Math.max(lineStart, start - MAX);
  const to = Math.min(lineEnd, end + MAX);

  const ends = sentenceEnds(text, from, to);
  const sentenceStart = ends.filter((e) => e <= start).pop() ?? from;
  // A quote that ends its own sentence carries its terminator: look from its last character.
  const sentenceEnd = ends.find((e) => e >= end) ?? to;
  return { before: text.slice(sentenceStart, start).trimStart(), after: text.slice(end, sentenceEnd).trimEnd() };
}
