// Search snippets: the few words of a text around the query's words, each hit marked. This is
// FTS5's snippet() done on text already in hand: with the exact indexed words of a query known,
// it costs a scan of the shown rows' text instead of one full-text lookup per row.
import { foldWord } from './words';

/** The query as the index folds it: exact words, and words to match by their beginning. */
export interface SnippetTerms {
  exact: readonly string[];
  prefixes: readonly string[];
}

export interface SnippetFormat {
  open: string;
  close: string;
  ellipsis: string;
  /** Words in the window. */
  words: number;
}

/** Index tokens as FTS5's unicode61 tokenizer cuts them: runs of letters, digits and marks. */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;


interface Token {
  start: number;
  end: number;
  /** Which query term it matches (an index into exact ++ prefixes), or -1. */
  term: number;
}

function tokens(text: string, terms: SnippetTerms): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const folded = foldWord(m[0]);
    let term = terms.exact.indexOf(folded);
    if (term < 0) {
      const p = terms.prefixes.findIndex((prefix) => folded.startsWith(prefix));
      if (p >= 0) term = terms.exact.length + p;
    }
    out.push({ start: m.index, end: m.index + m[0].length, term });
  }
  return out;
}

/** The best window of one text: most distinct terms, then most hits, then earliest. */
function bestWindow(toks: readonly Token[], size: number): { start: number; score: number } {
  let best = { start: 0, score: 0 };
  for (let i = 0; i < toks.length; i++) {
    if ((toks[i] as Token).term < 0) continue;
    const end = Math.min(toks.length, i + size);
    const seen = new Set<number>();
    let hits = 0;
    let last = i;
    for (let j = i; j < end; j++) {
      const t = (toks[j] as Token).term;
      if (t < 0) continue;
      seen.add(t);
      hits++;
      last = j;
    }
    const score = seen.size * 1000 + hits;
    if (score > best.score) {
      // Centre the hits in the window where the text allows.
      const slack = size - (last - i + 1);
      best = { start: Math.max(0, Math.min(i - Math.floor(slack / 2), toks.length - size)), score };
    }
  }
  return best;
}

/**
 * The snippet of a row: of its columns, the one whose best window holds the most distinct query
 * words (the first on a tie), cut to `words` words, hits marked, `ellipsis` where text was left out.
 */
export function makeSnippet(columns: readonly (string | null)[], terms: SnippetTerms, format: SnippetFormat): string {
  let chosen: { text: string; toks: Token[]; start: number; score: number } | null = null;
  for (const text of columns) {
    if (!text) continue;
    const toks = tokens(text, terms);
    const window = bestWindow(toks, format.words);
    if (chosen === null || window.score > chosen.score) chosen = { text, toks, ...window };
  }
  if (chosen === null || chosen.toks.length === 0) return '';
  const { text, toks, start } = chosen;
  const end = Math.min(toks.length, start + format.words);
  let out = start > 0 ? format.ellipsis : '';
  let at = start > 0 ? (toks[start] as Token).start : 0;
  for (let i = start; i < end; i++) {
    const t = toks[i] as Token;
    out += text.slice(at, t.start);
    out += t.term >= 0 ? `${format.open}${text.slice(t.start, t.end)}${format.close}` : text.slice(t.start, t.end);
    at = t.end;
  }
  out += end < toks.length ? format.ellipsis : text.slice(at);
  return out;
}
