// Schema version 1: the library (articles, claims), the notebook (notes, citations, links),
// annotations, entities and claim relations, and the FTS5 indexes over them.
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        title        TEXT NOT NULL,
        outlet       TEXT,
        author       TEXT,
        published    TEXT,
        language     TEXT,
        source_name  TEXT,
        -- The body text, stored once and never rewritten: every offset points into it.
        text         TEXT NOT NULL,
        -- Length of text in UTF-16 code units (the unit of every offset; SQL length() counts code points).
        chars        INTEGER NOT NULL CHECK (chars >= 0),
        -- sha256 of the normalised text: the same article is never stored twice.
        content_hash TEXT NOT NULL UNIQUE,
        imported_at  TEXT NOT NULL
      );
      CREATE TRIGGER articles_text_is_immutable BEFORE UPDATE OF text ON articles
      BEGIN
        SELECT RAISE(ABORT, 'an article''s text never changes after import');
      END;

      -- origin: who made the claim; edited = 1 once the analyst changed it (re-extraction leaves it alone).
      CREATE TABLE claims (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
        text         TEXT NOT NULL,
        speaker      TEXT,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
        status       TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'confirmed', 'rejected')),
        origin       TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'analyst')),
        edited       INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX claims_by_article ON claims(article_id, start_offset);

      CREATE TABLE entities (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('person', 'organization', 'place', 'other')),
        created_at TEXT NOT NULL
      );
      CREATE TABLE entity_aliases (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias     TEXT NOT NULL,
        UNIQUE (entity_id, alias)
      );
      CREATE INDEX entity_aliases_by_alias ON entity_aliases(alias);

      CREATE TABLE notes (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        title      TEXT NOT NULL,
        -- Lexical editor state JSON, and its plain text (what search indexes).
        content    TEXT NOT NULL,
        text       TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- A citation outlives its target: claim_id / article_id become NULL when the target is
      -- deleted, target_id keeps what it pointed at, quote what it said when the note was saved.
      CREATE TABLE citations (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        note_id      INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('claim', 'article')),
        target_id    INTEGER NOT NULL,
        claim_id     INTEGER REFERENCES claims(id) ON DELETE SET NULL,
        article_id   INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        start_offset INTEGER,
        end_offset   INTEGER,
        quote        TEXT,
        CHECK (kind = 'article' OR (start_offset IS NULL AND end_offset IS NULL)),
        CHECK (kind = 'claim' OR (start_offset IS NOT NULL AND end_offset > start_offset))
      );
      CREATE INDEX citations_by_note ON citations(note_id, position);
      CREATE INDEX citations_by_claim ON citations(claim_id);
      CREATE INDEX citations_by_article ON citations(article_id);

      CREATE TABLE note_links (
        from_note INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        to_note   INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        PRIMARY KEY (from_note, to_note)
      ) WITHOUT ROWID;
      CREATE INDEX note_links_by_target ON note_links(to_note);

      CREATE TABLE annotations (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
        quote        TEXT NOT NULL,
        prefix       TEXT NOT NULL DEFAULT '',
        suffix       TEXT NOT NULL DEFAULT '',
        comment      TEXT NOT NULL DEFAULT '',
        color        TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX annotations_by_article ON annotations(article_id, start_offset);

      CREATE TABLE claim_relations (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        claim_a    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        claim_b    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('contradicts', 'supports', 'same')),
        rationale  TEXT,
        origin     TEXT NOT NULL DEFAULT 'suggested' CHECK (origin IN ('suggested', 'analyst')),
        created_at TEXT NOT NULL,
        CHECK (claim_a <> claim_b),
        UNIQUE (claim_a, claim_b, kind)
      );
      CREATE INDEX claim_relations_by_b ON claim_relations(claim_b);
    `);

    // FTS5 indexes over the tables' own columns (external content: the text is stored once),
    // kept in step by triggers so no code path can forget them.
    const fts = (name: string, table: string, columns: string[], updateOf: string[]): string => {
      const cols = columns.join(', ');
      const values = (row: 'new' | 'old'): string => columns.map((c) => `${row}.${c}`).join(', ');
      return `
        CREATE VIRTUAL TABLE ${name} USING fts5(${cols}, content='${table}', content_rowid='id',
          tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER ${name}_ai AFTER INSERT ON ${table} BEGIN
          INSERT INTO ${name}(rowid, ${cols}) VALUES (new.id, ${values('new')});
        END;
        CREATE TRIGGER ${name}_ad AFTER DELETE ON ${table} BEGIN
          INSERT INTO ${name}(${name}, rowid, ${cols}) VALUES ('delete', old.id, ${values('old')});
        END;
        CREATE TRIGGER ${name}_au AFTER UPDATE OF ${updateOf.join(', ')} ON ${table} BEGIN
          INSERT INTO ${name}(${name}, rowid, ${cols}) VALUES ('delete', old.id, ${values('old')});
          INSERT INTO ${name}(rowid, ${cols}) VALUES (new.id, ${values('new')});
        END;`;
    };
    db.exec(fts('articles_fts', 'articles', ['title', 'text'], ['title', 'text']));
    db.exec(fts('claims_fts', 'claims', ['text', 'speaker'], ['text', 'speaker']));
    db.exec(fts('notes_fts', 'notes', ['title', 'text'], ['title', 'text']));
    db.exec(fts('annotations_fts', 'annotations', ['quote', 'comment'], ['quote', 'comment']));
  },
};
