// A logical dump of every table (FTS shadow tables excluded): for checks that nothing changed,
// and for support ("what is in this store?").
import type { Db } from './db';

export function dumpTables(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'
       ORDER BY name`,
    )
    .all() as { name: string }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    dump[name] = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY 1, 2`).all();
  }
  dump['@user_version'] = [db.pragma('user_version', { simple: true })];
  return dump;
}
