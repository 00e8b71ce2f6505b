// The analyst's review decisions as an undo log (schema 8). A decision names the rows it touched
// (its scope), and keeps those rows as they were before and after; undo writes the "before" rows
// back, redo the "after" rows. Rows are whole table rows, so one mechanism serves claims,
// relations, rejected suggestions and entity merges alike.
import { now, type Db } from './db';
import { StatementCache } from './statements';

/** What a decision touched, by the ids the service knows. */
export type DecisionScope =
  | { kind: 'claim'; id: number }
  | { kind: 'relation'; a: number; b: number }
  | { kind: 'rejected'; a: readonly [number, number, number]; b: readonly [number, number, number] }
  | { kind: 'entities'; ids: readonly number[] };

type Value = string | number | bigint | null | Buffer;
type Row = Record<string, Value>;

/**
 * One table's share of a scope. `sync`: rows there now but not kept are deleted, kept rows are
 * written back whole. `columns`: kept rows' listed columns are written back, nothing is deleted
 * (claims pointing at merged entities: the claim itself is not the decision's).
 */
interface TableSlice {
  table: string;
  key: readonly string[];
  where: string;
  params: Value[];
  columns?: readonly string[];
}

export interface DecisionRow {
  id: number;
  kind: string;
  label: string;
  undone: boolean;
  createdAt: string;
}

/** How many decisions are kept; older ones can no longer be undone. */
const KEEP = 500;

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** The tables a scope covers, parents before children (deletes run in the reverse order). */
function slices(scope: DecisionScope): TableSlice[] {
  switch (scope.kind) {
    case 'claim':
      return [{ table: 'claims', key: ['id'], where: 'id = ?', params: [scope.id] }];
    case 'relation': {
      const { a, b } = scope;
      return [{ table: 'claim_relations', key: ['id'], where: '(claim_a = ? AND claim_b = ?) OR (claim_a = ? AND claim_b = ?)', params: [a, b, b, a] }];
    }
    case 'rejected': {
      const cols = 'article_a = ? AND start_a = ? AND end_a = ? AND article_b = ? AND start_b = ? AND end_b = ?';
      return [
        {
          table: 'rejected_conflicts',
          key: ['article_a', 'start_a', 'end_a', 'article_b', 'start_b', 'end_b'],
          where: `(${cols}) OR (${cols})`,
          params: [...scope.a, ...scope.b, ...scope.b, ...scope.a],
        },
      ];
    }
    case 'entities': {
      const ids = [...new Set(scope.ids)];
      const inIds = `IN (${marks(ids.length)})`;
      return [
        { table: 'entities', key: ['id'], where: `id ${inIds}`, params: ids },
        { table: 'entity_aliases', key: ['id'], where: `entity_id ${inIds}`, params: ids },
        { table: 'entity_mentions', key: ['id'], where: `entity_id ${inIds}`, params: ids },
        { table: 'entity_redirects', key: ['from_id'], where: `from_id ${inIds} OR to_id ${inIds}`, params: [...ids, ...ids] },
        { table: 'note_entity_links', key: ['from_note', 'entity_id'], where: `entity_id ${inIds}`, params: ids },
        { table: 'side_entities', key: ['side_id', 'entity_id'], where: `entity_id ${inIds}`, params: ids },
        { table: 'claims', key: ['id'], where: `speaker_entity_id ${inIds}`, params: ids, columns: ['speaker_entity_id'] },
      ];
    }
  }
}

const keyOf = (row: Row, key: readonly string[]): string => JSON.stringify(key.map((k) => row[k] ?? null));

/** Row values survive JSON: bigints and buffers never occur in these tables' columns. */
const decode = (text: string): Row[][] => JSON.parse(text) as Row[][];

export class DecisionsRepo {
  private readonly sql: StatementCache;

  constructor(private readonly db: Db) {
    this.sql = new StatementCache(db);
  }

  /** The scope's rows as they are now (one list per table slice). */
  capture(scopes: readonly DecisionScope[]): Row[][] {
    return scopes.flatMap(slices).map((s) => this.sql.get(`SELECT * FROM "${s.table}" WHERE ${s.where}`).all(...s.params) as Row[]);
  }

