// Word tokens with offsets, and what lies between them (so a comma or a quote mark can stop a
// run of capitalised words).

/** A word without accents, in lower case (as the search index's unicode61 tokenizer folds it). */
export const foldWord = (w: string): string => w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** Words of `text.slice(from, to)` with absolute offsets. A trailing period is kept only on
 * dotted abbreviations ("U.S.", "Jr."), a trailing hyphen or apostrophe never. */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let w = m[0];
    if (m.index + w.length > to) w = w.slice(0, to - m.index);
    while (w.length > 1 && /[-'’]$/.test(w)) w = w.slice(0, -1);
    if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !/^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Corp|Co|Ltd)\.$/.test(w)) {
      w = w.replace(/\.+$/, '');
    }
    out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
}

/** True when only spaces separate the two words (no punctuation, no line break). */
export function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[^\S\n]+$/.test(text.slice(a.end, b.start));
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
