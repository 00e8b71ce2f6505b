// Article metadata with its sources: the update date apart from the publication date, and where
// each metadata value came from (JSON: field → 'meta' | 'json-ld' | 'byline' | 'dateline' | … |
// 'analyst'), so the reader can show it. Articles stored before keep '{}' (sources unknown).
import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN updated TEXT;
      ALTER TABLE articles ADD COLUMN metadata_sources TEXT NOT NULL DEFAULT '{}';
    `);
  },
};
