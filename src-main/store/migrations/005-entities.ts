// Schema version 5: entities (#4): entity mentions, speaker links, analyst merge/split.
import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  up() {
    // Filled in by the work on this area.
  },
};
