// Words that end with a period without ending a sentence (English news copy).
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
    'maj', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'nos', 'vs', 'etc', 'approx', 'dept', 'est',
    'fig', 'rev', 'hon', 'pres', 'supt', 'ave', 'blvd', 'mt', 'ft',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  ],
);

/**
 * True when `word` (the token just before a period, without the period) is an abbreviation:
 * a listed one, a single letter initial ("J"), or a dotted acronym ("U.S", "a.m").
 */
export function isAbbreviation(word: string): boolean {
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
