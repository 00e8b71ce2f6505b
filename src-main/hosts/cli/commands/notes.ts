// `quire notes`: lists the notes.
import type { Command } from '../command';

export const notes: Command = {
  name: 'notes',
  flags: [],
  arity: [0, 0],
  synopsis: 'quire notes [--json]',
  help: [
    { form: ['notes'], about: ['list notes'] },
  ],
  async run(ctx) {
    const list = (await ctx.call('notes.list', {})).map((n) => ({ id: n.id, title: n.title, updatedAt: n.updatedAt }));
    ctx.out(list, () => (list.length === 0 ? 'no notes' : list.map((n) => `#${n.id}  ${n.updatedAt}  ${n.title}`).join('\n')));
  },
};
