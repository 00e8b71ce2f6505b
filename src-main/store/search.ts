// Full-text search over articles, claims, notes and annotations (FTS5, bm25), merged best first.
// User text never reaches MATCH as syntax: it is cut into word tokens, each one quoted.
import type { Db } from './db';
import { parseFacts, saidOnOf } from './claims';
import type { ClaimRow, SearchRow } from './types';

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

/**
 * A safe MATCH expression for free text: every word quoted (an implicit AND), the last one
 * also as a prefix so results appear while typing. Null when no word is left.
 */
export function toMatchExpression(q: string): string | null {
  const tokens = (q.normalize('NFC').match(/[\p{L}\p{N}\p{M}\p{Co}]+/gu) ?? [])
    .filter((t) => !/^[\uE000\uE001]+$/.test(t))
    .slice(0, MAX_TOKENS);
  if (tokens.length === 0) return null;
  return tokens.map((t, i) => `"${t.replace(/"/g, '""')}"${i === tokens.length - 1 ? '*' : ''}`).join(' ');
}

const snippet = (table: string): string => `snippet(${table}, -1, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 16)`;

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

const article = (f: SearchFilters): [string, string[]] => {
  const c = articleConditions(f);
  return [
    `SELECT 'article' AS type, a.id, a.title, ${snippet('articles_fts')} AS snippet, bm25(articles_fts, 4.0, 1.0) AS rank,
      a.id AS articleId, NULL AS speaker, a.outlet, a.published
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH ?${c.sql} ORDER BY rank LIMIT ?`,
    c.params,
  ];
};

const claim = (f: SearchFilters): [string, string[]] => {
  const c = articleConditions(f);
  const speaker = f.speaker ? ` AND instr(lower(coalesce(c.speaker, '')), lower(?)) > 0` : '';
  return [
    `SELECT 'claim' AS type, c.id, coalesce(c.speaker || ' — ', '') || a.title AS title, ${snippet('claims_fts')} AS snippet,
      bm25(claims_fts, 1.0, 2.0) AS rank, a.id AS articleId, c.speaker, a.outlet, a.published
    FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id
    WHERE claims_fts MATCH ?${c.sql}${speaker} ORDER BY rank LIMIT ?`,
    f.speaker ? [...c.params, f.speaker] : c.params,
  ];
};

const note = (): [string, string[]] => [
  `SELECT 'note' AS type, n.id, n.title, ${snippet('notes_fts')} AS snippet, bm25(notes_fts, 4.0, 1.0) AS rank,
    NULL AS articleId, NULL AS speaker, NULL AS outlet, NULL AS published
  FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid
  WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?`,
  [],
];

const annotation = (f: SearchFilters): [string, string[]] => {
  const c = articleConditions(f);
  const tag = f.tag ? ' AND x.id IN (SELECT g.annotation_id FROM annotation_tags g JOIN tags t ON t.id = g.tag_id WHERE t.name = ?)' : '';
  return [
    `SELECT 'annotation' AS type, x.id, a.title, ${snippet('annotations_fts')} AS snippet, bm25(annotations_fts) AS rank,
      a.id AS articleId, NULL AS speaker, a.outlet, a.published
    FROM annotations_fts JOIN annotations x ON x.id = annotations_fts.rowid JOIN articles a ON a.id = x.article_id
    WHERE annotations_fts MATCH ?${c.sql}${tag} ORDER BY rank LIMIT ?`,
    f.tag ? [...c.params, f.tag] : c.params,
  ];
};

const QUERIES: Record<SearchRow['type'], (f: SearchFilters) => [string, string[]]> = { article, claim, note, annotation };

const CLAIM_HIT_COLUMNS = `c.id, c.article_id AS articleId, c.kind, c.text, c.speaker, c.start_offset AS start,
  c.end_offset AS "end", c.status, c.speaker_role AS speakerRole, c.channel, c.via, c.said_on AS saidOnDate,
  c.said_precision AS saidPrecision, c.facts, a.title AS articleTitle, a.outlet, a.published`;

type RawClaimHit = Omit<ClaimHitRow, 'saidOn' | 'facts'> & { saidOnDate: string | null; saidPrecision: string | null; facts: string | null };
const toClaimHit = ({ saidOnDate, saidPrecision, facts, ...raw }: RawClaimHit): ClaimHitRow => ({
  ...raw,
  saidOn: saidOnOf(saidOnDate, saidPrecision),
  facts: parseFacts(facts),
});

export class SearchRepo {
  constructor(private readonly db: Db) {}

  query(q: string, limit: number, filters: SearchFilters = {}): SearchHitRow[] {
    const match = toMatchExpression(q);
    if (match === null) return [];
    let types: SearchRow['type'][] = ['article', 'claim', 'note'];
    if (this.db.prepare('SELECT 1 FROM annotations LIMIT 1').get() !== undefined) types.push('annotation');
    if (filters.types?.length) types = types.filter((t) => filters.types?.includes(t));
    // A speaker narrows to claims; an outlet or dates leave notes out (they have neither).
    if (filters.speaker) types = types.filter((t) => t === 'claim');
    // A tag narrows to annotations.
    if (filters.tag) types = types.filter((t) => t === 'annotation');
    if (filters.outlet || filters.from || filters.to) types = types.filter((t) => t !== 'note');
    const rows = types.flatMap((type) => {
      const [sql, params] = QUERIES[type](filters);
      return this.db.prepare(sql).all(match, ...params, limit) as SearchHitRow[];
    });
    return rows.sort((x, y) => x.rank - y.rank || x.type.localeCompare(y.type) || x.id - y.id).slice(0, limit);
  }

  /**
   * Claims for the citation quick-pick: FTS over quote and speaker, best first; with no words,
   * the most recently imported claims. Rejected claims are left out.
   */
  claims(q: string, limit: number): ClaimHitRow[] {
    const match = toMatchExpression(q);
    if (match === null) {
      return (this.db
        .prepare(
          `SELECT ${CLAIM_HIT_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id
           WHERE c.status <> 'rejected' ORDER BY a.imported_at DESC, a.id DESC, c.start_offset LIMIT ?`,
        )
        .all(limit) as RawClaimHit[]).map(toClaimHit);
    }
    return (this.db
      .prepare(
        `SELECT ${CLAIM_HIT_COLUMNS} FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id
         WHERE claims_fts MATCH ? AND c.status <> 'rejected' ORDER BY bm25(claims_fts, 1.0, 2.0), c.id LIMIT ?`,
      )
      .all(match, limit) as RawClaimHit[]).map(toClaimHit);
  }
}
