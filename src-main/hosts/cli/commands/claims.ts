// `quire claims`: claims as a list, or exported as CSV or JSON for other tools.
import { oneOf, positiveId } from '../args';
import { UsageError, type Command } from '../command';
import { writeOrPrint } from '../files';
import { oneLine, orDash, provenance } from '../show';

export const claims: Command = {
  name: 'claims',
  flags: ['article', 'format', 'out'],
  arity: [0, 0],
  synopsis: 'quire claims [--article ID] [--json] | quire claims --format csv|json [--article ID] [--out FILE]',
  help: [
    { form: ['claims [--article ID]'], about: ["list claims (with the speaker's entity)"] },
    { form: ['claims --format csv|json [--article ID] [--out FILE]'], about: ['claims with speakers, statuses and sources for other tools'] },
  ],
  check(p) {
    if (p.flags.article !== undefined) positiveId(p.flags.article, '--article');
    oneOf(p.flags.format, ['csv', 'json'], '--format');
    if (p.flags.out !== undefined && p.flags.format === undefined) throw new UsageError('claims: --out needs --format csv|json');
  },
  async run(ctx, p) {
    const input = p.flags.article === undefined ? {} : { articleId: positiveId(p.flags.article, '--article') };
    const format = oneOf(p.flags.format, ['csv', 'json'] as const, '--format');
    if (format) {
      await writeOrPrint(ctx, p, await ctx.call('export.claims', { ...input, format }));
      return;
    }
    const list = (await ctx.call('claims.list', input)).map((c) => ({
      id: c.id,
      articleId: c.articleId,
      kind: c.kind,
      text: c.text,
      speaker: c.speaker,
      start: c.start,
      end: c.end,
      status: c.status,
      speakerEntity: c.speakerEntity ?? null,
      ...provenance(c),
    }));
    ctx.out(list, () =>
      list.length === 0
        ? 'no claims'
        : list
            .map((c) => `#${c.id} article ${c.articleId} [${c.start}-${c.end}] ${c.kind} ${c.status} ${orDash(c.speaker)}${c.speakerEntity ? ` (entity ${c.speakerEntity.id})` : ''}: ${oneLine(c.text)}`)
            .join('\n'),
    );
  },
};
