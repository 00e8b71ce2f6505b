// Compare (#6): relations between claims, rejected conflict suggestions, sides and their members,
// propositions with their evidence, and the analyst's grades (schema 7).
import type { Statement } from 'better-sqlite3';
import { StatementCache } from './statements';
import { now, type Db } from './db';

export type RelationKindRow = 'contradicts' | 'supports' | 'qualifies' | 'reframes' | 'same_event';
export type RelationOrigin = 'analyst' | 'suggestion';

export interface RelationRow {
  id: number;
  a: number;
  b: number;
  kind: RelationKindRow;
  rationale: string | null;
  origin: RelationOrigin;
  createdAt: string;
}

export interface NewRelationRow {
  a: number;
  b: number;
  kind: RelationKindRow;
  rationale: string | null;
  origin: RelationOrigin;
}

/** Where a claim sits: what a rejected suggestion remembers (survives re-extraction). */
export interface ClaimSpanKey {
  articleId: number;
  start: number;
  end: number;
}

export interface SideRow {
  id: number;
  name: string;
  members: string[];
  /** Entity ids as the analyst chose them (one merged away since is resolved by the caller). */
  entityIds: number[];
  position: number;
}

export type StanceRow = 'supports' | 'denies';

export interface PropositionRow {
  id: number;
  text: string;
  evidence: { claimId: number; stance: StanceRow }[];
}

export interface ClaimGradeRow {
  credibility: number | null;
  flags: string[];
}

export type SourceKind = 'speaker' | 'outlet';

export interface SourceGradeRow {
  reliability: string | null;
  flags: string[];
}

const RELATION_COLUMNS = 'id, claim_a AS a, claim_b AS b, kind, rationale, origin, created_at AS createdAt';

