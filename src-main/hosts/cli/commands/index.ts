// Every `quire` command, in the order `quire --help` lists them.
import { extract } from './extract';
import { importCommand } from './import';
import { articles } from './articles';
import { article } from './article';
import { claims } from './claims';
import { search } from './search';
import { note } from './note';
import { notes } from './notes';
import { annotations } from './annotations';
import { tags } from './tags';
import { carry } from './carry';
import { exportCommand } from './export';
import { check } from './check';
import { entities } from './entities';
import { entity } from './entity';
import { sources } from './sources';
import { conflicts } from './conflicts';
import { backup } from './backup';
import { backups } from './backups';
import { restore } from './restore';
import { team } from './team';
import type { Command } from '../command';

export const COMMANDS: readonly Command[] = [
  extract, importCommand, articles, article, claims, search, note, notes, annotations, tags, carry,
  exportCommand, check, entities, entity, sources, conflicts, backup, backups, restore, team,
];
