// The language of each paragraph, for the extractor. The article's language (handed in, or
// franc's trigram guess over its opening when unknown) is the default; a Cyrillic paragraph is
// Russian or Ukrainian by the letters only one of them has (ы э ъ ё / і ї є ґ), which tells the
// two apart even in a short paragraph; a Latin paragraph of a Cyrillic article gets franc's guess
// of its own. Paragraphs too short to tell take the article's language.
import { franc } from 'franc';
import type { TextRange } from '../../text/ranges';

const CODES: Record<string, string> = { rus: 'ru', ukr: 'uk', eng: 'en', deu: 'de', fra: 'fr', spa: 'es' };
const ONLY = Object.keys(CODES);
/** Below this many letters franc is not asked. */
const MIN_LETTERS = 60;
const CYRILLIC = /[\u0400-\u04ff]/;
const RU_ONLY = /[ыэъёЫЭЪЁ]/g;
const UK_ONLY = /[іїєґІЇЄҐ]/g;

/** 'ru' | 'uk' | 'en' | … for a stretch of text, or null when it is too short or unclear. */
export function guessLanguage(text: string): string | null {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) return null;
  const code = franc(text, { only: ONLY, minLength: MIN_LETTERS });
  return CODES[code] ?? null;
}

/** 'ru' or 'uk' by the letters only one of them has; null when neither has more. */
function russianOrUkrainian(s: string): 'ru' | 'uk' | null {
  const ru = s.match(RU_ONLY)?.length ?? 0;
  const uk = s.match(UK_ONLY)?.length ?? 0;
  return uk > ru ? 'uk' : ru > uk ? 'ru' : null;
}

/** Each paragraph's language; `article` (already known, else guessed from the opening) for the ones that cannot tell. */
export function paragraphLanguages(text: string, paragraphs: readonly TextRange[], article: string | null): (string | null)[] {
  const head = text.slice(0, 2000);
  const cyrillicText = CYRILLIC.test(text);
  if (!cyrillicText) return paragraphs.map(() => article ?? 'en');
  // The letters only one of Russian and Ukrainian has decide at once; franc only when they do not;
  // a Cyrillic text too short for either is read as Russian (Ukrainian writes і in nearly every sentence).
  const whole = article ?? russianOrUkrainian(head) ?? guessLanguage(head) ?? 'ru';
  const slavic = whole === 'ru' || whole === 'uk';
  return paragraphs.map((p) => {
    const sample = text.slice(p.start, Math.min(p.end, p.start + 2000));
    if (!CYRILLIC.test(sample)) return slavic ? guessLanguage(sample) : whole;
    return russianOrUkrainian(sample) ?? (slavic ? whole : guessLanguage(sample) ?? whole);
  });
}
