// Schema version 6: annotations (#5). Tags with the analyst's colour legend (each tag bound to a
// colour, with a description saying what it means), the tags of each annotation, and an
// annotation's state: 'orphaned' when its anchor could not be placed in the text it belongs to
// (carried over from another article), kept with its quote so the analyst sees what it said.
import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  up(db) {
    db.exec(`
      CREATE TABLE tags (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        -- A palette name (yellow, green, …) or #rrggbb.
        color       TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE annotation_tags (
        annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        -- The analyst's order: the first tag gives an annotation without its own colour its colour.
        position      INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (annotation_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id);

      ALTER TABLE annotations ADD COLUMN state TEXT NOT NULL DEFAULT 'anchored' CHECK (state IN ('anchored', 'orphaned'));
      -- Why an orphan could not be placed: quote_missing, context_changed or ambiguous.
      ALTER TABLE annotations ADD COLUMN orphan_reason TEXT;
      -- The annotation this one was carried over from (NULL: made here, or its source was deleted).
      ALTER TABLE annotations ADD COLUMN carried_from INTEGER REFERENCES annotations(id) ON DELETE SET NULL;
      CREATE INDEX annotations_by_origin ON annotations(carried_from);
    `);
  },
};
