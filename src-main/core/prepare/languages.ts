// Each paragraph's language, stored with the article as runs of paragraphs: an article that is
// Russian with an English statement in it says so where it happens. A paragraph too short to
// tell takes the article's language; without that, it stays out of every run.
import { paragraphLanguages } from '../claims/slavic/language';
import { paragraphRanges } from '../text/paragraphs';

export interface LanguageRun {
  start: number;
  end: number;
  /** 'en', 'ru', 'uk', … */
  language: string;
}

/** Consecutive paragraphs of one language as one run, in text order. */
export function languageRuns(text: string, articleLanguage: string | null): LanguageRun[] {
  const paragraphs = paragraphRanges(text);
  const languages = paragraphLanguages(text, paragraphs, articleLanguage);
  const runs: LanguageRun[] = [];
  paragraphs.forEach((p, index) => {
    const language = languages[index] ?? articleLanguage;
    if (!language) return;
    const last = runs.at(-1);
    if (last && last.language === language) last.end = p.end;
    else runs.push({ start: p.start, end: p.end, language });
  });
  return runs;
}
