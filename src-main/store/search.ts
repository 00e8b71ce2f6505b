// Full-text search over articles, claims, notes and annotations (FTS5, bm25), merged best first.
// User text never reaches MATCH as syntax: it is cut into word tokens, each one quoted.
import type { Db } from './db';
import type { SearchRow } from './types';

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

const QUERIES: Record<SearchRow['type'], string> = {
  article: `SELECT 'article' AS type, a.id, a.title, ${snippet('articles_fts')} AS snippet, bm25(articles_fts, 4.0, 1.0) AS rank
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
  claim: `SELECT 'claim' AS type, c.id, coalesce(c.speaker || ' — ', '') || a.title AS title, ${snippet('claims_fts')} AS snippet,
      bm25(claims_fts, 1.0, 2.0) AS rank
    FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id
    WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?`,
  note: `SELECT 'note' AS type, n.id, n.title, ${snippet('notes_fts')} AS snippet, bm25(notes_fts, 4.0, 1.0) AS rank
    FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid
    WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?`,
  annotation: `SELECT 'annotation' AS type, x.id, a.title, ${snippet('annotations_fts')} AS snippet, bm25(annotations_fts) AS rank
    FROM annotations_fts JOIN annotations x ON x.id = annotations_fts.rowid JOIN articles a ON a.id = x.article_id
    WHERE annotations_fts MATCH ? ORDER BY rank LIMIT ?`,
};

export class SearchRepo {
  constructor(private readonly db: Db) {}

  query(q: string, limit: number): SearchRow[] {
    const match = toMatchExpression(q);
    if (match === null) return [];
    const types: SearchRow['type'][] = ['article', 'claim', 'note'];
    if (this.db.prepare('SELECT 1 FROM annotations LIMIT 1').get() !== undefined) types.push('annotation');
    const rows = types.flatMap((type) => this.db.prepare(QUERIES[type]).all(match, limit) as SearchRow[]);
    return rows.sort((x, y) => x.rank - y.rank || x.type.localeCompare(y.type) || x.id - y.id).slice(0, limit);
  }
}
