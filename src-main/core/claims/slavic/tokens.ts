// Words and punctuation of Russian and Ukrainian text with their offsets, and the shape of each
// word (capitalised, an abbreviation in capitals, lower case), which the speaker groups are read from.
import type { TextRange } from '../../text/ranges';

export type Shape = 'cap' | 'abbr' | 'lower' | 'punct' | 'num';

export interface Token {
  text: string;
  start: number;
  end: number;
  shape: Shape;
  /** Lower case, ё as е. */
  low: string;
}

// Words (hyphens and apostrophes inside: "пресс-служба", "п'ять"), numbers, or one other sign.
const TOKEN = /[\p{L}\p{M}]+(?:[-'’ʼ][\p{L}\p{M}]+)*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;

function shapeOf(w: string): Shape {
  if (/^\p{N}/u.test(w)) return 'num';
  if (!/^\p{L}/u.test(w)) return 'punct';
  if (/^\p{Lu}/u.test(w)) {
    const letters = w.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase() ? 'abbr' : 'cap';
  }
  // "iPhone", "Telegram-канал" are not names here; lower case start = lower.
  return 'lower';
}

export function tokenize(text: string, range: TextRange): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = range.start;
  for (let m = TOKEN.exec(text); m && m.index < range.end; m = TOKEN.exec(text)) {
    const end = Math.min(m.index + m[0].length, range.end);
    const t = text.slice(m.index, end);
    out.push({ text: t, start: m.index, end, shape: shapeOf(t), low: t.toLowerCase().replace(/ё/g, 'е') });
  }
  return out;
}