  /** Records a decision; an undone branch (what redo would have done) is dropped. */
  record(kind: string, label: string, scopes: readonly DecisionScope[], before: Row[][], after: Row[][]): number {
    this.sql.get('DELETE FROM decisions WHERE undone = 1').run();
    const id = Number(
      this.sql
        .get('INSERT INTO decisions (kind, label, scope, before, after, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(kind, label, JSON.stringify(scopes), JSON.stringify(before), JSON.stringify(after), now()).lastInsertRowid,
    );
    this.sql.get('DELETE FROM decisions WHERE id <= ?').run(id - KEEP);
    return id;
  }

  /** The decision undo would reverse (the latest not undone), or undefined. */
  lastDone(): DecisionRow | undefined {
    return this.row('SELECT id, kind, label, undone, created_at AS createdAt FROM decisions WHERE undone = 0 ORDER BY id DESC LIMIT 1');
  }

  /** The decision redo would apply again (the earliest undone), or undefined. */
  firstUndone(): DecisionRow | undefined {
    return this.row('SELECT id, kind, label, undone, created_at AS createdAt FROM decisions WHERE undone = 1 ORDER BY id LIMIT 1');
  }

  /** Puts decision `id`'s rows back as they were before it (undo) or after it (redo). */
  apply(id: number, to: 'before' | 'after'): void {
    const stored = this.sql.get('SELECT scope, before, after FROM decisions WHERE id = ?').get(id) as { scope: string; before: string; after: string } | undefined;
    if (!stored) return;
    const parts = (JSON.parse(stored.scope) as DecisionScope[]).flatMap(slices);
    const wanted = decode(to === 'before' ? stored.before : stored.after);
    // Deletes first (children first), so no kept row collides with one that is going.
    for (let i = parts.length - 1; i >= 0; i--) {
      const s = parts[i] as TableSlice;
      if (s.columns) continue;
      const keep = new Set((wanted[i] ?? []).map((r) => keyOf(r, s.key)));
      const del = this.sql.get(`DELETE FROM "${s.table}" WHERE ${s.key.map((k) => `"${k}" IS ?`).join(' AND ')}`);
      for (const row of this.sql.get(`SELECT * FROM "${s.table}" WHERE ${s.where}`).all(...s.params) as Row[]) {
        if (!keep.has(keyOf(row, s.key))) del.run(...s.key.map((k) => row[k] ?? null));
      }
    }
    parts.forEach((s, i) => {
      for (const row of wanted[i] ?? []) this.write(s, row);
    });
    this.sql.get('UPDATE decisions SET undone = ? WHERE id = ?').run(to === 'before' ? 1 : 0, id);
  }

  private write(s: TableSlice, row: Row): void {
    if (s.columns) {
      const sets = s.columns.map((c) => `"${c}" = ?`).join(', ');
      this.sql.get(`UPDATE "${s.table}" SET ${sets} WHERE ${s.key.map((k) => `"${k}" = ?`).join(' AND ')}`).run(...s.columns.map((c) => row[c] ?? null), ...s.key.map((k) => row[k] ?? null));
      return;
    }
    const cols = Object.keys(row);
    const rest = cols.filter((c) => !s.key.includes(c));
    const update = rest.length ? `DO UPDATE SET ${rest.map((c) => `"${c}" = excluded."${c}"`).join(', ')}` : 'DO NOTHING';
    this.sql
      .get(`INSERT INTO "${s.table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${marks(cols.length)}) ON CONFLICT (${s.key.map((k) => `"${k}"`).join(', ')}) ${update}`)
      .run(...cols.map((c) => row[c] ?? null));
  }

  private row(sql: string): DecisionRow | undefined {
    const r = this.sql.get(sql).get() as (Omit<DecisionRow, 'undone'> & { undone: number }) | undefined;
    return r ? { ...r, undone: r.undone === 1 } : undefined;
  }
}
