// Schema version 11: each article's paragraph languages (JSON runs {start, end, language}, see
// core/prepare/languages), worked out for the articles already stored from their text and language.
import type { Migration } from './types';
import { languageRuns } from '../../core/prepare/languages';

export const migration011: Migration = {
  version: 11,
  up(db) {
    db.exec(`ALTER TABLE articles ADD COLUMN paragraph_languages TEXT NOT NULL DEFAULT '[]'`);
    const update = db.prepare('UPDATE articles SET paragraph_languages = ? WHERE id = ?');
    const rows = db.prepare('SELECT id, text, language FROM articles').iterate() as IterableIterator<{ id: number; text: string; language: string | null }>;
    // The updates wait for the scan to end: a statement may not write while another of the connection reads.
    const computed: [string, number][] = [];
    for (const row of rows) computed.push([JSON.stringify(languageRuns(row.text, row.language)), row.id]);
    for (const [runs, id] of computed) update.run(runs, id);
  },
};
