// `quire annotations`: lists annotations, orphaned ones marked.
import { positiveId } from '../args';
import type { Command } from '../command';
import { oneLine } from '../show';

export const annotations: Command = {
  name: 'annotations',
  flags: ['article', 'tag'],
  arity: [0, 0],
  synopsis: 'quire annotations [--article ID] [--tag NAME] [--json]',
  help: [
    { form: ['annotations [--article ID] [--tag NAME]'], about: ['list annotations (orphaned ones marked)'] },
  ],
  check(p) {
    if (p.flags.article !== undefined) positiveId(p.flags.article, '--article');
  },
  async run(ctx, p) {
    const list = (
      await ctx.call('annotations.list', {
        ...(p.flags.article !== undefined ? { articleId: positiveId(p.flags.article, '--article') } : {}),
        ...(p.flags.tag !== undefined ? { tag: p.flags.tag } : {}),
      })
    ).map((a) => ({
      id: a.id,
      articleId: a.articleId,
      start: a.start,
      end: a.end,
      quote: a.quote,
      comment: a.comment,
      tags: a.tags,
      color: a.displayColor,
      state: a.state,
      orphanReason: a.orphanReason,
      selectors: a.selectors,
    }));
    ctx.out(list, () =>
      list.length === 0
        ? 'no annotations'
        : list
            .map((a) =>
              [
                `#${a.id} article ${a.articleId} [${a.start}-${a.end}] ${a.color}${a.state === 'orphaned' ? ` ORPHANED (${a.orphanReason ?? 'no match'})` : ''}${a.tags.length ? ` [${a.tags.join(', ')}]` : ''}: “${oneLine(a.quote)}”`,
                ...(a.comment ? [`  ${oneLine(a.comment)}`] : []),
              ].join('\n'),
            )
            .join('\n'),
    );
  },
};
