import type { Database } from 'better-sqlite3';

/** One forward-only schema step; `version` is what PRAGMA user_version becomes after `up`. */
export interface Migration {
  version: number;
  up(db: Database): void;
}
