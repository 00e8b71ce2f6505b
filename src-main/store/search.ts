// Full-text search over articles, claims, notes and annotations (FTS5, bm25), merged best first.
// User text never reaches MATCH as syntax: it is cut into word tokens, each one quoted.
import type { Statement } from 'better-sqlite3';
import type { Db } from './db';
import { parseFacts, saidOnOf } from './claims';
import type { ClaimRow, SearchRow } from './types';
import { makeSnippet, type SnippetTerms } from '../core/text/snippet';
import { foldWord } from '../core/text/words';
import { searchAlternatives } from '../core/claims/slavic/search-terms';

/** A search result with the source facts the filters use. */
export interface SearchHitRow extends SearchRow {
  articleId: number | null;
  speaker: string | null;
  outlet: string | null;
  published: string | null;
}

/** A claim with the article it comes from (the citation quick-pick). */
export interface ClaimHitRow extends Omit<ClaimRow, 'origin' | 'edited'> {
  articleTitle: string;
  outlet: string | null;
  published: string | null;
}

export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';
const MAX_TOKENS = 16;

/** The words of a query as FTS5 sees them (NFC, at most MAX_TOKENS; match markers dropped). */
function queryWords(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{N}\p{M}\p{Co}]+/gu) ?? []).filter((t) => !/^[\uE000\uE001]+$/.test(t)).slice(0, MAX_TOKENS);
}

const quoted = (t: string): string => `"${t.replace(/"/g, '""')}"`;

/**
 * A safe MATCH expression for free text: every word quoted (an implicit AND), the last one
 * also as a prefix so results appear while typing. Null when no word is left.
 */
