// A file restored over the store must be exactly Quire's own schema for its version: every table,
// column, index, trigger and view, no more and no fewer. The expected schema is built fresh (the
// migrations up to that version, in memory) and compared with the file's sqlite_schema and each
// table's columns, so a foreign database or a backup given a trigger or an index of its own is
// refused before anything is replaced.
import Database from 'better-sqlite3';
import type { Db } from './db';
import { MIGRATIONS } from './migrations/index';

interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

interface Schema {
  entries: Map<string, SchemaEntry>;
  columns: Map<string, string>;
}

/** SQLite's own bookkeeping (statistics from ANALYZE) is not part of what Quire defines. */
const OWN = "name NOT LIKE 'sqlite_stat%'";

function readSchema(db: Db): Schema {
  const rows = db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE ${OWN} ORDER BY type, name`).all() as SchemaEntry[];
  const entries = new Map(rows.map((r) => [`${r.type} ${r.name}`, r]));
  const columns = new Map<string, string>();
  for (const r of rows) {
    if (r.type !== 'table') continue;
    const info = db.prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?)').all(r.name);
    columns.set(r.name, JSON.stringify(info));
  }
  return { entries, columns };
}

const expected = new Map<number, Schema>();

/** Quire's schema at `version`, built once per version by running its migrations in memory. */
function quireSchema(version: number, nativeBinding?: string): Schema {
  let schema = expected.get(version);
  if (!schema) {
    const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    try {
      db.pragma('foreign_keys = ON');
      db.transaction(() => {
        for (const m of MIGRATIONS.slice(0, version)) m.up(db);
      })();
      schema = readSchema(db);
    } finally {
      db.close();
    }
    expected.set(version, schema);
  }
  return schema;
}

const what = (key: string): string => {
  const [type, ...name] = key.split(' ');
  return `${type === 'index' ? 'an index' : `a ${type}`} "${name.join(' ').slice(0, 80)}"`;
};

/** Throws, saying what differs, unless the open database `db` has exactly Quire's schema for `version`. */
export function checkQuireSchema(db: Db, version: number, nativeBinding?: string): void {
  const want = quireSchema(version, nativeBinding);
  const have = readSchema(db);
  const differ = (reason: string): never => {
    throw new Error(`its schema is not Quire's own for version ${version} (${reason})`);
  };
  for (const key of have.entries.keys()) if (!want.entries.has(key)) differ(`it has ${what(key)} that Quire does not make`);
  for (const [key, entry] of want.entries) {
    const found = have.entries.get(key);
    if (!found) differ(`it lacks ${what(key)}`);
    else if (found.sql !== entry.sql || found.tbl_name !== entry.tbl_name) differ(`${what(key)} is defined differently`);
  }
  for (const [table, cols] of want.columns) if (have.columns.get(table) !== cols) differ(`the columns of table "${table}" differ`);
}
