// Entities (schema 5): people, organisations and places, their aliases (every surface form, each
// with the probe key candidates are found by), their mentions in articles, claims' speaker links,
// note → entity links and the redirects left by merges. Origin 'analyst' marks the analyst's
// decisions, which re-extraction keeps (see api/service/entities.ts for the rules).
import { now, type Db } from './db';
import { StatementCache } from './statements';

export type EntityKindRow = 'person' | 'organization' | 'place' | 'other';
export type EntityOrigin = 'extracted' | 'analyst';

export interface EntityRow {
  id: number;
  name: string;
  kind: EntityKindRow;
  origin: EntityOrigin;
  createdAt: string;
}

export interface EntityListRow extends EntityRow {
  mentions: number;
  articles: number;
  claims: number;
}

export interface AliasRow {
  entityId: number;
  alias: string;
  origin: EntityOrigin;
}

export interface MentionRow {
  id: number;
  entityId: number;
  articleId: number;
  start: number;
  end: number;
  text: string;
  origin: EntityOrigin;
}

export interface NewMention {
  start: number;
  end: number;
  text: string;
  origin?: EntityOrigin;
}

const ENTITY_COLUMNS = 'id, name, kind, origin, created_at AS createdAt';
const MENTION_COLUMNS = 'id, entity_id AS entityId, article_id AS articleId, start_offset AS start, end_offset AS "end", text, origin';

export class EntitiesRepo {
  private readonly sql: StatementCache;

  constructor(private readonly db: Db) {
    this.sql = new StatementCache(db);
  }

