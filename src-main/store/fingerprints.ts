// Near-duplicate detection data: one MinHash signature per article, its LSH band keys (the only
// way candidates are found: articles sharing a band key), and the relations found between articles.
import type { Statement } from 'better-sqlite3';
import { StatementCache } from './statements';
import { now, type Db } from './db';
import type { ArticleRelationRow, FingerprintRow, NewFingerprint, NewRelation } from './types';

const toBlob = (signature: readonly number[]): Buffer => Buffer.from(new Float64Array(signature).buffer);
const fromBlob = (blob: Buffer): number[] =>
  Array.from(new Float64Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength)));

export class FingerprintsRepo {
  private readonly statements: StatementCache;

  constructor(private readonly db: Db) {
    this.statements = new StatementCache(db);
  }

  private stmt(sql: string): Statement {
    return this.statements.get(sql);
  }

  insert(articleId: number, fp: NewFingerprint): void {
    this
      .stmt('INSERT OR REPLACE INTO article_fingerprints (article_id, signature, topic) VALUES (?, ?, ?)')
      .run(articleId, toBlob(fp.signature), toBlob(fp.topic));
    const band = this.stmt('INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)');
    for (const key of new Set(fp.bandKeys)) band.run(key, articleId);
  }

  /**
   * Articles sharing at least one band key with these keys (most shared bands first). A key
   * shared by more than `maxPerKey` articles says nothing (template text, boilerplate vocabulary)
   * and is skipped, so the cost of a lookup stays bounded however large the library grows.
   */
  candidates(bandKeys: readonly string[], limit: number, exclude?: number, maxPerKey = 40): number[] {
    const keys = [...new Set(bandKeys)];
    if (keys.length === 0) return [];
    const counts = new Map<number, number>();
    const stmt = this.stmt('SELECT article_id FROM article_bands WHERE band_key = ? LIMIT ?').pluck();
    for (const key of keys) {
      const ids = stmt.all(key, maxPerKey + 1) as number[];
      if (ids.length > maxPerKey) continue;
      for (const id of ids) if (id !== exclude) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([id]) => id);
  }

  get(articleId: number): FingerprintRow | undefined {
    const row = this.stmt('SELECT signature, topic FROM article_fingerprints WHERE article_id = ?').get(articleId) as
      | { signature: Buffer; topic: Buffer }
      | undefined;
    return row ? { signature: fromBlob(row.signature), topic: fromBlob(row.topic) } : undefined;
  }

  /** Articles with no fingerprint yet (stored before version 2), oldest first. */
  missing(limit: number): number[] {
    return this.db
      .prepare('SELECT a.id FROM articles a LEFT JOIN article_fingerprints f ON f.article_id = a.id WHERE f.article_id IS NULL ORDER BY a.id LIMIT ?')
      .pluck()
      .all(limit) as number[];
  }

  relate(articleId: number, relations: readonly NewRelation[]): void {
    const stmt = this.stmt(
      `INSERT INTO article_relations (article_a, article_b, kind, similarity, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (article_a, article_b) DO UPDATE SET kind = excluded.kind, similarity = excluded.similarity`,
    );
    const at = now();
    for (const r of relations) {
      if (r.otherId === articleId) continue;
      const [a, b] = articleId < r.otherId ? [articleId, r.otherId] : [r.otherId, articleId];
      stmt.run(a, b, r.kind, Math.min(1, Math.max(0, r.similarity)), at);
    }
  }

  /** The articles related to this one, most similar first. */
  related(articleId: number): ArticleRelationRow[] {
    return this.db
      .prepare(
        `SELECT CASE WHEN article_a = @id THEN article_b ELSE article_a END AS articleId, kind, similarity
         FROM article_relations WHERE article_a = @id OR article_b = @id
         ORDER BY similarity DESC, articleId`,
      )
      .all({ id: articleId }) as ArticleRelationRow[];
  }
}
