// Articles: stored once, text immutable (a trigger refuses UPDATE OF text), exact duplicates
// refused by the UNIQUE content_hash.
import { now, type Db } from './db';
import type { ArticleRow, ArticleWithText, NewArticle } from './types';

const COLUMNS = `id, title, outlet, author, published, language, source_name AS sourceName,
  chars, imported_at AS importedAt`;

export class ArticlesRepo {
  constructor(private readonly db: Db) {}

  insert(article: NewArticle): ArticleRow {
    const info = this.db
      .prepare(
        `INSERT INTO articles (title, outlet, author, published, language, source_name, text, chars, content_hash, imported_at)
         VALUES (@title, @outlet, @author, @published, @language, @sourceName, @text, @chars, @contentHash, @importedAt)`,
      )
      .run({ ...article, chars: article.text.length, importedAt: now() });
    const row = this.get(Number(info.lastInsertRowid));
    if (!row) throw new Error('article vanished after insert');
    return row;
  }

  get(id: number): ArticleRow | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined;
  }

  getWithText(id: number): ArticleWithText | undefined {
    return this.db.prepare(`SELECT ${COLUMNS}, text FROM articles WHERE id = ?`).get(id) as ArticleWithText | undefined;
  }

  text(id: number): string | undefined {
    const row = this.db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined;
    return row?.text;
  }

  /** Newest first. */
  list(): ArticleRow[] {
    return this.db.prepare(`SELECT ${COLUMNS} FROM articles ORDER BY imported_at DESC, id DESC`).all() as ArticleRow[];
  }

  findByHash(contentHash: string): ArticleRow | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM articles WHERE content_hash = ?`).get(contentHash) as ArticleRow | undefined;
  }

  /** Deletes the article; its claims and annotations go with it, citations to it turn broken. */
  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM articles WHERE id = ?').run(id).changes > 0;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }
}
