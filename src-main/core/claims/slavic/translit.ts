// Cyrillic names in Latin letters by the standard schemes, so one person written in either script
// is one entity: Russian by the Wikipedia scheme (iuliia), Ukrainian (a word with і, ї, є or ґ) by
// Ukraine's national scheme of 2010. Other words pass unchanged.
import iuliia from 'iuliia';

const CYRILLIC = /[\u0400-\u04ff]/;
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/;

/** Ukraine's national transliteration (Cabinet of Ministers resolution 55, 2010): letter, then its form at a word's start. */
const UK: Record<string, [string, string?]> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['h'], ґ: ['g'], д: ['d'], е: ['e'], є: ['ie', 'ye'], ж: ['zh'], з: ['z'], и: ['y'], і: ['i'],
  ї: ['i', 'yi'], й: ['i', 'y'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u'],
  ф: ['f'], х: ['kh'], ц: ['ts'], ч: ['ch'], ш: ['sh'], щ: ['shch'], ь: [''], ю: ['iu', 'yu'], я: ['ia', 'ya'], "'": [''], '’': [''], ʼ: [''],
};

function ukrainian(word: string): string {
  let out = '';
  let initial = true;
  for (const ch of word) {
    const low = ch.toLowerCase();
    const m = UK[low];
    if (!m) {
      out += ch;
      initial = !/\p{L}/u.test(ch);
      continue;
    }
    let lat = initial && m[1] !== undefined ? m[1] : m[0];
    // "зг" is "zgh", so it does not read as "zh".
    if (low === 'г' && out.toLowerCase().endsWith('z')) lat = 'gh';
    out += ch !== low && lat ? lat[0]!.toUpperCase() + lat.slice(1) : lat;
    initial = false;
  }
  return out;
}

/** `text` with its Cyrillic words in Latin letters (Russian: Wikipedia scheme; Ukrainian: national scheme). */
export function latinOf(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  return text.replace(/[\p{L}'’ʼ]+/gu, (w) => (!CYRILLIC.test(w) ? w : UKRAINIAN_LETTERS.test(w) ? ukrainian(w) : iuliia.translate(w, iuliia.WIKIPEDIA)));
}

export const hasCyrillic = (text: string): boolean => CYRILLIC.test(text);

/** Ukrainian letters as Russian spelling writes the same sounds (і → и, и → ы, ї → йи, є → е). */
const UK_AS_RU: Record<string, string> = { і: 'и', и: 'ы', ї: 'йи', є: 'е', ґ: 'г', І: 'И', И: 'Ы', Ї: 'Йи', Є: 'Е', Ґ: 'Г' };

/**
 * The Latin spellings a Cyrillic word is met in: its standard one, and for a Ukrainian word also
 * the Russian-style one English news often uses ("Сергій": "Serhii" and "Sergiy").
 */
export function latinVariants(word: string): string[] {
  const main = latinOf(word);
  if (!UKRAINIAN_LETTERS.test(word)) return [main];
  const asRussian = iuliia.translate(word.replace(/[іиїєґІИЇЄҐ]/g, (c) => UK_AS_RU[c] ?? c), iuliia.WIKIPEDIA);
  return asRussian === main ? [main] : [main, asRussian];
}
