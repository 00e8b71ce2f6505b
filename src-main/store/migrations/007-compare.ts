// Schema version 7: compare (#6): claim relations, rejected suggestions, sides, propositions, grades.
//
// claim_relations existed since version 1 (never used) with other kinds and origins: it is rebuilt
// with the contract's, keeping any rows ('same' → 'same_event', 'suggested' → 'suggestion').
// A rejected suggestion is remembered by the spans of its two claims (article, start, end) rather
// than their ids, so it stays rejected when re-extraction recreates a claim under a new id.
import type { Migration } from './types';

export const migration007: Migration = {
  version: 7,
  up(db) {
    db.exec(`
      CREATE TABLE claim_relations_v7 (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        claim_a    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        claim_b    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('contradicts', 'supports', 'qualifies', 'reframes', 'same_event')),
        rationale  TEXT,
        origin     TEXT NOT NULL DEFAULT 'analyst' CHECK (origin IN ('analyst', 'suggestion')),
        created_at TEXT NOT NULL,
        CHECK (claim_a <> claim_b)
      );
      INSERT INTO claim_relations_v7 (id, claim_a, claim_b, kind, rationale, origin, created_at)
        SELECT id, claim_a, claim_b,
               CASE kind WHEN 'same' THEN 'same_event' ELSE kind END,
               rationale,
               CASE origin WHEN 'suggested' THEN 'suggestion' ELSE 'analyst' END,
               created_at
        FROM claim_relations r
        WHERE r.id = (SELECT min(x.id) FROM claim_relations x
                      WHERE min(x.claim_a, x.claim_b) = min(r.claim_a, r.claim_b)
                        AND max(x.claim_a, x.claim_b) = max(r.claim_a, r.claim_b)
                        AND x.kind = r.kind);
      DROP TABLE claim_relations;
      ALTER TABLE claim_relations_v7 RENAME TO claim_relations;
      -- One relation of a kind per pair, whichever claim came first.
      CREATE UNIQUE INDEX claim_relations_pair ON claim_relations(min(claim_a, claim_b), max(claim_a, claim_b), kind);
      CREATE INDEX claim_relations_by_a ON claim_relations(claim_a);
      CREATE INDEX claim_relations_by_b ON claim_relations(claim_b);

      -- Suggested conflicts the analyst rejected: the pair in a fixed order (a before b).
      CREATE TABLE rejected_conflicts (
        article_a  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start_a    INTEGER NOT NULL,
        end_a      INTEGER NOT NULL,
        article_b  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start_b    INTEGER NOT NULL,
        end_b      INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_a, start_a, end_a, article_b, start_b, end_b)
      ) WITHOUT ROWID;
      CREATE INDEX rejected_conflicts_by_b ON rejected_conflicts(article_b);

      CREATE TABLE sides (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        name       TEXT NOT NULL COLLATE NOCASE UNIQUE,
        position   INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE side_members (
        side_id  INTEGER NOT NULL REFERENCES sides(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name     TEXT NOT NULL,
        PRIMARY KEY (side_id, position)
      ) WITHOUT ROWID;

      CREATE TABLE propositions (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        text       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE proposition_evidence (
        proposition_id INTEGER NOT NULL REFERENCES propositions(id) ON DELETE CASCADE,
        claim_id       INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        stance         TEXT NOT NULL CHECK (stance IN ('supports', 'denies')),
        created_at     TEXT NOT NULL,
        PRIMARY KEY (proposition_id, claim_id)
      ) WITHOUT ROWID;
      CREATE INDEX proposition_evidence_by_claim ON proposition_evidence(claim_id);

      -- Information credibility of one claim (NATO/Admiralty 1–6) and its flags (JSON array).
      CREATE TABLE claim_grades (
        claim_id    INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
        credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
        flags       TEXT NOT NULL DEFAULT '[]',
        updated_at  TEXT NOT NULL
      );
      -- Source reliability (A–F) of a speaker or an outlet, by normalised name (lowercase, single spaces).
      CREATE TABLE source_grades (
        kind        TEXT NOT NULL CHECK (kind IN ('speaker', 'outlet')),
        name_key    TEXT NOT NULL,
        reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
        flags       TEXT NOT NULL DEFAULT '[]',
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (kind, name_key)
      ) WITHOUT ROWID;
    `);
  },
};
