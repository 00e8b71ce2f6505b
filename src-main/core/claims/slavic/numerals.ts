// Numbers written as words in Russian and Ukrainian, in every case ("двадцать пять", "трех",
// "двухсот", "пятерых", "двадцяти п'яти", "три тысячи"): each numeral is known by its stem, and
// the case ending after it is free, so the table stays one line per number.

type Part = { value: number; kind: 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' };

// Stems, then the endings a numeral takes across its cases. Longer stems are tried first, so
// "двенадцат" wins over "две" and "семьдесят" over "семь".
const STEMS: [stem: string, value: number, kind: Part['kind']][] = [
  // Russian
  ['один', 1, 'unit'], ['одн', 1, 'unit'], ['два', 2, 'unit'], ['две', 2, 'unit'], ['двух', 2, 'unit'], ['двум', 2, 'unit'],
  ['три', 3, 'unit'], ['тр', 3, 'unit'], ['четыр', 4, 'unit'], ['пят', 5, 'unit'], ['шест', 6, 'unit'], ['сем', 7, 'unit'],
  ['восем', 8, 'unit'], ['восьм', 8, 'unit'], ['девят', 9, 'unit'], ['десят', 10, 'teen'],
  ['одиннадцат', 11, 'teen'], ['двенадцат', 12, 'teen'], ['тринадцат', 13, 'teen'], ['четырнадцат', 14, 'teen'],
  ['пятнадцат', 15, 'teen'], ['шестнадцат', 16, 'teen'], ['семнадцат', 17, 'teen'], ['восемнадцат', 18, 'teen'],
  ['девятнадцат', 19, 'teen'], ['двадцат', 20, 'ten'], ['тридцат', 30, 'ten'], ['сорок', 40, 'ten'],
  ['пятьдесят', 50, 'ten'], ['пятидесят', 50, 'ten'], ['шестьдесят', 60, 'ten'], ['шестидесят', 60, 'ten'],
  ['семьдесят', 70, 'ten'], ['семидесят', 70, 'ten'], ['восемьдесят', 80, 'ten'], ['восьмидесят', 80, 'ten'],
  ['девяност', 90, 'ten'], ['сто', 100, 'hundred'], ['ста', 100, 'hundred'], ['двест', 200, 'hundred'], ['двухсот', 200, 'hundred'],
  ['трист', 300, 'hundred'], ['трехсот', 300, 'hundred'], ['трёхсот', 300, 'hundred'], ['четырест', 400, 'hundred'],
  ['четырехсот', 400, 'hundred'], ['пятьсот', 500, 'hundred'], ['пятисот', 500, 'hundred'], ['шестьсот', 600, 'hundred'],
  ['шестисот', 600, 'hundred'], ['семьсот', 700, 'hundred'], ['семисот', 700, 'hundred'], ['восемьсот', 800, 'hundred'],
  ['восьмисот', 800, 'hundred'], ['девятьсот', 900, 'hundred'], ['девятисот', 900, 'hundred'],
  ['двое', 2, 'unit'], ['двоих', 2, 'unit'], ['трое', 3, 'unit'], ['троих', 3, 'unit'], ['четвер', 4, 'unit'], ['пятер', 5, 'unit'],
  ['шестер', 6, 'unit'], ['семер', 7, 'unit'], ['восьмер', 8, 'unit'], ['девятер', 9, 'unit'], ['десятер', 10, 'teen'],
  ['тысяч', 1e3, 'scale'], ['миллион', 1e6, 'scale'], ['миллиард', 1e9, 'scale'], ['полтор', 1.5, 'unit'], ['полутор', 1.5, 'unit'],
  // Ukrainian
  ['дві', 2, 'unit'], ['двох', 2, 'unit'], ['трьох', 3, 'unit'], ['чотир', 4, 'unit'], ['п’ят', 5, 'unit'], ["п'ят", 5, 'unit'],
  ['шіст', 6, 'unit'], ['шест', 6, 'unit'], ['сім', 7, 'unit'], ['вісім', 8, 'unit'], ['восьм', 8, 'unit'], ['дев’ят', 9, 'unit'],
  ["дев'ят", 9, 'unit'], ['одинадцят', 11, 'teen'], ['дванадцят', 12, 'teen'], ['тринадцят', 13, 'teen'], ['чотирнадцят', 14, 'teen'],
  ['п’ятнадцят', 15, 'teen'], ["п'ятнадцят", 15, 'teen'], ['шістнадцят', 16, 'teen'], ['сімнадцят', 17, 'teen'],
  ['вісімнадцят', 18, 'teen'], ['дев’ятнадцят', 19, 'teen'], ["дев'ятнадцят", 19, 'teen'], ['двадцят', 20, 'ten'],
  ['тридцят', 30, 'ten'], ['п’ятдесят', 50, 'ten'], ["п'ятдесят", 50, 'ten'], ['п’ятдесяти', 50, 'ten'], ['шістдесят', 60, 'ten'],
  ['сімдесят', 70, 'ten'], ['вісімдесят', 80, 'ten'], ['дев’яност', 90, 'ten'], ["дев'яност", 90, 'ten'], ['двіст', 200, 'hundred'],
  ['двохсот', 200, 'hundred'], ['трьохсот', 300, 'hundred'], ['чотирист', 400, 'hundred'], ['чотирьохсот', 400, 'hundred'],
  ['п’ятсот', 500, 'hundred'], ["п'ятсот", 500, 'hundred'], ['шістсот', 600, 'hundred'], ['сімсот', 700, 'hundred'],
  ['вісімсот', 800, 'hundred'], ['дев’ятсот', 900, 'hundred'], ["дев'ятсот", 900, 'hundred'], ['тисяч', 1e3, 'scale'],
  ['мільйон', 1e6, 'scale'], ['мільярд', 1e9, 'scale'], ['півтор', 1.5, 'unit'],
];
STEMS.sort((a, b) => b[0].length - a[0].length);

/** What may follow a stem: the case endings of numerals (and nothing), never a longer word. */
const ENDING = /^(?:|ь|о|емя|а|и|ы|у|ю|ем|ём|ом|ой|ью|я|е|ех|ёх|ям|ями|ами|ах|ых|ым|ыми|ого|ому|ій|ох|ьох|ьом|ома|ьма|ма|ов|ів|ам|і|ї|ею|ою|ої|их|им|ими)$/;

/** A word's numeral value and kind, or null. "три" / "трех" / "трьом" → 3. */
function numeral(word: string): Part | null {
  const w = word.toLowerCase();
  // "одни" and "одних" are "some", "only", not the number one.
  if (/^одн(?:и|их|им|ими|і)$/.test(w)) return null;
  for (const [stem, value, kind] of STEMS) {
    if (w.startsWith(stem) && ENDING.test(w.slice(stem.length))) return { value, kind };
  }
  return null;
}

export interface WordNumber {
  value: number;
  /** Offsets in the text given. */
  start: number;
  end: number;
}

const WORD = /[\p{L}’']+/gu;

/** Every number written as one or more numeral words ("двадцать пять тысяч" → 25000), in text order. */
export function wordNumbers(text: string): WordNumber[] {
  const found: WordNumber[] = [];
  let total = 0;
  let group = 0;
  let start = -1;
  let end = -1;
  let last: Part['kind'] | null = null;
  const flush = (): void => {
    if (start >= 0) found.push({ value: total + group, start, end });
    total = 0;
    group = 0;
    start = -1;
    last = null;
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const part = numeral(m[0]);
    // Words of one number stand next to each other, with nothing but spaces between them.
    if (start >= 0 && (!part || !/^\s+$/.test(text.slice(end, m.index)))) flush();
    if (!part) continue;
    if (start >= 0 && !fits(last, part.kind)) flush();
    if (start < 0) start = m.index;
    if (part.kind === 'scale') {
      total += (group || 1) * part.value;
      group = 0;
    } else group += part.value;
    end = m.index + m[0].length;
    last = part.kind;
  }
  flush();
  return found;
}

/** Whether a numeral of `next` kind may follow one of `prev` kind in one number ("двадцать пять", not "пять двадцать"). */
function fits(prev: Part['kind'] | null, next: Part['kind']): boolean {
  if (prev === null || next === 'scale') return prev !== 'scale' || next !== 'scale';
  if (prev === 'scale') return true;
  if (prev === 'hundred') return next !== 'hundred';
  if (prev === 'ten') return next === 'unit';
  return false;
}
