// Quire's own citation style: it leads with who spoke and the exact words, then where and when
// they were reported — the order an analyst reads a statement in. British punctuation: a comma or
// full stop after quoted words stays outside the closing mark.
//   Elena Varga — “This is a routine decision”, Harbor Wire, 4 March 2025 (Veldria orders closure).
// A later note to the same article is short: speaker, outlet and title, without date or address.
import type { CitationStyle, CitedArticle, NoteCitation, Run } from './brief';
import { humanDate, runsText } from './brief';
import { quoteInline } from './quote-marks';

function whereAndWhen(article: CitedArticle): string {
  return [article.outlet, article.published ? humanDate(article.published) : null].filter(Boolean).join(', ');
}

/** A short note's title: its first words, as Chicago shortens titles. */
const SHORT_TITLE_WORDS = 4;

const shortTitle = (title: string): string => title.split(/\s+/).slice(0, SHORT_TITLE_WORDS).join(' ');

export function statementStyle(articles: readonly CitedArticle[]): CitationStyle {
  return {
    punctuation: 'outside',
    notes(list: readonly NoteCitation[]): Run[][] {
      const seen = new Set<number>();
      return list.map(({ cited, withQuote }) => {
        const { article } = cited;
        const later = seen.has(article.id);
        seen.add(article.id);
        const lead: Run[] = [
          ...(cited.speaker ? [{ text: withQuote ? `${cited.speaker} — ` : `${cited.speaker}, ` }] : []),
          ...(withQuote ? [{ text: quoteInline(cited.quote, article.language) }, { text: ', ' }] : []),
        ];
        if (later) return [...lead, ...(article.outlet ? [{ text: `${article.outlet}, ` }] : []), { text: shortTitle(article.title), marks: ['italic'] }, { text: '.' }];
        const where = whereAndWhen(article);
        return [
          ...lead,
          ...(where ? [{ text: `${where} (` }] : [{ text: '(' }]),
          { text: article.title, marks: ['italic'] },
          { text: article.url ? `), ${article.url}.` : ').' },
        ];
      });
    },
    bibliography(): Run[][] {
      const entries = articles.map((a): Run[] => {
        const where = whereAndWhen(a);
        return [
          ...(a.author ? [{ text: `${a.author}. ` }] : []),
          { text: a.title, marks: ['italic'] },
          { text: where ? `. ${where}.` : '.' },
          ...(a.url ? [{ text: ` ${a.url}.` }] : []),
        ];
      });
      return entries.sort((x, y) => runsText(x).localeCompare(runsText(y)));
    },
  };
}
