// Schema version 10: search terms beside the exact text. Two contentless FTS5 tables hold, for each
// article and claim, the stems of its Russian and Ukrainian words and the transliteration keys of
// its names (core/claims/slavic/search-terms), so word forms and names across scripts are found
// while the exact-text indexes, offsets and snippets stay as they are. Triggers keep them in step
// through the function quire_search_terms, which every connection that writes registers (db.ts).
import type { Database } from 'better-sqlite3';
import type { Migration } from './types';
import { searchTerms } from '../../core/claims/slavic/search-terms';

const SEARCH_TERMS_FUNCTION = 'quire_search_terms';

/** Registers the function the terms triggers call; on every connection that may write. */
export function registerSearchTerms(db: Database): void {
  db.function(SEARCH_TERMS_FUNCTION, { deterministic: true }, (a: unknown, b: unknown) =>
    searchTerms(`${typeof a === 'string' ? a : ''} ${typeof b === 'string' ? b : ''}`),
  );
}

export const migration010: Migration = {
  version: 10,
  up(db) {
    registerSearchTerms(db);
    const table = (name: string, source: string, a: string, b: string): string => `
      CREATE VIRTUAL TABLE ${name} USING fts5(terms, content='', contentless_delete=1, tokenize = 'unicode61 remove_diacritics 2');
      CREATE TRIGGER ${name}_ai AFTER INSERT ON ${source} BEGIN
        INSERT INTO ${name}(rowid, terms) VALUES (new.id, ${SEARCH_TERMS_FUNCTION}(new.${a}, new.${b}));
      END;
      CREATE TRIGGER ${name}_ad AFTER DELETE ON ${source} BEGIN
        DELETE FROM ${name} WHERE rowid = old.id;
      END;
      CREATE TRIGGER ${name}_au AFTER UPDATE OF ${a}, ${b} ON ${source} BEGIN
        DELETE FROM ${name} WHERE rowid = old.id;
        INSERT INTO ${name}(rowid, terms) VALUES (new.id, ${SEARCH_TERMS_FUNCTION}(new.${a}, new.${b}));
      END;
      INSERT INTO ${name}(rowid, terms) SELECT id, ${SEARCH_TERMS_FUNCTION}(${a}, ${b}) FROM ${source};`;
    db.exec(table('articles_terms_fts', 'articles', 'title', 'text'));
    db.exec(table('claims_terms_fts', 'claims', 'text', 'speaker'));
  },
};
