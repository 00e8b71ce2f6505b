// `quire entity`: one entity: aliases, what it said, mentions, note backlinks.
import { positiveId } from '../args';
import type { Command } from '../command';
import { oneLine, orDash } from '../show';

export const entity: Command = {
  name: 'entity',
  flags: [],
  arity: [1, 1],
  synopsis: 'quire entity ID [--json]',
  help: [
    { form: ['entity ID'], about: ['one entity: aliases, what it said, mentions, note backlinks'] },
  ],
  check: (p) => void positiveId(p.args[0], 'ID'),
  async run(ctx, p) {
    const e = await ctx.call('entities.get', { id: positiveId(p.args[0], 'ID') });
    ctx.out(e, () =>
      [
        `#${e.id} ${e.name} (${e.kind})`,
        `aliases: ${e.aliases.length ? e.aliases.map((a) => a.alias).join(', ') : '-'}`,
        `said (${e.said.length}):`,
        ...e.said.map((c) => `  #${c.id} ${orDash(c.outlet)} ${orDash(c.saidOn?.date ?? c.published)} ${c.kind}: ${oneLine(c.text)}`),
        `mentioned in ${e.mentionsByArticle.length} article${e.mentionsByArticle.length === 1 ? '' : 's'}:`,
        ...e.mentionsByArticle.map((a) => `  #${a.articleId} ${a.title}: ${a.mentions.map((m) => `${m.text} ${m.start}-${m.end}`).join('; ')}`),
        `backlinks (${e.backlinks.length}):`,
        ...e.backlinks.map((b) => `  note #${b.id} ${b.title}: ${b.context ?? ''}`),
      ].join('\n'),
    );
  },
};
