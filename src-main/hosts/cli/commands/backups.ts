// `quire backups`: the store's backups, newest first.
import type { Command } from '../command';

export const backups: Command = {
  name: 'backups',
  flags: [],
  arity: [0, 0],
  synopsis: 'quire backups [--json]',
  help: [
    { form: ['backups'], about: ["list the store's backups, newest first"] },
  ],
  async run(ctx) {
    const { listBackups } = await import('../../../api/service/backup');
    const list = listBackups(ctx.dbPath);
    ctx.out(list, () =>
      list.length ? list.map((b) => `${b.name}\t${b.reason}\t${Math.ceil(b.bytes / 1024)} KB`).join('\n') : 'no backups',
    );
  },
};