  create(name: string, kind: EntityKindRow, origin: EntityOrigin = 'extracted'): number {
    const at = now();
    const info = this.sql.get('INSERT INTO entities (name, kind, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(name, kind, origin, at, at);
    return Number(info.lastInsertRowid);
  }

  get(id: number): EntityRow | undefined {
    return this.sql.get(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = ?`).get(id) as EntityRow | undefined;
  }

  /** The entity `id` now is: itself, or the one it was merged into. */
  resolveId(id: number): number | undefined {
    if (this.get(id)) return id;
    const r = this.sql.get('SELECT to_id AS toId FROM entity_redirects WHERE from_id = ?').get(id) as { toId: number } | undefined;
    return r?.toId;
  }

  update(id: number, change: { name?: string; kind?: EntityKindRow; origin?: EntityOrigin }): boolean {
    const row = this.get(id);
    if (!row) return false;
    this.sql
      .get('UPDATE entities SET name = ?, kind = ?, origin = ?, updated_at = ? WHERE id = ?')
      .run(change.name ?? row.name, change.kind ?? row.kind, change.origin ?? row.origin, now(), id);
    return true;
  }

  delete(id: number): boolean {
    return this.sql.get('DELETE FROM entities WHERE id = ?').run(id).changes > 0;
  }

  // ---- aliases ----

  /** Adds a surface form; an analyst alias upgrades an extracted one of the same text. */
  addAlias(entityId: number, alias: string, probe: string, origin: EntityOrigin = 'extracted'): void {
    this.sql
      .get(
        `INSERT INTO entity_aliases (entity_id, alias, probe, origin) VALUES (?, ?, ?, ?)
         ON CONFLICT (entity_id, alias) DO UPDATE SET origin = CASE WHEN excluded.origin = 'analyst' THEN 'analyst' ELSE origin END`,
      )
      .run(entityId, alias, probe, origin);
  }

  aliases(entityId: number): AliasRow[] {
    return this.sql
      .get('SELECT entity_id AS entityId, alias, origin FROM entity_aliases WHERE entity_id = ? ORDER BY alias')
      .all(entityId) as AliasRow[];
  }

  /** Entities holding this exact surface form (any case). */
  byAlias(alias: string): (AliasRow & { kind: EntityKindRow })[] {
    return this.sql
      .get(
        `SELECT a.entity_id AS entityId, a.alias, a.origin, e.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
         WHERE a.alias = ? COLLATE NOCASE ORDER BY a.entity_id`,
      )
      .all(alias) as (AliasRow & { kind: EntityKindRow })[];
  }

  /** Ids of entities with an alias under one of these probes. */
  idsByProbe(probe: string): number[] {
    if (!probe) return [];
    return (this.sql.get('SELECT DISTINCT entity_id AS id FROM entity_aliases WHERE probe = ?').all(probe) as { id: number }[]).map((r) => r.id);
  }

  /** Moves one alias to another entity, as an analyst decision. */
  moveAlias(fromId: number, alias: string, toId: number, probe: string): void {
    this.sql.get('DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?').run(fromId, alias);
    this.addAlias(toId, alias, probe, 'analyst');
  }

  /** Recomputes every alias's probe (after the entity's kind changed). */
  rekeyAliases(entityId: number, probeOf: (alias: string) => string): void {
    const set = this.sql.get('UPDATE entity_aliases SET probe = ? WHERE entity_id = ? AND alias = ?');
    for (const a of this.aliases(entityId)) set.run(probeOf(a.alias), entityId, a.alias);
  }

  // ---- mentions ----

  insertMentions(entityId: number, articleId: number, mentions: readonly NewMention[]): void {
    const insert = this.sql.get(
      'INSERT OR IGNORE INTO entity_mentions (entity_id, article_id, start_offset, end_offset, text, origin) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const m of mentions) insert.run(entityId, articleId, m.start, m.end, m.text, m.origin ?? 'extracted');
  }

  /** Drops the mentions extraction made in an article (the analyst's stay). */
  deleteExtractedMentions(articleId: number): void {
    this.sql.get(`DELETE FROM entity_mentions WHERE article_id = ? AND origin = 'extracted'`).run(articleId);
  }

  mentions(entityId: number): MentionRow[] {
    return this.sql.get(`SELECT ${MENTION_COLUMNS} FROM entity_mentions WHERE entity_id = ? ORDER BY article_id, start_offset`).all(entityId) as MentionRow[];
  }

  mentionsInArticle(articleId: number): MentionRow[] {
    return this.sql.get(`SELECT ${MENTION_COLUMNS} FROM entity_mentions WHERE article_id = ? ORDER BY start_offset`).all(articleId) as MentionRow[];
  }

  /** Moves mentions to another entity; `lock` marks them the analyst's (kept by re-extraction). */
  moveMentions(ids: readonly number[], toId: number, lock: boolean): void {
    const move = this.sql.get(`UPDATE entity_mentions SET entity_id = ?, origin = CASE WHEN ? THEN 'analyst' ELSE origin END WHERE id = ?`);
    for (const id of ids) move.run(toId, lock ? 1 : 0, id);
  }

  // ---- claims ----

  linkClaim(claimId: number, entityId: number | null): void {
    this.sql.get('UPDATE claims SET speaker_entity_id = ? WHERE id = ?').run(entityId, claimId);
  }

  /** Claims of an article with a speaker but no speaker entity yet. */
  unlinkedClaims(articleId: number): { id: number; speaker: string }[] {
    return this.sql
      // `+`: look up by article, never scan every unlinked claim through the speaker-entity index.
      .get('SELECT id, speaker FROM claims WHERE article_id = ? AND speaker IS NOT NULL AND +speaker_entity_id IS NULL ORDER BY id')
      .all(articleId) as { id: number; speaker: string }[];
  }

  speakerEntityOf(claimId: number): number | null {
    const r = this.sql.get('SELECT speaker_entity_id AS id FROM claims WHERE id = ?').get(claimId) as { id: number | null } | undefined;
    return r?.id ?? null;
  }

  /** Claim id → its speaker entity, for one article's claims or all. */
  speakerEntities(articleId?: number): Map<number, { id: number; name: string }> {
    const sql = `SELECT c.id AS claimId, e.id, e.name FROM claims c JOIN entities e ON e.id = c.speaker_entity_id
      ${articleId === undefined ? '' : 'WHERE c.article_id = ?'}`;
    const rows = (articleId === undefined ? this.sql.get(sql).all() : this.sql.get(sql).all(articleId)) as { claimId: number; id: number; name: string }[];
    return new Map(rows.map((r) => [r.claimId, { id: r.id, name: r.name }]));
  }

  /** Each article's entities (those it mentions or whose claims it holds). */
  articleEntities(): Map<number, Set<number>> {
    const rows = this.sql
      .get(
        `SELECT article_id AS articleId, entity_id AS entityId FROM entity_mentions
         UNION SELECT article_id, speaker_entity_id FROM claims WHERE speaker_entity_id IS NOT NULL`,
      )
      .all() as { articleId: number; entityId: number }[];
    const out = new Map<number, Set<number>>();
    for (const r of rows) {
      let set = out.get(r.articleId);
      if (!set) out.set(r.articleId, (set = new Set()));
      set.add(r.entityId);
    }
    return out;
  }

  /** How often each article names each entity (its mentions and the claims it is the speaker of). */
  articleEntityCounts(): Map<number, Map<number, number>> {
    const rows = this.sql
      .get(
        `SELECT article_id AS articleId, entity_id AS entityId, COUNT(*) AS n FROM (
           SELECT article_id, entity_id FROM entity_mentions
           UNION ALL SELECT article_id, speaker_entity_id FROM claims WHERE speaker_entity_id IS NOT NULL)
         GROUP BY article_id, entity_id`,
      )
      .all() as { articleId: number; entityId: number; n: number }[];
    const out = new Map<number, Map<number, number>>();
    for (const r of rows) {
      let counts = out.get(r.articleId);
      if (!counts) out.set(r.articleId, (counts = new Map()));
      counts.set(r.entityId, r.n);
    }
    return out;
  }

  claimIds(entityId: number): number[] {
    return (this.sql.get('SELECT id FROM claims WHERE speaker_entity_id = ? ORDER BY article_id, start_offset').all(entityId) as { id: number }[]).map((r) => r.id);
  }

  /** Claims of `fromId` whose speaker is written as one of `forms` (any case) move to `toId`. */
  moveClaimsBySpeaker(fromId: number, forms: readonly string[], toId: number): void {
    const move = this.sql.get('UPDATE claims SET speaker_entity_id = ? WHERE speaker_entity_id = ? AND speaker = ? COLLATE NOCASE');
    for (const f of forms) move.run(toId, fromId, f);
  }

  // ---- notes ----

  /** Replaces the entities a note links to (call inside a transaction). */
  setNoteLinks(noteId: number, entityIds: readonly number[]): void {
    this.sql.get('DELETE FROM note_entity_links WHERE from_note = ?').run(noteId);
    const insert = this.sql.get('INSERT OR IGNORE INTO note_entity_links (from_note, entity_id) VALUES (?, ?)');
    for (const id of entityIds) insert.run(noteId, id);
  }

  /** Notes linking to the entity. */
  backlinks(entityId: number): { id: number; title: string; content: string }[] {
    return this.sql
      .get('SELECT n.id, n.title, n.content FROM note_entity_links l JOIN notes n ON n.id = l.from_note WHERE l.entity_id = ? ORDER BY n.title, n.id')
      .all(entityId) as { id: number; title: string; content: string }[];
  }

  // ---- merge ----

  /**
   * Everything of `fromId` goes to `intoId`; `fromId` redirects there. Its forms become aliases of
   * `origin` ('analyst' for the analyst's merge: they then decide where those forms go).
   */
  mergeInto(fromId: number, intoId: number, probeOf: (alias: string) => string, origin: EntityOrigin = 'analyst'): void {
    for (const a of this.aliases(fromId)) this.addAlias(intoId, a.alias, probeOf(a.alias), origin);
    this.sql.get('UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?').run(intoId, fromId);
    this.sql.get('UPDATE claims SET speaker_entity_id = ? WHERE speaker_entity_id = ?').run(intoId, fromId);
    this.sql.get('INSERT OR IGNORE INTO note_entity_links (from_note, entity_id) SELECT from_note, ? FROM note_entity_links WHERE entity_id = ?').run(intoId, fromId);
    this.sql.get('UPDATE entity_redirects SET to_id = ? WHERE to_id = ?').run(intoId, fromId);
    this.sql.get('INSERT OR REPLACE INTO entity_redirects (from_id, to_id) VALUES (?, ?)').run(fromId, intoId);
    this.delete(fromId);
  }

  // ---- lists ----

  /** Entities with something to show (a mention, a claim, a note link, or the analyst's hand). */
  list(filter: { q?: string; probe?: string; kind?: EntityKindRow; limit: number }): EntityListRow[] {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: filter.limit };
    if (filter.kind) {
      where.push('e.kind = @kind');
      params.kind = filter.kind;
    }
    if (filter.q) {
      // Part of the name or of an alias; or, given a probe, any spelling of the same surname.
      where.push(
        `(e.name LIKE @q ESCAPE '\\' OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND (a.alias LIKE @q ESCAPE '\\' OR a.probe = @probe)))`,
      );
      params.q = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.probe = filter.probe ?? '';
    }
    const rows = this.db
      .prepare(
        `SELECT * FROM (
           SELECT e.id, e.name, e.kind, e.origin, e.created_at AS createdAt,
             (SELECT count(*) FROM entity_mentions m WHERE m.entity_id = e.id) AS mentions,
             (SELECT count(DISTINCT m.article_id) FROM entity_mentions m WHERE m.entity_id = e.id) AS articles,
             (SELECT count(*) FROM claims c WHERE c.speaker_entity_id = e.id AND c.status <> 'rejected') AS claims,
             EXISTS (SELECT 1 FROM note_entity_links l WHERE l.entity_id = e.id) AS linked
           FROM entities e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ) WHERE mentions > 0 OR claims > 0 OR linked OR origin = 'analyst'
         ORDER BY claims DESC, mentions DESC, name COLLATE NOCASE, id
         LIMIT @limit`,
      )
      .all(params) as (EntityListRow & { linked: number })[];
    return rows.map(({ linked: _linked, ...r }) => r);
  }

  /**
   * Deletes extracted entities left with nothing (no mention, claim, note link or analyst alias),
   * e.g. after a re-extraction or an article's deletion.
   */
  dropOrphans(): number {
    return this.sql
      .get(
        `DELETE FROM entities WHERE origin = 'extracted'
           AND NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = entities.id)
           AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.speaker_entity_id = entities.id)
           AND NOT EXISTS (SELECT 1 FROM note_entity_links l WHERE l.entity_id = entities.id)
           AND NOT EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = entities.id AND a.origin = 'analyst')`,
      )
      .run().changes;
  }
}
