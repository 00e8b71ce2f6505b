// `quire article`: one article with its text.
import { positiveId } from '../args';
import type { Command } from '../command';
import { orDash } from '../show';

export const article: Command = {
  name: 'article',
  flags: [],
  arity: [1, 1],
  synopsis: 'quire article ID [--json]',
  help: [
    { form: ['article ID'], about: ['show one article with its text'] },
  ],
  check: (p) => void positiveId(p.args[0], 'ID'),
  async run(ctx, p) {
    const a = await ctx.call('articles.get', { id: positiveId(p.args[0], 'ID') });
    const value = { id: a.id, title: a.title, outlet: a.outlet, author: a.author, published: a.published, chars: a.chars, text: a.text };
    ctx.out(value, () =>
      [`#${a.id} ${a.title}`, `outlet: ${orDash(a.outlet)}  author: ${orDash(a.author)}  published: ${orDash(a.published)}  ${a.chars} chars`, '', a.text].join('\n'),
    );
  },
};
