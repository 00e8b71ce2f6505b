// `quire backup`: a verified copy of the store.
import type { Command } from '../command';

export const backup: Command = {
  name: 'backup',
  flags: ['out'],
  arity: [0, 0],
  synopsis: 'quire backup [--out FILE] [--json]',
  help: [
    { form: ['backup [--out FILE]'], about: ['a verified copy of the store (default: into backups/ beside it)'] },
  ],
  async run(ctx, p) {
    const { backupStore } = await import('../../../api/service/backup');
    const path = await backupStore(ctx.dbPath, p.flags.out);
    ctx.out({ path }, () => path);
  },
};
