// Schema version 4: a claim's provenance and facts — the speaker's title and role, the channel
// it was made through, the outlet that relayed it, when it was said (ISO date and precision) and
// the numbers and dates it states (JSON array). Rows from before stay null / '[]'.
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  up(db) {
    db.exec(`
      ALTER TABLE claims ADD COLUMN speaker_role TEXT;
      ALTER TABLE claims ADD COLUMN channel TEXT;
      ALTER TABLE claims ADD COLUMN via TEXT;
      ALTER TABLE claims ADD COLUMN said_on TEXT;
      ALTER TABLE claims ADD COLUMN said_precision TEXT;
      ALTER TABLE claims ADD COLUMN facts TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
