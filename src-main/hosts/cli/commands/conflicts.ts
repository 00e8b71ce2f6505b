// `quire conflicts`: suggested conflicts between claims, best first.
import { positiveId } from '../args';
import { UsageError, type Command } from '../command';
import { oneLine, orDash } from '../show';

export const conflicts: Command = {
  name: 'conflicts',
  flags: ['limit'],
  arity: [0, 0],
  synopsis: 'quire conflicts [--limit N] [--json]',
  help: [
    { form: ['conflicts [--limit N]'], about: ['suggested conflicts between claims, best first, with reasons'] },
  ],
  check(p) {
    if (p.flags.limit !== undefined && positiveId(p.flags.limit, '--limit') > 500) throw new UsageError('--limit must be at most 500');
  },
  async run(ctx, p) {
    const limit = p.flags.limit === undefined ? undefined : positiveId(p.flags.limit, '--limit');
    const found = await ctx.call('conflicts.suggest', limit === undefined ? {} : { limit });
    const brief = (c: { id: number; text: string; speaker: string | null; articleId: number }) => ({ id: c.id, text: c.text, speaker: c.speaker, articleId: c.articleId });
    const value = found.map((s) => ({ a: brief(s.a), b: brief(s.b), score: s.score, reason: s.reason, signals: s.signals, shared: s.shared }));
    ctx.out(value, () =>
      value.length === 0
        ? 'no suggested conflicts'
        : value
            .map((s, i) =>
              [
                `${i + 1}. ${s.score.toFixed(2)}  ${s.reason}`,
                `   #${s.a.id} ${orDash(s.a.speaker)}: ${oneLine(s.a.text)}`,
                `   #${s.b.id} ${orDash(s.b.speaker)}: ${oneLine(s.b.text)}`,
              ].join('\n'),
            )
            .join('\n'),
    );
  },
};
