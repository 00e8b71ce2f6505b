// Annotations (highlights with comments and tags on an article's text) and the tag legend.
// An annotation keeps its W3C quote selector (quote, prefix, suffix) beside its offsets, so it can
// be verified against its article and carried to another; `state` marks those that did not fit.
import type { Statement } from 'better-sqlite3';
import { now, type Db } from './db';
import { StatementCache } from './statements';

export type AnnotationState = 'anchored' | 'orphaned';

export interface AnnotationTagRef {
  id: number;
  name: string;
  color: string;
}

export interface AnnotationRow {
  id: number;
  articleId: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  comment: string;
  color: string | null;
  state: AnnotationState;
  orphanReason: string | null;
  carriedFrom: number | null;
  createdAt: string;
  updatedAt: string;
  /** In the analyst's order. */
  tags: AnnotationTagRef[];
}

/** An annotation to store: a row without its id and tags (createdAt defaults to now). */
export type NewAnnotation = Omit<AnnotationRow, 'id' | 'createdAt' | 'updatedAt' | 'tags'> & { createdAt?: string };

export interface AnnotationChange {
  comment?: string;
  color?: string | null;
  /** A new anchor (re-attaching): offsets, selector and state together. */
  anchor?: { start: number; end: number; quote: string; prefix: string; suffix: string };
}

export interface TagRow {
  id: number;
  name: string;
  color: string;
  description: string;
  annotations: number;
}

const COLUMNS = `id, article_id AS articleId, start_offset AS start, end_offset AS "end", quote, prefix, suffix, comment,
  color, state, orphan_reason AS orphanReason, carried_from AS carriedFrom, created_at AS createdAt, updated_at AS updatedAt`;
const TAG_COLUMNS = `t.id, t.name, t.color, t.description,
  (SELECT count(*) FROM annotation_tags x WHERE x.tag_id = t.id) AS annotations`;

export class AnnotationsRepo {
  private readonly statements: StatementCache;

  constructor(private readonly db: Db) {
    this.statements = new StatementCache(db);
  }

  private stmt(sql: string): Statement {
    return this.statements.get(sql);
  }

