// Chicago and APA (any CSL style) through citeproc-js. The style and locale XML come in as
// strings (the service reads them from resources/csl); nothing here touches a file.
import CSL from 'citeproc';
import type { CitationStyle, CitedArticle, Mark, NoteCitation, Run } from './brief';
import { quoteInline } from './quote-marks';

/** A CSL-JSON item for one article (type article-newspaper: the outlet is the container). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: ({ family: string; given?: string } | { literal: string })[];
  issued?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
  note?: string;
}

const itemId = (articleId: number): string => `article-${articleId}`;

/** "Jane Doe and John Roe" → CSL names; an organisation or anything unusual stays a literal. */
export function cslNames(author: string): NonNullable<CslItem['author']> {
  const cleaned = author.replace(/^\s*by\s+/i, '').trim();
  return cleaned
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .filter(Boolean)
    .map((name) => {
      const words = name.split(/\s+/);
      const personal = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w));
      return personal ? { family: words[words.length - 1] as string, given: words.slice(0, -1).join(' ') } : { literal: name };
    });
}

export function cslItem(article: CitedArticle): CslItem {
  const item: CslItem = { id: itemId(article.id), type: 'article-newspaper', title: article.title };
  if (article.outlet) item['container-title'] = article.outlet;
  if (article.author) item.author = cslNames(article.author);
  const date = article.published ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(article.published) : null;
  if (date) item.issued = { 'date-parts': [date.slice(1).filter((p): p is string => p !== undefined).map(Number)] };
  if (article.url) item.URL = article.url;
  if (article.language) item.language = article.language;
  return item;
}

// citeproc-js writes formatting through an output format; this one wraps each decorated span in
// private-use markers that runsFromMarked() turns back into runs, so no HTML is parsed.
const MARKERS: Record<string, [string, Mark | null]> = {
  '@font-style/italic': ['\uE010', 'italic'],
  '@font-style/oblique': ['\uE010', 'italic'],
  '@font-style/normal': ['\uE011', null],
  '@font-weight/bold': ['\uE012', 'bold'],
  '@font-variant/small-caps': ['\uE013', 'smallcaps'],
  '@vertical-align/sup': ['\uE014', 'sup'],
  '@vertical-align/sub': ['\uE015', 'sub'],
  '@text-decoration/underline': ['\uE016', 'underline'],
};
const CLOSE = '\uE01F';
const MARKER_CHARS = /[\uE010-\uE01F]/g;
const FORMAT_NAME = 'quire-runs';

function registerFormat(): void {
  if (CSL.Output.Formats[FORMAT_NAME]) return;
  const format: Record<string, unknown> = {
    ...CSL.Output.Formats.text,
    text_escape: (text: string | undefined) => (text ?? '').replace(MARKER_CHARS, ''),
    '@bibliography/entry': (_state: unknown, str: string) => str,
  };
  for (const [decoration, [open]] of Object.entries(MARKERS)) format[decoration] = `${open}%%STRING%%${CLOSE}`;
  // A shared registry of citeproc's: adding a named format is how it is meant to be extended.
  CSL.Output.Formats[FORMAT_NAME] = format;
}

const MARK_OF = new Map(Object.values(MARKERS).map(([open, mark]) => [open, mark]));

/** citeproc output in the marker format → runs with marks. */
export function runsFromMarked(marked: string): Run[] {
  const runs: Run[] = [];
  const stack: (Mark | null)[] = [];
  let text = '';
  const flush = (): void => {
    if (!text) return;
    // "normal" cancels an enclosing italic (CSL's flip-flop inside an italic title).
    const marks = new Set<Mark>();
    for (const m of stack) {
      if (m === null) marks.delete('italic');
      else marks.add(m);
    }
    runs.push(marks.size ? { text, marks: [...marks] } : { text });
    text = '';
  };
  for (const ch of marked) {
    if (MARK_OF.has(ch)) {
      flush();
      stack.push(MARK_OF.get(ch) ?? null);
    } else if (ch === CLOSE) {
      flush();
      stack.pop();
    } else text += ch;
  }
  flush();
  return runs;
}

function dropTrailingPeriod(runs: Run[]): Run[] {
  const last = runs[runs.length - 1];
  if (!last || !last.text.endsWith('.')) return runs;
  return [...runs.slice(0, -1), { ...last, text: last.text.slice(0, -1) }];
}

/** citeproc's cite positions (CSL.POSITION_*), which the style's `position` conditions test. */
const POSITION = { first: 0, subsequent: 1, ibid: 2 } as const;
type Position = (typeof POSITION)[keyof typeof POSITION];

/**
 * A CitationStyle over a CSL style. Every citation has its position in the document (first, later,
 * ibid.), so the style decides full notes, short ones and ibid. Note-only
 * citations lead with the speaker and the exact quote; an in-text style's citation closes them.
 */
export function cslStyle(styleXml: string, localeXml: string, articles: readonly CitedArticle[]): CitationStyle {
  registerFormat();
  const items = new Map(articles.map((a) => [itemId(a.id), cslItem(a)]));
  const engine = new CSL.Engine(
    {
      retrieveLocale: () => localeXml,
      retrieveItem: (id: string) => {
        const item = items.get(id);
        if (!item) throw new Error(`no CSL item ${id}`);
        return item;
      },
    },
    styleXml,
    'en-US',
    true,
  );
  engine.setOutputFormat(FORMAT_NAME);
  engine.updateItems([...items.keys()]);
  const noteStyle = engine.opt.xclass === 'note';

  // A citation's form depends only on its source and its position (first, later, ibid.), so each
  // pair is formatted once: a 500-citation brief asks citeproc a handful of times, not 500.
  const formatted = new Map<string, Run[]>();
  const citation = (articleId: number, position: Position): Run[] => {
    const key = `${articleId} ${position}`;
    let runs = formatted.get(key);
    if (!runs) {
      runs = runsFromMarked(engine.makeCitationCluster([{ id: itemId(articleId), position }]));
      formatted.set(key, runs);
    }
    return runs;
  };

  return {
    // Chicago and APA are American: commas and full stops go inside the closing quotation mark.
    punctuation: 'inside',
    notes(list: readonly NoteCitation[]): Run[][] {
      const seen = new Set<number>();
      let previous: number | null = null;
      return list.map((c) => {
        const id = c.cited.article.id;
        // As citeproc numbers them in a note style: ibid. right after a note to the same source alone.
        const position = !noteStyle || !seen.has(id) ? POSITION.first : previous === id ? POSITION.ibid : POSITION.subsequent;
        seen.add(id);
        previous = id;
        const cited = citation(id, position);
        if (!c.withQuote) return noteStyle ? cited : [...dropTrailingPeriod(cited), { text: '.' }];
        const lead: Run[] = [...(c.cited.speaker ? [{ text: `${c.cited.speaker}: ` }] : []), { text: quoteInline(c.cited.quote, c.cited.article.language) }];
        // A note style's citation is a sentence of its own; an in-text one closes ours.
        return noteStyle ? [...lead, { text: ' — ' }, ...cited] : [...lead, { text: ' ' }, ...dropTrailingPeriod(cited), { text: '.' }];
      });
    },
    bibliography(): Run[][] {
      const made = engine.makeBibliography();
      return made ? made[1].map((entry) => runsFromMarked(entry.trim())) : [];
    },
  };
}
