// `quire entities`: people, organisations and places, merged across articles.
import type { Command } from '../command';

export const entities: Command = {
  name: 'entities',
  flags: [],
  arity: [0, 0],
  synopsis: 'quire entities [--json]',
  help: [
    { form: ['entities'], about: ['people, organisations and places, merged across articles'] },
  ],
  async run(ctx) {
    const list = await ctx.call('entities.list', {});
    ctx.out(list, () =>
      list.length === 0
        ? 'no entities'
        : list.map((e) => `#${e.id}  ${e.kind.padEnd(12)} ${e.name}  (${e.mentions} mentions in ${e.articles} articles, ${e.claims} claims)`).join('\n'),
    );
  },
};