function parseFlags(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

/** How speakers and outlets are keyed for grades: lowercase, single spaces. */
export const sourceKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const spanKeyOrder = (x: ClaimSpanKey, y: ClaimSpanKey): number => x.articleId - y.articleId || x.start - y.start || x.end - y.end;

export class CompareRepo {
  private readonly statements: StatementCache;

  constructor(private readonly db: Db) {
    this.statements = new StatementCache(db);
  }

  private stmt(sql: string): Statement {
    return this.statements.get(sql);
  }

  // ---- relations ----

  /** Relations touching `claimId` (either end), or all; oldest first. */
  relations(claimId?: number): RelationRow[] {
    return (
      claimId === undefined
        ? this.stmt(`SELECT ${RELATION_COLUMNS} FROM claim_relations ORDER BY id`).all()
        : this.stmt(`SELECT ${RELATION_COLUMNS} FROM claim_relations WHERE claim_a = ? OR claim_b = ? ORDER BY id`).all(claimId, claimId)
    ) as RelationRow[];
  }

  relation(id: number): RelationRow | undefined {
    return this.stmt(`SELECT ${RELATION_COLUMNS} FROM claim_relations WHERE id = ?`).get(id) as RelationRow | undefined;
  }

  /** The relation of this kind between the two claims, in either order. */
  findRelation(a: number, b: number, kind: RelationKindRow): RelationRow | undefined {
    return this.stmt(
      `SELECT ${RELATION_COLUMNS} FROM claim_relations
       WHERE min(claim_a, claim_b) = min(@a, @b) AND max(claim_a, claim_b) = max(@a, @b) AND kind = @kind`,
    ).get({ a, b, kind }) as RelationRow | undefined;
  }

  insertRelation(r: NewRelationRow): number {
    const info = this.stmt(
      'INSERT INTO claim_relations (claim_a, claim_b, kind, rationale, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(r.a, r.b, r.kind, r.rationale, r.origin, now());
    return Number(info.lastInsertRowid);
  }

  deleteRelation(id: number): boolean {
    return this.stmt('DELETE FROM claim_relations WHERE id = ?').run(id).changes > 0;
  }

  // ---- rejected suggestions ----

  /** Remembers a rejected pair (either order is the same pair); true when it was new. */
  reject(x: ClaimSpanKey, y: ClaimSpanKey): boolean {
    const [a, b] = spanKeyOrder(x, y) <= 0 ? [x, y] : [y, x];
    return (
      this.stmt(
        `INSERT OR IGNORE INTO rejected_conflicts (article_a, start_a, end_a, article_b, start_b, end_b, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(a.articleId, a.start, a.end, b.articleId, b.start, b.end, now()).changes > 0
    );
  }

  /** Every rejected pair, each as its two span keys in stored order. */
  rejectedPairs(): [ClaimSpanKey, ClaimSpanKey][] {
    const rows = this.stmt(
      'SELECT article_a AS aa, start_a AS sa, end_a AS ea, article_b AS ab, start_b AS sb, end_b AS eb FROM rejected_conflicts',
    ).all() as { aa: number; sa: number; ea: number; ab: number; sb: number; eb: number }[];
    return rows.map((r) => [
      { articleId: r.aa, start: r.sa, end: r.ea },
      { articleId: r.ab, start: r.sb, end: r.eb },
    ]);
  }

  // ---- sides ----

  sides(): SideRow[] {
    const sides = this.stmt('SELECT id, name, position FROM sides ORDER BY position, id').all() as Omit<SideRow, 'members' | 'entityIds'>[];
    const entities = this.stmt('SELECT side_id AS sideId, entity_id AS entityId FROM side_entities ORDER BY side_id, position').all() as { sideId: number; entityId: number }[];
    const entitiesBySide = new Map<number, number[]>();
    for (const e of entities) entitiesBySide.set(e.sideId, [...(entitiesBySide.get(e.sideId) ?? []), e.entityId]);
    const members = this.stmt('SELECT side_id AS sideId, name FROM side_members ORDER BY side_id, position').all() as {
      sideId: number;
      name: string;
    }[];
    const bySide = new Map<number, string[]>();
    for (const m of members) {
      const list = bySide.get(m.sideId) ?? [];
      list.push(m.name);
      bySide.set(m.sideId, list);
    }
    return sides.map((s) => ({ ...s, members: bySide.get(s.id) ?? [], entityIds: entitiesBySide.get(s.id) ?? [] }));
  }

  side(id: number): SideRow | undefined {
    return this.sides().find((s) => s.id === id);
  }

  sideByName(name: string): { id: number } | undefined {
    return this.stmt('SELECT id FROM sides WHERE name = ?').get(name) as { id: number } | undefined;
  }

  /** The position after the last side (new sides go to the right). */
  nextSidePosition(): number {
    return (this.stmt('SELECT coalesce(max(position) + 1, 0) AS p FROM sides').get() as { p: number }).p;
  }

  insertSide(name: string, position: number, members: readonly string[]): number {
    const at = now();
    const id = Number(this.stmt('INSERT INTO sides (name, position, created_at, updated_at) VALUES (?, ?, ?, ?)').run(name, position, at, at).lastInsertRowid);
    this.setMembers(id, members);
    return id;
  }

  updateSide(id: number, name: string, position: number, members: readonly string[]): boolean {
    const changed = this.stmt('UPDATE sides SET name = ?, position = ?, updated_at = ? WHERE id = ?').run(name, position, now(), id).changes > 0;
    if (changed) this.setMembers(id, members);
    return changed;
  }

  private setMembers(sideId: number, members: readonly string[]): void {
    this.stmt('DELETE FROM side_members WHERE side_id = ?').run(sideId);
    const insert = this.stmt('INSERT INTO side_members (side_id, position, name) VALUES (?, ?, ?)');
    members.forEach((name, i) => insert.run(sideId, i, name));
  }

  /** The side's entities, in the analyst's order (each once). */
  setSideEntities(sideId: number, entityIds: readonly number[]): void {
    this.stmt('DELETE FROM side_entities WHERE side_id = ?').run(sideId);
    const insert = this.stmt('INSERT OR IGNORE INTO side_entities (side_id, position, entity_id) VALUES (?, ?, ?)');
    entityIds.forEach((id, i) => insert.run(sideId, i, id));
  }

  deleteSide(id: number): boolean {
    return this.stmt('DELETE FROM sides WHERE id = ?').run(id).changes > 0;
  }

  // ---- propositions ----

  propositions(): PropositionRow[] {
    const props = this.stmt('SELECT id, text FROM propositions ORDER BY id').all() as Omit<PropositionRow, 'evidence'>[];
    const evidence = this.stmt(
      'SELECT proposition_id AS pid, claim_id AS claimId, stance FROM proposition_evidence ORDER BY proposition_id, created_at, claim_id',
    ).all() as { pid: number; claimId: number; stance: StanceRow }[];
    const byProp = new Map<number, PropositionRow['evidence']>();
    for (const e of evidence) {
      const list = byProp.get(e.pid) ?? [];
      list.push({ claimId: e.claimId, stance: e.stance });
      byProp.set(e.pid, list);
    }
    return props.map((p) => ({ ...p, evidence: byProp.get(p.id) ?? [] }));
  }

  proposition(id: number): PropositionRow | undefined {
    return this.propositions().find((p) => p.id === id);
  }

  insertProposition(text: string): number {
    const at = now();
    return Number(this.stmt('INSERT INTO propositions (text, created_at, updated_at) VALUES (?, ?, ?)').run(text, at, at).lastInsertRowid);
  }

  updateProposition(id: number, text: string): boolean {
    return this.stmt('UPDATE propositions SET text = ?, updated_at = ? WHERE id = ?').run(text, now(), id).changes > 0;
  }

  deleteProposition(id: number): boolean {
    return this.stmt('DELETE FROM propositions WHERE id = ?').run(id).changes > 0;
  }

  /** A claim's stance on a proposition; null removes it. */
  setStance(propositionId: number, claimId: number, stance: StanceRow | null): void {
    if (stance === null) {
      this.stmt('DELETE FROM proposition_evidence WHERE proposition_id = ? AND claim_id = ?').run(propositionId, claimId);
      return;
    }
    this.stmt(
      `INSERT INTO proposition_evidence (proposition_id, claim_id, stance, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (proposition_id, claim_id) DO UPDATE SET stance = excluded.stance`,
    ).run(propositionId, claimId, stance, now());
  }

  // ---- grades ----

  claimGrade(claimId: number): ClaimGradeRow | undefined {
    const row = this.stmt('SELECT credibility, flags FROM claim_grades WHERE claim_id = ?').get(claimId) as
      | { credibility: number | null; flags: string }
      | undefined;
    return row ? { credibility: row.credibility, flags: parseFlags(row.flags) } : undefined;
  }

  /** Every graded claim. */
  claimGrades(): Map<number, ClaimGradeRow> {
    const rows = this.stmt('SELECT claim_id AS id, credibility, flags FROM claim_grades').all() as {
      id: number;
      credibility: number | null;
      flags: string;
    }[];
    return new Map(rows.map((r) => [r.id, { credibility: r.credibility, flags: parseFlags(r.flags) }]));
  }

  setClaimGrade(claimId: number, grade: ClaimGradeRow): void {
    this.stmt(
      `INSERT INTO claim_grades (claim_id, credibility, flags, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (claim_id) DO UPDATE SET credibility = excluded.credibility, flags = excluded.flags, updated_at = excluded.updated_at`,
    ).run(claimId, grade.credibility, JSON.stringify(grade.flags), now());
  }

  sourceGrade(kind: SourceKind, name: string): SourceGradeRow | undefined {
    const row = this.stmt('SELECT reliability, flags FROM source_grades WHERE kind = ? AND name_key = ?').get(kind, sourceKey(name)) as
      | { reliability: string | null; flags: string }
      | undefined;
    return row ? { reliability: row.reliability, flags: parseFlags(row.flags) } : undefined;
  }

  /** Every graded speaker or outlet, by {@link sourceKey}. */
  sourceGrades(kind: SourceKind): Map<string, SourceGradeRow> {
    const rows = this.stmt('SELECT name_key AS k, reliability, flags FROM source_grades WHERE kind = ?').all(kind) as {
      k: string;
      reliability: string | null;
      flags: string;
    }[];
    return new Map(rows.map((r) => [r.k, { reliability: r.reliability, flags: parseFlags(r.flags) }]));
  }

  setSourceGrade(kind: SourceKind, name: string, grade: SourceGradeRow): void {
    this.stmt(
      `INSERT INTO source_grades (kind, name_key, reliability, flags, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kind, name_key) DO UPDATE SET reliability = excluded.reliability, flags = excluded.flags, updated_at = excluded.updated_at`,
    ).run(kind, sourceKey(name), grade.reliability, JSON.stringify(grade.flags), now());
  }
}
