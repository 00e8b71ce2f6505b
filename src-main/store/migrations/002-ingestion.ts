// Schema version 2: what ingestion now knows about an article (raw text and the ranges cleaning
// removed, language, URL, format), MinHash fingerprints with LSH band keys for finding
// near-duplicates without a pairwise scan, and the relations found between articles.
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  up(db) {
    db.exec(`
      -- raw_text NULL (articles from version 1): the raw text is the text itself, nothing removed.
      ALTER TABLE articles ADD COLUMN raw_text TEXT;
      -- JSON array of {start, end} ranges of raw_text that cleaning removed.
      ALTER TABLE articles ADD COLUMN removed TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE articles ADD COLUMN url TEXT;
      ALTER TABLE articles ADD COLUMN format TEXT CHECK (format IS NULL OR format IN ('txt', 'md', 'html', 'pdf', 'docx', 'paste'));
      -- When the analyst last edited the metadata (NULL: never).
      ALTER TABLE articles ADD COLUMN metadata_edited_at TEXT;

      -- What the body text is, the raw text and its removed ranges are too: never rewritten.
      CREATE TRIGGER articles_raw_is_immutable BEFORE UPDATE OF raw_text, removed ON articles
      WHEN old.raw_text IS NOT new.raw_text OR old.removed IS NOT new.removed
      BEGIN
        SELECT RAISE(ABORT, 'an article''s raw text never changes after import');
      END;

      -- Per article: the MinHash signature of its word 5-shingles (near-duplicates) and of its
      -- content words (related coverage), each as Float64 values in a BLOB.
      CREATE TABLE article_fingerprints (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature  BLOB NOT NULL,
        topic      BLOB NOT NULL
      );
      -- LSH blocking: articles sharing a band key are the only candidates compared.
      CREATE TABLE article_bands (
        band_key   TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_bands_by_article ON article_bands(article_id);

      -- Symmetric: stored once with article_a < article_b.
      CREATE TABLE article_relations (
        article_a  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        article_b  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('near_duplicate', 'related')),
        similarity REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_a, article_b),
        CHECK (article_a < article_b)
      ) WITHOUT ROWID;
      CREATE INDEX article_relations_by_b ON article_relations(article_b);
    `);
  },
};
