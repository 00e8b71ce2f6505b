// The language of each paragraph, for the extractor: franc's trigram guess among the languages
// Quire reads, with the article's own language for paragraphs too short to tell.
import { franc } from 'franc';
import type { TextRange } from '../../text/ranges';

const CODES: Record<string, string> = { rus: 'ru', ukr: 'uk', eng: 'en', deu: 'de', fra: 'fr', spa: 'es' };
const ONLY = Object.keys(CODES);
/** Below this many letters a paragraph takes the article's language. */
const MIN_LETTERS = 60;
const CYRILLIC = /[\u0400-\u04ff]/;

/** 'ru' | 'uk' | 'en' | … for a stretch of text, or null when it is too short or unclear. */
export function guessLanguage(text: string): string | null {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) return null;
  const code = franc(text, { only: ONLY, minLength: MIN_LETTERS });
  return CODES[code] ?? null;
}

/** Each paragraph's language; `article` (already known or guessed from the whole text) for short ones. */
export function paragraphLanguages(text: string, paragraphs: readonly TextRange[], article: string | null): (string | null)[] {
  const head = text.slice(0, 5000);
  const whole = article ?? (CYRILLIC.test(head) ? guessLanguage(head) : 'en');
  return paragraphs.map((p) => {
    const sample = text.slice(p.start, Math.min(p.end, p.start + 2000));
    // Without Cyrillic letters a paragraph is none of the languages this is asked for.
    if (!CYRILLIC.test(sample)) return whole === 'ru' || whole === 'uk' ? guessLanguage(sample) : whole;
    const own = guessLanguage(sample);
    // Russian and Ukrainian share most trigrams: inside a Russian or Ukrainian article a paragraph
    // switches between them only on the letters one of them lacks.
    if (own && whole && own !== whole && (own === 'ru' || own === 'uk') && (whole === 'ru' || whole === 'uk')) {
      const s = text.slice(p.start, p.end);
      const uk = (s.match(/[іїєґ]/giu) ?? []).length;
      const ru = (s.match(/[ыэъё]/giu) ?? []).length;
      return uk > ru ? 'uk' : ru > uk ? 'ru' : whole;
    }
    return own ?? whole;
  });
}
