// Schema version 7: compare (#6): claim relations, rejected suggestions, sides, propositions, grades.
import type { Migration } from './types';

export const migration007: Migration = {
  version: 7,
  up() {
    // Filled in by the work on this area.
  },
};
