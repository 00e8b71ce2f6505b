// English stemming for grouping word forms: the Porter (1980) suffix stripper, then a few
// derivational alternations Porter leaves apart so a verb and its noun meet ("expel" /
// "expulsion", "invade" / "invasion", "decide" / "decision").

const isVowelAt = (w: string, i: number): boolean => {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return true;
  // y is a vowel after a consonant ("try"), a consonant at the start or after a vowel ("yes", "say").
  return c === 'y' && i > 0 && !isVowelAt(w, i - 1);
};

/** Porter's m: the number of vowel-consonant sequences in `w`. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  while (i < w.length && !isVowelAt(w, i)) i++;
  while (i < w.length) {
    while (i < w.length && isVowelAt(w, i)) i++;
    if (i >= w.length) break;
    while (i < w.length && !isVowelAt(w, i)) i++;
    m++;
  }
  return m;
}

const hasVowel = (w: string): boolean => [...w].some((_, i) => isVowelAt(w, i));
const doubleConsonant = (w: string): boolean => w.length >= 2 && w.at(-1) === w.at(-2) && !isVowelAt(w, w.length - 1);
/** Ends consonant-vowel-consonant, the last not w, x or y ("hop", not "how"). */
const cvc = (w: string): boolean => {
  const n = w.length;
  return n >= 3 && !isVowelAt(w, n - 3) && isVowelAt(w, n - 2) && !isVowelAt(w, n - 1) && !/[wxy]$/.test(w);
};

/** Replaces the first matching suffix when the remaining stem satisfies `cond`. */
function replaceSuffix(w: string, rules: readonly (readonly [string, string])[], cond: (stem: string) => boolean): string {
  for (const [suffix, repl] of rules) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      return cond(stem) ? stem + repl : w;
    }
  }
  return w;
}

const STEP2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

/** The Porter stem of a lowercase word. */
export function porterStem(word: string): string {
  let w = word;
  if (w.length <= 2) return w;
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);
  // Step 1b: -ed, -ing.
  let tidy = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    tidy = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    tidy = true;
  }
  if (tidy) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (doubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += 'e';
  }
  // Step 1c: y → i after a vowel-bearing stem.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  w = replaceSuffix(w, STEP2, (s) => measure(s) > 0);
  w = replaceSuffix(w, STEP3, (s) => measure(s) > 0);
  // Step 4: drop a derivational suffix when the stem is long enough.
  for (const suffix of STEP4) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/.test(stem))) w = stem;
      break;
    }
  }
  // Step 5: a final e, a final double l.
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !cvc(stem))) w = stem;
  }
  if (measure(w) > 1 && w.endsWith('ll')) w = w.slice(0, -1);
  return w;
}

/**
 * The key a word is grouped by: its Porter stem, with the Latin -pel/-pulsion and -de/-sion
 * alternations joined ("expulsion" and "expelled" → "expel"; "invasion" and "invaded" → "invad").
 */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  // Adjectives in -ial keep their ending: "initial" is not "initiate", "official" not "officiate";
  // nor is a "department" a departure.
  if (/ial(?:ly|s)?$/.test(lower)) return lower.replace(/(?:ly|s)$/, '');
  if (/partments?$/.test(lower)) return lower.replace(/s$/, '');
  let s = porterStem(lower);
  if (s.endsWith('puls')) s = `${s.slice(0, -4)}pel`;
  else if (lower.endsWith('sion') && /[aeiou]s$/.test(s) && s.length >= 5) s = `${s.slice(0, -1)}d`;
  return s;
}
