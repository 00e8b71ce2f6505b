// Schema version 5: entities (#4): entity mentions, speaker links, analyst merge/split.
// Every surface form of an entity is an alias row; `probe` is the key candidates are found by
// (a person's surname skeleton, an organisation's or place's folded name). Analyst decisions are
// rows with origin 'analyst' (aliases, mentions and entity names), which extraction never
// overwrites: an analyst alias decides which entity its form joins on every later import or
// re-extraction, an analyst mention stays where it was put. Merged-away ids redirect to the
// entity they went into, so note links made before a merge still find it.
import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  up(db) {
    db.exec(`
      ALTER TABLE entities ADD COLUMN origin TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'analyst'));
      ALTER TABLE entities ADD COLUMN updated_at TEXT;

      ALTER TABLE entity_aliases ADD COLUMN probe TEXT NOT NULL DEFAULT '';
      ALTER TABLE entity_aliases ADD COLUMN origin TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'analyst'));
      CREATE INDEX entity_aliases_by_probe ON entity_aliases(probe);
      CREATE INDEX entity_aliases_by_entity ON entity_aliases(entity_id);
      -- Forms are looked up ignoring case.
      CREATE INDEX entity_aliases_by_alias_nocase ON entity_aliases(alias COLLATE NOCASE);

      CREATE TABLE entity_mentions (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        entity_id    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
        -- Exactly the article text's slice(start_offset, end_offset).
        text         TEXT NOT NULL,
        origin       TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'analyst')),
        UNIQUE (article_id, start_offset, end_offset)
      );
      CREATE INDEX entity_mentions_by_entity ON entity_mentions(entity_id, article_id);

      ALTER TABLE claims ADD COLUMN speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL;
      CREATE INDEX claims_by_speaker_entity ON claims(speaker_entity_id);

      CREATE TABLE entity_redirects (
        from_id INTEGER PRIMARY KEY,
        to_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
      );
      CREATE INDEX entity_redirects_by_target ON entity_redirects(to_id);

      CREATE TABLE note_entity_links (
        from_note INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (from_note, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX note_entity_links_by_entity ON note_entity_links(entity_id);
    `);
  },
};
