// Schema version 6: annotations (#5): tags, colour legend.
import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  up() {
    // Filled in by the work on this area.
  },
};
