// Quire's own citation style: it leads with who spoke and the exact words, then where and when
// they were reported — the order an analyst reads a statement in.
//   Elena Varga — “This is a routine decision”, Harbor Wire, 4 March 2025 (Veldria orders closure).
import type { CitationStyle, CitedArticle, ResolvedQuote, Run } from './brief';
import { humanDate, runsText } from './brief';

function whereAndWhen(article: CitedArticle): string {
  return [article.outlet, article.published ? humanDate(article.published) : null].filter(Boolean).join(', ');
}

export function statementStyle(articles: readonly CitedArticle[]): CitationStyle {
  return {
    footnote(cited: ResolvedQuote): Run[] {
      const where = whereAndWhen(cited.article);
      return [
        ...(cited.speaker ? [{ text: `${cited.speaker} — ` }] : []),
        { text: `“${cited.quote}”` },
        { text: where ? `, ${where} (` : ' (' },
        { text: cited.article.title, marks: ['italic'] },
        { text: ').' },
      ];
    },
    bibliography(): Run[][] {
      const entries = articles.map((a): Run[] => {
        const where = whereAndWhen(a);
        return [
          ...(a.author ? [{ text: `${a.author}. ` }] : []),
          { text: a.title, marks: ['italic'] },
          { text: where ? `. ${where}.` : '.' },
        ];
      });
      return entries.sort((x, y) => runsText(x).localeCompare(runsText(y)));
    },
  };
}
