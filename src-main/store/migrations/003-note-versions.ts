// Schema version 3: note version history. A snapshot of a note's title, content and text, taken
// at most every few minutes while it is edited, on request, and around every restore.
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  up(db) {
    db.exec(`
      CREATE TABLE note_versions (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        note_id    INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        title      TEXT NOT NULL,
        content    TEXT NOT NULL,
        text       TEXT NOT NULL DEFAULT '',
        -- auto: the periodic snapshot; manual: asked for; before-restore / restore: around a restore.
        reason     TEXT NOT NULL CHECK (reason IN ('auto', 'manual', 'before-restore', 'restore')),
        created_at TEXT NOT NULL
      );
      CREATE INDEX note_versions_by_note ON note_versions(note_id, id);
    `);
  },
};
