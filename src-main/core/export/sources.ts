// Cited sources for other tools: CSL-JSON (what Zotero and citeproc read) and BibTeX.
import type { CitedArticle } from './brief';
import { cslItem, cslNames, type CslItem } from './csl-style';

export function sourcesCslJson(articles: readonly CitedArticle[]): CslItem[] {
  return articles.map(cslItem);
}

/** Braces, backslashes and TeX's special characters made literal. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[%$&#_]/g, '\\$&')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

function citeKey(article: CitedArticle, used: Set<string>): string {
  const names = article.author ? cslNames(article.author) : [];
  const first = names[0];
  const who = first ? ('family' in first ? first.family : first.literal) : (article.outlet ?? 'anon');
  const word = article.title.split(/\s+/).find((w) => w.length > 3) ?? article.title;
  const plain = (s: string): string => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const base = `${plain(who) || 'anon'}${article.published?.slice(0, 4) ?? ''}${plain(word)}`.slice(0, 40);
  let key = base;
  for (let i = 0; used.has(key); i++) key = `${base}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
  used.add(key);
  return key;
}

/** BibTeX entries (biblatex-friendly: @article with entrysubtype newspaper and an ISO date). */
export function sourcesBibtex(articles: readonly CitedArticle[]): string {
  const used = new Set<string>();
  return articles
    .map((a) => {
      const fields: [string, string][] = [['title', `{${escapeBibtex(a.title)}}`]];
      if (a.author) {
        const names = cslNames(a.author).map((n) =>
          'family' in n ? [n.family, n.given].filter(Boolean).map((part) => escapeBibtex(part as string)).join(', ') : `{${escapeBibtex(n.literal)}}`,
        );
        fields.push(['author', names.join(' and ')]);
      }
      if (a.outlet) fields.push(['journal', escapeBibtex(a.outlet)]);
      fields.push(['entrysubtype', 'newspaper']);
      if (a.published) {
        fields.push(['date', a.published]);
        fields.push(['year', a.published.slice(0, 4)]);
      }
      fields.push(['note', `Quire article ${a.id}`]);
      const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
      return `@article{${citeKey(a, used)},\n${body}\n}\n`;
    })
    .join('\n');
}