  /** Tags of these annotations, grouped, in each annotation's order. */
  private withTags(rows: Omit<AnnotationRow, 'tags'>[]): AnnotationRow[] {
    if (rows.length === 0) return [];
    const tags = new Map<number, AnnotationTagRef[]>();
    const ids = rows.map((r) => r.id);
    // One query per 500 ids keeps under SQLite's bound-parameter limit.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const found = this.db
        .prepare(
          `SELECT x.annotation_id AS annotationId, t.id, t.name, t.color FROM annotation_tags x JOIN tags t ON t.id = x.tag_id
           WHERE x.annotation_id IN (${chunk.map(() => '?').join(',')}) ORDER BY x.annotation_id, x.position, t.name`,
        )
        .all(...chunk) as (AnnotationTagRef & { annotationId: number })[];
      for (const { annotationId, ...tag } of found) {
        const list = tags.get(annotationId) ?? [];
        list.push(tag);
        tags.set(annotationId, list);
      }
    }
    return rows.map((r) => ({ ...r, tags: tags.get(r.id) ?? [] }));
  }

  /** In text order; of one article, or all; optionally only those with a tag (any case). */
  list(filter: { articleId?: number; tag?: string; state?: AnnotationState } = {}): AnnotationRow[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.articleId !== undefined) {
      where.push('article_id = ?');
      params.push(filter.articleId);
    }
    if (filter.state !== undefined) {
      where.push('state = ?');
      params.push(filter.state);
    }
    if (filter.tag !== undefined) {
      where.push('id IN (SELECT x.annotation_id FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name = ?)');
      params.push(filter.tag);
    }
    const sql = `SELECT ${COLUMNS} FROM annotations ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY article_id, start_offset, end_offset, id`;
    return this.withTags(this.db.prepare(sql).all(...params) as Omit<AnnotationRow, 'tags'>[]);
  }

  get(id: number): AnnotationRow | undefined {
    const row = this.stmt(`SELECT ${COLUMNS} FROM annotations WHERE id = ?`).get(id) as Omit<AnnotationRow, 'tags'> | undefined;
    return row ? this.withTags([row])[0] : undefined;
  }

  /** Anchored annotations of an article covering exactly [start, end). */
  atSpan(articleId: number, start: number, end: number): AnnotationRow[] {
    const rows = this.stmt(
      `SELECT ${COLUMNS} FROM annotations WHERE article_id = ? AND start_offset = ? AND end_offset = ? AND state = 'anchored' ORDER BY id`,
    ).all(articleId, start, end) as Omit<AnnotationRow, 'tags'>[];
    return this.withTags(rows);
  }

  insert(a: NewAnnotation): number {
    const at = now();
    const info = this.stmt(
      `INSERT INTO annotations (article_id, start_offset, end_offset, quote, prefix, suffix, comment, color, state, orphan_reason,
         carried_from, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(a.articleId, a.start, a.end, a.quote, a.prefix, a.suffix, a.comment, a.color, a.state, a.orphanReason, a.carriedFrom, a.createdAt ?? at, at);
    return Number(info.lastInsertRowid);
  }

  /** Applies the change; false when the annotation does not exist. */
  update(id: number, change: AnnotationChange): boolean {
    const sets: string[] = ['updated_at = @at'];
    const params: Record<string, unknown> = { id, at: now() };
    if (change.comment !== undefined) {
      sets.push('comment = @comment');
      params.comment = change.comment;
    }
    if (change.color !== undefined) {
      sets.push('color = @color');
      params.color = change.color;
    }
    if (change.anchor) {
      sets.push(
        'start_offset = @start',
        'end_offset = @end',
        'quote = @quote',
        'prefix = @prefix',
        'suffix = @suffix',
        "state = 'anchored'",
        'orphan_reason = NULL',
      );
      Object.assign(params, change.anchor);
    }
    return this.db.prepare(`UPDATE annotations SET ${sets.join(', ')} WHERE id = @id`).run(params).changes > 0;
  }

  /** Replaces the annotation's tags (ids in the analyst's order). */
  setTags(annotationId: number, tagIds: readonly number[]): void {
    this.stmt('DELETE FROM annotation_tags WHERE annotation_id = ?').run(annotationId);
    const insert = this.stmt('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id, position) VALUES (?, ?, ?)');
    tagIds.forEach((tagId, position) => insert.run(annotationId, tagId, position));
  }

  delete(id: number): boolean {
    return this.stmt('DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
  }

  /** Which of these annotations already have a copy carried onto the article. */
  carriedInto(articleId: number): Set<number> {
    const ids = this.stmt('SELECT carried_from FROM annotations WHERE article_id = ? AND carried_from IS NOT NULL')
      .pluck()
      .all(articleId) as number[];
    return new Set(ids);
  }

  // ---- the legend ----

  /** Alphabetical (ignoring case). */
  tags(): TagRow[] {
    return this.db.prepare(`SELECT ${TAG_COLUMNS} FROM tags t ORDER BY t.name COLLATE NOCASE, t.id`).all() as TagRow[];
  }

  tag(id: number): TagRow | undefined {
    return this.stmt(`SELECT ${TAG_COLUMNS} FROM tags t WHERE t.id = ?`).get(id) as TagRow | undefined;
  }

  /** The tag with this name, ignoring case. */
  tagByName(name: string): TagRow | undefined {
    return this.stmt(`SELECT ${TAG_COLUMNS} FROM tags t WHERE t.name = ?`).get(name) as TagRow | undefined;
  }

  insertTag(name: string, color: string, description: string): number {
    const at = now();
    return Number(
      this.stmt('INSERT INTO tags (name, color, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(name, color, description, at, at)
        .lastInsertRowid,
    );
  }

  updateTag(id: number, change: { name: string; color?: string; description?: string }): boolean {
    const sets = ['name = @name', 'updated_at = @at'];
    if (change.color !== undefined) sets.push('color = @color');
    if (change.description !== undefined) sets.push('description = @description');
    return this.db.prepare(`UPDATE tags SET ${sets.join(', ')} WHERE id = @id`).run({ id, at: now(), color: null, description: null, ...change }).changes > 0;
  }

  deleteTag(id: number): boolean {
    return this.stmt('DELETE FROM tags WHERE id = ?').run(id).changes > 0;
  }
}
