// `quire search`: searches articles, claims, notes and annotations.
import type { Command } from '../command';
import { markers, oneLine } from '../show';

export const search: Command = {
  name: 'search',
  flags: ['tag'],
  arity: [1, Infinity],
  synopsis: 'quire search QUERY [--tag NAME] [--json]',
  help: [
    { form: ['search QUERY [--tag NAME]'], about: ['search articles, claims, notes and annotations', '(--tag: only annotations with that tag)'] },
  ],
  async run(ctx, p) {
    const hits = (await ctx.call('search.query', { q: p.args.join(' '), ...(p.flags.tag !== undefined ? { tag: p.flags.tag } : {}) })).map((h) => ({
      type: h.type,
      id: h.id,
      title: h.title,
      snippet: markers(h.snippet),
      ...(h.tags ? { tags: h.tags } : {}),
    }));
    ctx.out(hits, () =>
      hits.length === 0 ? 'no matches' : hits.map((h) => `${h.type} #${h.id} ${h.title}${h.tags?.length ? ` [${h.tags.join(', ')}]` : ''}\n  ${oneLine(h.snippet)}`).join('\n'),
    );
  },
};