export function toMatchExpression(q: string): string | null {
  const tokens = queryWords(q);
  if (tokens.length === 0) return null;
  return tokens.map((t, i) => `${quoted(t)}${i === tokens.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * The most indexed words a last-word prefix is spelled out into. FTS5 answers a prefix query by
 * merging the whole doclist of every word it begins, and does so again for bm25 and for
 * snippets; the same words as an OR of exact terms are walked lazily. A prefix that begins more
 * words than this (one or two letters while typing) stays a prefix query.
 */
export const PREFIX_EXPANSION = 16;

const SNIPPET_FORMAT = { open: MATCH_OPEN, close: MATCH_CLOSE, ellipsis: '…', words: 16 };

/**
 * How many matches per kind are ranked for one search: the newest ones (highest rowid, which FTS5
 * walks in order and stops). A word found in tens of thousands of articles would otherwise be
 * scored (bm25) in every one of them before the best 20 are known; with fewer matches than this,
 * the ranking is exactly the full one.
 */
export const RANK_WINDOW = 500;

/** Optional narrowing of a search (all case-insensitive; dates are YYYY-MM-DD). */
export interface SearchFilters {
  types?: readonly SearchRow['type'][];
  speaker?: string;
  outlet?: string;
  from?: string;
  to?: string;
  /** Annotations carrying this tag (the whole name, any case). */
  tag?: string;
}

/** SQL conditions (and their parameters) for the filters that apply to a table with article `a`. */
function articleConditions(f: SearchFilters): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (f.outlet) {
    parts.push(`instr(lower(coalesce(a.outlet, '')), lower(?)) > 0`);
    params.push(f.outlet);
  }
  if (f.from) {
    parts.push('a.published >= ?');
    params.push(f.from);
  }
  if (f.to) {
    parts.push('a.published <= ?');
    params.push(f.to);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/**
 * One kind of result: its FTS table and bm25 weights, the joins and filters that pick candidates,
 * and the columns shown for the best ones (over `t`, the ranked candidates, and the joined rows).
 */
interface Kind {
  fts: string;
  /** The contentless index of stems and transliteration keys beside the text, when the kind has one. */
  terms?: string;
  bm25: string;
  /** Joins for the filters and the shown columns, given the expression of the FTS rowid. */
  joins: (rowid: string) => string;
  where: (f: SearchFilters) => { sql: string; params: string[] };
  columns: string;
  /** The indexed columns' text by id (`?`: a JSON array of ids), in the FTS table's column order. */
  source: string;
}

const KINDS: Record<SearchRow['type'], Kind> = {
  article: {
    fts: 'articles_fts',
    terms: 'articles_terms_fts',
    bm25: 'bm25(articles_fts, 4.0, 1.0)',
    joins: (id) => `JOIN articles a ON a.id = ${id}`,
    where: articleConditions,
    columns: `a.title, a.id AS articleId, NULL AS speaker, a.outlet, a.published`,
    source: 'SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?))',
  },
  claim: {
    fts: 'claims_fts',
    terms: 'claims_terms_fts',
    bm25: 'bm25(claims_fts, 1.0, 2.0)',
    joins: (id) => `JOIN claims c ON c.id = ${id} JOIN articles a ON a.id = c.article_id`,
    where: (f) => {
      const c = articleConditions(f);
      return f.speaker ? { sql: `${c.sql} AND instr(lower(coalesce(c.speaker, '')), lower(?)) > 0`, params: [...c.params, f.speaker] } : c;
    },
    columns: `coalesce(c.speaker || ' — ', '') || a.title AS title, a.id AS articleId, c.speaker, a.outlet, a.published`,
    source: 'SELECT id, text, speaker FROM claims WHERE id IN (SELECT value FROM json_each(?))',
  },
  note: {
    fts: 'notes_fts',
    bm25: 'bm25(notes_fts, 4.0, 1.0)',
    joins: (id) => `JOIN notes n ON n.id = ${id}`,
    where: () => ({ sql: '', params: [] }),
    columns: `n.title, NULL AS articleId, NULL AS speaker, NULL AS outlet, NULL AS published`,
    source: 'SELECT id, title, text FROM notes WHERE id IN (SELECT value FROM json_each(?))',
  },
  annotation: {
    fts: 'annotations_fts',
    bm25: 'bm25(annotations_fts)',
    joins: (id) => `JOIN annotations n ON n.id = ${id} JOIN articles a ON a.id = n.article_id`,
    where: (f) => {
      const c = articleConditions(f);
      if (!f.tag) return c;
      const tagged = ' AND n.id IN (SELECT g.annotation_id FROM annotation_tags g JOIN tags t ON t.id = g.tag_id WHERE t.name = ?)';
      return { sql: `${c.sql}${tagged}`, params: [...c.params, f.tag] };
    },
    columns: `a.title, a.id AS articleId, NULL AS speaker, a.outlet, a.published`,
    source: 'SELECT id, quote, comment FROM annotations WHERE id IN (SELECT value FROM json_each(?))',
  },
};

/** As rankedSql, over the kind's terms index (word stems and transliteration keys). */
function termsRankedSql(k: Kind & { terms: string }, filters: string, window: number): string {
  return `SELECT t.id, t.rank, ${k.columns}
    FROM (SELECT rowid AS id, bm25(${k.terms}) AS rank FROM ${k.terms} WHERE ${k.terms} MATCH ? ORDER BY rowid DESC LIMIT ${window}) t
    ${k.joins('t.id')}
    WHERE 1${filters}
    ORDER BY t.rank, t.id LIMIT ?`;
}

/**
 * The terms-index expression for the query's words: each word as its stem or transliteration keys
 * (searchAlternatives), all words required. Null when a word has neither (short or plain words).
 */
function termsExpression(words: readonly string[]): { match: string; stems: string[] } | null {
  const groups: string[] = [];
  const stems: string[] = [];
  for (const w of words) {
    const alts = searchAlternatives(w);
    if (alts.length === 0) return null;
    stems.push(...alts.filter((a) => /[\u0400-\u04ff]/.test(a)));
    groups.push(alts.length === 1 ? quoted(alts[0]!) : `(${alts.map(quoted).join(' OR ')})`);
  }
  return { match: groups.join(' AND '), stems };
}

/** The best `limit` of the newest `window` matches of one kind, best first (no snippets yet). */
function rankedSql(k: Kind, filters: string, window: number): string {
  const fts = k.fts;
  return `SELECT t.id, t.rank, ${k.columns}
    FROM (SELECT ${fts}.rowid AS id, ${k.bm25} AS rank FROM ${fts} ${k.joins(`${fts}.rowid`)}
          WHERE ${fts} MATCH ?${filters} ORDER BY ${fts}.rowid DESC LIMIT ${window}) t
    ${k.joins('t.id')}
    ORDER BY t.rank, t.id LIMIT ?`;
}

const CLAIM_HIT_COLUMNS = `c.id, c.article_id AS articleId, c.kind, c.text, c.speaker, c.start_offset AS start,
  c.end_offset AS "end", c.status, c.speaker_role AS speakerRole, c.channel, c.via, c.said_on AS saidOnDate,
  c.said_precision AS saidPrecision, c.facts, a.title AS articleTitle, a.outlet, a.published`;

type RawClaimHit = Omit<ClaimHitRow, 'saidOn' | 'facts'> & { saidOnDate: string | null; saidPrecision: string | null; facts: string | null };
const toClaimHit = ({ saidOnDate, saidPrecision, facts, ...raw }: RawClaimHit): ClaimHitRow => ({
  ...raw,
  saidOn: saidOnOf(saidOnDate, saidPrecision),
  facts: parseFacts(facts),
});

/** Results of several kinds, best first (bm25, lower is better), at most `limit`. */
export function mergeHits(lists: readonly SearchHitRow[][], limit: number): SearchHitRow[] {
  return lists.flat().sort((x, y) => x.rank - y.rank || x.type.localeCompare(y.type) || x.id - y.id).slice(0, limit);
}

export class SearchRepo {
  /** @param window how many of the newest matches per kind are ranked (RANK_WINDOW; smaller in tests). */
  constructor(
    private readonly db: Db,
    private readonly window: number = RANK_WINDOW,
  ) {}

  /** FTS tables whose fts5vocab twin exists on this connection (temp schema, nothing stored). */
  private readonly vocabs = new Set<string>();
  /** Prepared statements by SQL: a search runs the same few, and compiling an FTS query costs. */
  private readonly statements = new Map<string, Statement>();

  private statement(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  /**
   * The MATCH expression for one FTS table: as toMatchExpression, with the last word spelled
   * out as the words of this table's index that begin with it, when there are few. Words the
   * fold cannot find (a tokenizer rule it does not know) keep the prefix query, so nothing is lost.
   */
  private matchFor(fts: string, words: readonly string[]): { match: string; terms: SnippetTerms } {
    const last = words[words.length - 1] as string;
    const head = words.slice(0, -1);
    const vocab = `${fts}_vocab`;
    if (!this.vocabs.has(fts)) {
      this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${vocab} USING fts5vocab(main, ${fts}, 'row')`);
      this.vocabs.add(fts);
    }
    const start = foldWord(last);
    // fts5vocab counts every word it lists through its whole doclist, so the word itself (often
    // the commonest of them) is looked up by a match that stops at its first row instead. Only for
    // ASCII, where this fold is surely the index's: a match would also find a word the fold missed
    // (the index's own fold), and the words it begins would then be left out.
    const ascii = /^[\x20-\x7e]*$/.test(start);
    const whole = ascii && this.statement(`SELECT 1 FROM ${fts} WHERE ${fts} MATCH ? LIMIT 1`).get(quoted(start)) !== undefined;
    // fts5vocab counts a word even when the range then leaves it out (`term > ?`), so the range
    // starts just past the word: U+0001 sorts below every character a word can hold.
    const found = this
      .statement(`SELECT term FROM temp.${vocab} WHERE term >= ? AND term <= ? LIMIT ${PREFIX_EXPANSION + 1}`)
      .pluck()
      .all(whole ? `${start}\u0001` : start, `${start}\u{10FFFF}`) as string[];
    if (whole) found.unshift(start);
    const exact = head.map(foldWord);
    if (found.length === 0 || found.length > PREFIX_EXPANSION) {
      return { match: [...head.map(quoted), `${quoted(last)}*`].join(' '), terms: { exact, prefixes: [start] } };
    }
    const tail = found.length === 1 ? quoted(found[0] as string) : `(${found.map(quoted).join(' OR ')})`;
    // An OR group needs an explicit AND before it (FTS5 reads `"a" ("b" OR "c")` as an error).
    return { match: [...head.map(quoted), tail].join(' AND '), terms: { exact: [...exact, ...found], prefixes: [] } };
  }

  /** The kinds of result a search with these filters covers. */
  kinds(filters: SearchFilters = {}): SearchRow['type'][] {
    let types: SearchRow['type'][] = ['article', 'claim', 'note'];
    if (this.statement('SELECT 1 FROM annotations LIMIT 1').get() !== undefined) types.push('annotation');
    if (filters.types?.length) types = types.filter((t) => filters.types?.includes(t));
    // A speaker narrows to claims; an outlet or dates leave notes out (they have neither).
    if (filters.speaker) types = types.filter((t) => t === 'claim');
    if (filters.outlet || filters.from || filters.to) types = types.filter((t) => t !== 'note');
    // A tag narrows to annotations.
    if (filters.tag) types = types.filter((t) => t === 'annotation');
    return types;
  }

  /** The best `limit` results of one kind, best first, each with its snippet. */
  queryKind(type: SearchRow['type'], q: string, limit: number, filters: SearchFilters = {}): SearchHitRow[] {
    const words = queryWords(q);
    if (words.length === 0) return [];
    const kind = KINDS[type];
    const where = kind.where(filters);
    const found = this.matchFor(kind.fts, words);
    const match = { match: found.match, terms: { exact: found.terms.exact, prefixes: [...found.terms.prefixes] } };
    const window = Math.max(this.window, limit);
    let best = this.statement(rankedSql(kind, where.sql, window)).all(match.match, ...where.params, limit) as Omit<SearchHitRow, 'type' | 'snippet'>[];
    const terms = kind.terms ? termsExpression(words) : null;
    if (kind.terms && terms) {
      // Word forms ("высылку" for "высылка") and names in the other script ("Небензя" for
      // "Nebenzia"): rows the exact words miss, merged by rank.
      const seen = new Set(best.map((r) => r.id));
      const more = (this.statement(termsRankedSql({ ...kind, terms: kind.terms }, where.sql, window)).all(terms.match, ...where.params, limit) as typeof best).filter((r) => !seen.has(r.id));
      if (more.length > 0) best = [...best, ...more].sort((x, y) => x.rank - y.rank || x.id - y.id).slice(0, limit);
      match.terms.prefixes.push(...terms.stems);
    }
    if (best.length === 0) return [];
    // Snippets for the shown rows only, from their text and the query's indexed words.
    const texts = new Map(
      (this.statement(kind.source).raw().all(JSON.stringify(best.map((r) => r.id))) as [number, ...(string | null)[]][]).map(([id, ...columns]) => [id, columns]),
    );
    return best.map((r) => ({ ...r, type, snippet: makeSnippet(texts.get(r.id) ?? [], match.terms, SNIPPET_FORMAT) }));
  }

  /** Every kind the filters allow, merged best first. */
  query(q: string, limit: number, filters: SearchFilters = {}): SearchHitRow[] {
    if (queryWords(q).length === 0) return [];
    return mergeHits(this.kinds(filters).map((type) => this.queryKind(type, q, limit, filters)), limit);
  }

  /**
   * Claims for the citation quick-pick: FTS over quote and speaker, best first (among the newest
   * window of matches, as query()); with no words,
   * the most recently imported claims. Rejected claims are left out.
   */
  claims(q: string, limit: number): ClaimHitRow[] {
    const words = queryWords(q);
    if (words.length === 0) {
      return (this
        .statement(
          `SELECT ${CLAIM_HIT_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id
           WHERE c.status <> 'rejected' ORDER BY a.imported_at DESC, a.id DESC, c.start_offset LIMIT ?`,
        )
        .all(limit) as RawClaimHit[]).map(toClaimHit);
    }
    // As query(): the best of the newest window of matches.
    return (this
      .statement(
        `SELECT ${CLAIM_HIT_COLUMNS}
         FROM (SELECT claims_fts.rowid AS id, bm25(claims_fts, 1.0, 2.0) AS rank FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid
               WHERE claims_fts MATCH ? AND c.status <> 'rejected' ORDER BY claims_fts.rowid DESC LIMIT ?) t
         JOIN claims c ON c.id = t.id JOIN articles a ON a.id = c.article_id
         ORDER BY t.rank, c.id LIMIT ?`,
      )
      .all(this.matchFor('claims_fts', words).match, Math.max(this.window, limit), limit) as RawClaimHit[]).map(toClaimHit);
  }
}
