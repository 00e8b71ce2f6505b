import type { Statement } from 'better-sqlite3';
import type { Db } from './db';

/** Statements prepared once per connection: an import runs the same few for every article. */
export class StatementCache {
  private readonly stmts = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  get(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }
}
