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

function shapeOf(w: string, low: string): Shape {
  const c = w[0]!;
  const lc = low[0]!;
  if (c >= '0' && c <= '9') return 'num';
  if (c === lc) {
    // No case: a sign, a digit of another script, or a lower-case letter ("iPhone", "Telegram-канал" start lower).
    if (c.toUpperCase() !== c) return 'lower';
    return /^\p{N}/u.test(w) ? 'num' : /^\p{L}/u.test(w) ? 'lower' : 'punct';
  }
  // Capitalised; all capitals (two letters or more) is an abbreviation.
  return w.length >= 2 && w === w.toUpperCase() && /\p{L}.*\p{L}/su.test(w) ? 'abbr' : 'cap';
}

export function tokenize(text: string, range: TextRange): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = range.start;
  for (let m = TOKEN.exec(text); m && m.index < range.end; m = TOKEN.exec(text)) {
    const end = Math.min(m.index + m[0].length, range.end);
    const t = text.slice(m.index, end);
    const lower = t.toLowerCase();
    out.push({ text: t, start: m.index, end, shape: shapeOf(t, lower), low: lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower });
  }
  return out;
}
