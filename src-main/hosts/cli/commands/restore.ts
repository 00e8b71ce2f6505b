// `quire restore`: replaces the store with a backup, keeping the replaced one.
import type { Command } from '../command';

export const restore: Command = {
  name: 'restore',
  flags: [],
  arity: [1, 1],
  synopsis: 'quire restore FILE|NAME [--json]',
  help: [
    { form: ['restore FILE|NAME'], about: ['replace the store with a backup (the replaced one is kept', 'as a backup); refused while Quire has the store open'] },
  ],
  async run(ctx, p) {
    const { restoreClosedStore } = await import('../../../api/service/backup');
    const result = restoreClosedStore(ctx.dbPath, p.args[0] as string);
    ctx.out(result, () =>
      `restored ${result.from}${result.saved ? `\nthe replaced store is kept as ${result.saved.name} (quire restore ${result.saved.name} undoes this)` : ''}`,
    );
  },
};
