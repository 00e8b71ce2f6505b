// `quire sources`: the articles the notes cite, as CSL-JSON or BibTeX.
import { oneOf, positiveIds } from '../args';
import { UsageError, type Command } from '../command';
import { writeOrPrint } from '../files';

export const sources: Command = {
  name: 'sources',
  flags: ['format', 'out'],
  arity: [0, Infinity],
  synopsis: 'quire sources --format csl-json|bibtex [NOTE_ID...] [--out FILE]',
  help: [
    { form: ['sources --format csl-json|bibtex [NOTE_ID...] [--out FILE]'], about: ['the articles the notes cite (all articles without IDs)'] },
  ],
  check(p) {
    positiveIds(p.args, 'NOTE_ID');
    if (!oneOf(p.flags.format, ['csl-json', 'bibtex'], '--format')) throw new UsageError('sources: missing --format csl-json|bibtex');
  },
  async run(ctx, p) {
    const format = oneOf(p.flags.format, ['csl-json', 'bibtex'] as const, '--format');
    if (!format) throw new UsageError('sources: missing --format csl-json|bibtex');
    const noteIds = positiveIds(p.args, 'NOTE_ID');
    await writeOrPrint(ctx, p, await ctx.call('export.sources', { format, ...(noteIds.length ? { noteIds } : {}) }));
  },
};
