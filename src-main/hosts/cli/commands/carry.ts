// `quire carry`: copies an article's annotations onto a related article.
import { positiveIds } from '../args';
import type { Command } from '../command';
import { oneLine, orDash } from '../show';

export const carry: Command = {
  name: 'carry',
  flags: [],
  arity: [2, 2],
  synopsis: 'quire carry FROM_ID TO_ID [--json]',
  help: [
    { form: ['carry FROM_ID TO_ID'], about: ["copy an article's annotations onto a related article"] },
  ],
  check: (p) => void positiveIds(p.args, 'ID'),
  async run(ctx, p) {
    const [fromArticleId, toArticleId] = positiveIds(p.args, 'ID') as [number, number];
    const r = await ctx.call('annotations.carry', { fromArticleId, toArticleId });
    const value = { carried: r.carried.map((a) => a.id), orphaned: r.orphaned.map((a) => ({ id: a.id, quote: a.quote, reason: a.orphanReason })), skipped: r.skipped };
    ctx.out(value, () =>
      [
        `${value.carried.length} carried, ${value.orphaned.length} orphaned, ${value.skipped} already there`,
        ...value.orphaned.map((o) => `  orphaned #${o.id} (${orDash(o.reason)}): “${oneLine(o.quote)}”`),
      ].join('\n'),
    );
  },
};
