// `quire tags`: the tag legend.
import type { Command } from '../command';
import { orDash } from '../show';

export const tags: Command = {
  name: 'tags',
  flags: [],
  arity: [0, 0],
  synopsis: 'quire tags [--json]',
  help: [
    { form: ['tags'], about: ['the tag legend: tag, colour, description, count'] },
  ],
  async run(ctx) {
    const tags = (await ctx.call('tags.list', {})).map((t) => ({ id: t.id, name: t.name, color: t.color, description: t.description, annotations: t.annotations }));
    ctx.out(tags, () => (tags.length === 0 ? 'no tags' : tags.map((t) => `${t.name}  ${t.color}  ${t.annotations}  ${orDash(t.description)}`).join('\n')));
  },
};
