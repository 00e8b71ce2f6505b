// `quire articles`: lists the library's articles.
import type { Command } from '../command';
import { orDash } from '../show';

export const articles: Command = {
  name: 'articles',
  flags: [],
  arity: [0, 0],
  synopsis: 'quire articles [--json]',
  help: [
    { form: ['articles'], about: ['list articles'] },
  ],
  async run(ctx) {
    const list = (await ctx.call('articles.list', {})).map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      author: a.author,
      published: a.published,
      chars: a.chars,
    }));
    ctx.out(list, () =>
      list.length === 0 ? 'no articles' : list.map((a) => `#${a.id}  ${orDash(a.published)}  ${orDash(a.outlet)}  ${a.title}  (${a.chars} chars)`).join('\n'),
    );
  },
};
