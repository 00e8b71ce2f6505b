// `quire extract`: reads one file and shows what an import would store, storing nothing.
import type { Command } from '../command';
import { fileInput } from '../files';
import { oneLine, orDash, provenance } from '../show';

export const extract: Command = {
  name: 'extract',
  flags: [],
  arity: [1, 1],
  synopsis: 'quire extract FILE [--json]',
  opens: 'reader',
  help: [
    { form: ['extract FILE'], about: ['read a file and show its article, claims and entities (stores nothing)'] },
  ],
  async run(ctx, p) {
    const path = p.args[0] as string;
    const x = await ctx.call('articles.extract', fileInput(path));
    const value = {
      article: { title: x.article.title, outlet: x.article.outlet, author: x.article.author, published: x.article.published, text: x.article.text },
      claims: x.claims.map((c) => ({ kind: c.kind, text: c.text, speaker: c.speaker, start: c.start, end: c.end, ...provenance(c) })),
      entities: x.entities ?? [],
    };
    ctx.out(value, () =>
      [
        value.article.title,
        `outlet: ${orDash(value.article.outlet)}  author: ${orDash(value.article.author)}  published: ${orDash(value.article.published)}`,
        `${value.article.text.length} characters, ${value.claims.length} claim${value.claims.length === 1 ? '' : 's'}, ${value.entities.length} entit${value.entities.length === 1 ? 'y' : 'ies'}`,
        ...value.claims.map((c) => `  [${c.start}-${c.end}] ${c.kind} ${orDash(c.speaker)}: ${oneLine(c.text)}`),
        ...value.entities.map((e) => `  ${e.kind} ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}: ${e.mentions.map((m) => `${m.start}-${m.end}`).join(' ')}`),
      ].join('\n'),
    );
  },
};
