// The reader's view of an article's paragraph languages: each paragraph's `lang` (so hyphenation,
// spelling and screen readers follow it) and the languages other than the article's own.
import type { Article } from '../../../src-main/api/contract/methods';

type Runs = Article['languages'];

/** The language of the run holding `offset`, or null outside every run. */
export function languageAt(runs: Runs, offset: number): string | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid] as Runs[number];
    if (offset < run.start) hi = mid - 1;
    else if (offset >= run.end) lo = mid + 1;
    else return run.language;
  }
  return null;
}

/** Languages of paragraphs that differ from the article's own, with how many paragraphs each. */
export function otherLanguages(article: Pick<Article, 'language' | 'languages'>, paragraphStarts: readonly number[]): { language: string; paragraphs: number }[] {
  const counts = new Map<string, number>();
  for (const start of paragraphStarts) {
    const language = languageAt(article.languages, start);
    if (language && language !== article.language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts].map(([language, paragraphs]) => ({ language, paragraphs }));
}

const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

/** 'ru' → 'Russian' (the code itself where the browser has no name for it). */
export function languageName(code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
