// Every migration, in order. Add a file `NNN-name.ts` and list it here; versions strictly increase.
import { migration001 } from './001-initial';
import { migration002 } from './002-ingestion';
import { migration003 } from './003-note-versions';
import { migration004 } from './004-claim-facts';
import { migration005 } from './005-entities';
import { migration006 } from './006-annotations';
import { migration007 } from './007-compare';
import { migration008 } from './008-decisions';
import { migration009 } from './009-metadata-sources';
import { migration010 } from './010-search-terms';
import { migration011 } from './011-paragraph-languages';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

export const LATEST_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;
