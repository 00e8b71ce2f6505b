// A light language guess for article text: the script first (Cyrillic or Latin), then the
// letters and stop words that tell the languages of each script apart. Returns null when unsure.
import { paragraphRanges } from '../text/paragraphs';

const STOP: Record<string, ReadonlySet<string>> = {
  en: new Set('the and of to in is that for on with was said he it as by at from have has are be this which were will not but they its'.split(' ')),
  de: new Set('der die und den das nicht ist mit sich des auf für dem ein eine auch es von zu im wurde sagte nach bei sie wir aus hat sind werden'.split(' ')),
  fr: new Set('le les et des est une du dans que pour pas sur au il qui avec ce ont été selon aux mais ses elle sont cette nous'.split(' ')),
  es: new Set('el los las y del se por con una para es al lo como más su fue dijo pero sus este esta han entre desde muy sobre'.split(' ')),
  ru: new Set('и в не на что с по это как он к из за от о мы его было но она они так уже также был была были для при'.split(' ')),
  uk: new Set('і та що не на в з до це як від у за про його було але вона вони так вже також був була були для при й'.split(' ')),
};

function best(scores: Record<string, number>, min: number): string | null {
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < min) return null;
  return !second || first[1] >= second[1] * 1.5 ? first[0] : null;
}

/**
 * 'en' | 'ru' | 'uk' | 'de' | 'fr' | 'es' | null. Each paragraph of the first 6,000 characters
 * votes with its letters, so a Russian article quoting an English statement stays Russian; where
 * no paragraph can tell on its own, the opening 3,000 characters decide together.
 */
export function detectLanguage(text: string): string | null {
  const head = text.slice(0, 6000);
  const votes = new Map<string, number>();
  let cast = 0;
  for (const p of paragraphRanges(head)) {
    const paragraph = head.slice(p.start, p.end);
    const language = guessSample(paragraph);
    if (!language) continue;
    const letters = paragraph.replace(/[^\p{L}]/gu, '').length;
    votes.set(language, (votes.get(language) ?? 0) + letters);
    cast += letters;
  }
  const [winner] = [...votes].sort((a, b) => b[1] - a[1]);
  if (winner && winner[1] * 2 > cast) return winner[0];
  return guessSample(text.slice(0, 3000));
}

/** One stretch of text: its script, then the letters and stop words of that script's languages. */
function guessSample(text: string): string | null {
  const sample = text.toLowerCase();
  const words = sample.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < 5) return null;
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x52f) cyr++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) lat++;
  }
  const count = (langs: string[]): Record<string, number> => {
    const scores: Record<string, number> = Object.fromEntries(langs.map((l) => [l, 0]));
    for (const w of words) for (const l of langs) if (STOP[l]!.has(w)) scores[l]!++;
    return scores;
  };
  if (cyr > lat * 2) {
    const scores = count(['ru', 'uk']);
    // Letters only one of the two has: ы э ъ ё (Russian), і ї є ґ (Ukrainian).
    scores.ru! += (sample.match(/[ыэъё]/g) ?? []).length;
    scores.uk! += (sample.match(/[іїєґ]/g) ?? []).length;
    return best(scores, 3);
  }
  if (lat > cyr * 2) {
    const scores = count(['en', 'de', 'fr', 'es']);
    scores.de! += (sample.match(/[äöüß]/g) ?? []).length / 2;
    scores.fr! += (sample.match(/[èêàçœ]/g) ?? []).length / 2;
    scores.es! += (sample.match(/[ñ¿¡]/g) ?? []).length;
    return best(scores, 3);
  }
  return null;
}

/** 'en-GB' / 'en_US' / 'EN' → 'en'; anything that is not a language tag → null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*\s*$/.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

const ALL_STOP = new Set([...Object.values(STOP).flatMap((s) => [...s]), ...'a an or been had would could can may no if than then there who whom what when where while also after before over under into about more most some any all other such only one two three us per says say told'.split(' ')]);

/** A function word of one of the detected languages (or a very common English one). */
export const isStopWord = (word: string): boolean => ALL_STOP.has(word.toLowerCase());
