// Articles: stored once, text immutable (a trigger refuses UPDATE OF text, and of the raw text and
// its removed ranges), exact duplicates refused by the UNIQUE content_hash. Metadata may change.
import type { Statement } from 'better-sqlite3';
import { StatementCache } from './statements';
import { now, type Db } from './db';
import type { ArticleFull, ArticleMetadataChange, ArticleRow, ArticleWithText, LanguageRunRow, NewArticle, TextRangeRow } from './types';

/** The row's columns; a store opened at a schema before the metadata sources (tests of upgrades) reads them as unknown. */
const columns = (sources: boolean): string => `a.id, a.title, a.outlet, a.author, a.published, a.language, a.url, a.format, a.source_name AS sourceName,
  ${sources ? 'a.updated, a.metadata_sources AS sources' : "NULL AS updated, '{}' AS sources"},
  a.chars, a.imported_at AS importedAt,
  (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.status <> 'rejected') AS claims`;

const METADATA_COLUMNS: Record<keyof ArticleMetadataChange, string> = {
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  published: 'published',
  updated: 'updated',
  language: 'language',
  url: 'url',
};

/** The stored sources JSON → field → source (anything malformed reads as unknown). */
function parseSources(json: unknown): Record<string, string> {
  if (typeof json !== 'string') return {};
  try {
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** A row as SQLite gives it (sources as JSON text) → the repository's row. */
function withSources<T extends { sources: unknown }>(row: T | undefined): (Omit<T, 'sources'> & { sources: Record<string, string> }) | undefined {
  return row ? { ...row, sources: parseSources(row.sources) } : undefined;
}

function parseRanges(json: string | null): TextRangeRow[] {
  if (!json) return [];
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return [];
    return value.filter(
      (r): r is TextRangeRow => typeof r === 'object' && r !== null && Number.isInteger((r as TextRangeRow).start) && Number.isInteger((r as TextRangeRow).end),
    );
  } catch {
    return [];
  }
}

function parseLanguages(json: string | null): LanguageRunRow[] {
  return parseRanges(json).filter((r): r is LanguageRunRow => typeof (r as Partial<LanguageRunRow>).language === 'string');
}

export class ArticlesRepo {
  private readonly statements: StatementCache;

  private readonly selectColumns: string;
  /** Stores opened at a schema before paragraph languages (tests of upgrades) have none. */
  private readonly hasLanguages: boolean;

  constructor(private readonly db: Db) {
    this.statements = new StatementCache(db);
    const names = (db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name);
    this.selectColumns = columns(names.includes('metadata_sources'));
    this.hasLanguages = names.includes('paragraph_languages');
  }

  private stmt(sql: string): Statement {
    return this.statements.get(sql);
  }

  insert(article: NewArticle): ArticleRow {
    // The update date and sources are written only when there are any, so the column defaults
    // (NULL, '{}') stand otherwise.
    const sources = article.sources && Object.keys(article.sources).length > 0 ? JSON.stringify(article.sources) : null;
    const extra = article.updated != null || sources !== null;
    const languages = article.languages && article.languages.length > 0 ? JSON.stringify(article.languages.map((r) => ({ start: r.start, end: r.end, language: r.language }))) : null;
    const info = this
      .stmt(
        `INSERT INTO articles (title, outlet, author, published, language, source_name, text, chars, content_hash, imported_at,
           raw_text, removed, url, format${extra ? ', updated, metadata_sources' : ''}${languages ? ', paragraph_languages' : ''})
         VALUES (@title, @outlet, @author, @published, @language, @sourceName, @text, @chars, @contentHash, @importedAt,
           @rawText, @removed, @url, @format${extra ? ", @updated, coalesce(@sources, '{}')" : ''}${languages ? ', @languages' : ''})`,
      )
      .run({
        title: article.title,
        outlet: article.outlet,
        author: article.author,
        published: article.published,
        language: article.language,
        sourceName: article.sourceName,
        text: article.text,
        contentHash: article.contentHash,
        chars: article.text.length,
        importedAt: now(),
        // Stored only when it differs from the text (most plain files lose nothing).
        rawText: article.rawText != null && article.rawText !== article.text ? article.rawText : null,
        removed: JSON.stringify(article.removed?.map((r) => ({ start: r.start, end: r.end })) ?? []),
        url: article.url ?? null,
        format: article.format ?? null,
        ...(extra ? { updated: article.updated ?? null, sources } : {}),
        ...(languages ? { languages } : {}),
      });
    const row = this.get(Number(info.lastInsertRowid));
    if (!row) throw new Error('article vanished after insert');
    return row;
  }

  get(id: number): ArticleRow | undefined {
    return withSources(this.stmt(`SELECT ${this.selectColumns} FROM articles a WHERE a.id = ?`).get(id) as ArticleRow | undefined);
  }

  getWithText(id: number): ArticleWithText | undefined {
    return withSources(this.db.prepare(`SELECT ${this.selectColumns}, a.text FROM articles a WHERE a.id = ?`).get(id) as ArticleWithText | undefined);
  }

  /** The article with its raw text and the ranges cleaning removed from it. */
  getFull(id: number): ArticleFull | undefined {
    const languages = this.hasLanguages ? 'a.paragraph_languages' : "'[]'";
    const row = this.db
      .prepare(`SELECT ${this.selectColumns}, a.text, coalesce(a.raw_text, a.text) AS rawText, a.removed, ${languages} AS languages FROM articles a WHERE a.id = ?`)
      .get(id) as (ArticleWithText & { rawText: string; removed: string; languages: string }) | undefined;
    return row ? { ...row, sources: parseSources(row.sources), removed: parseRanges(row.removed), languages: parseLanguages(row.languages) } : undefined;
  }

  /** Replaces the paragraph languages (worked out again when the article's own language changes). */
  setLanguages(id: number, runs: readonly LanguageRunRow[]): void {
    this.stmt('UPDATE articles SET paragraph_languages = ? WHERE id = ?').run(JSON.stringify(runs.map((r) => ({ start: r.start, end: r.end, language: r.language }))), id);
  }

  text(id: number): string | undefined {
    const row = this.db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined;
    return row?.text;
  }

  /** Newest first. */
  list(): ArticleRow[] {
    return (this.db.prepare(`SELECT ${this.selectColumns} FROM articles a ORDER BY a.imported_at DESC, a.id DESC`).all() as ArticleRow[]).map((r) => withSources(r)!);
  }

  findByHash(contentHash: string): ArticleRow | undefined {
    return withSources(this.stmt(`SELECT ${this.selectColumns} FROM articles a WHERE a.content_hash = ?`).get(contentHash) as ArticleRow | undefined);
  }

  /** Which of these content hashes are already stored (for skipping work on a re-run). */
  existingHashes(hashes: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    const stmt = this.db.prepare('SELECT id FROM articles WHERE content_hash = ?').pluck();
    for (const h of hashes) {
      const id = stmt.get(h) as number | undefined;
      if (id !== undefined) found.set(h, id);
    }
    return found;
  }

  /**
   * Changes the given metadata (never the text), each changed field recorded as the analyst's
   * (its source becomes 'analyst'); false when the article does not exist.
   */
  updateMetadata(id: number, change: ArticleMetadataChange): boolean {
    const keys = (Object.keys(METADATA_COLUMNS) as (keyof ArticleMetadataChange)[]).filter((k) => change[k] !== undefined);
    if (keys.length === 0) return this.get(id) !== undefined;
    const sources = keys.reduce((expr, k) => `json_set(${expr}, '$.${k}', 'analyst')`, 'metadata_sources');
    const sets = [...keys.map((k) => `${METADATA_COLUMNS[k]} = @${k}`), `metadata_sources = ${sources}`, 'metadata_edited_at = @editedAt'];
    const params: Record<string, unknown> = { id, editedAt: now() };
    for (const k of keys) params[k] = change[k] ?? null;
    return this.db.prepare(`UPDATE articles SET ${sets.join(', ')} WHERE id = @id`).run(params).changes > 0;
  }

  /** Deletes the article; its claims and annotations go with it, citations to it turn broken. */
  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM articles WHERE id = ?').run(id).changes > 0;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }
}
