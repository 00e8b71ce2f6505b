// Schema version 8: the analyst's review decisions as an undo log, and sides made of entities.
// A decision keeps the rows it changed as they were before and after (JSON, per table), so undo
// puts the "before" rows back and redo the "after" rows; `scope` says which rows those are.
// Undone decisions stay until a new decision is recorded (the redo branch is then dropped).
// A side's entities are entity ids; an id merged away is followed through entity_redirects.
import type { Migration } from './types';

export const migration008: Migration = {
  version: 8,
  up(db) {
    db.exec(`
      CREATE TABLE decisions (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        kind       TEXT NOT NULL,
        label      TEXT NOT NULL,
        scope      TEXT NOT NULL,
        before     TEXT NOT NULL,
        after      TEXT NOT NULL,
        undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL
      );
      CREATE INDEX decisions_by_undone ON decisions(undone, id);

      CREATE TABLE side_entities (
        side_id   INTEGER NOT NULL REFERENCES sides(id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        entity_id INTEGER NOT NULL,
        PRIMARY KEY (side_id, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX side_entities_by_entity ON side_entities(entity_id);
    `);
  },
};
