// `quire export`: exports notes as one cited brief.
import { resolve } from 'node:path';
import { oneOf, positiveIds } from '../args';
import { STYLES, briefFormat } from '../brief';
import { UsageError, type Command } from '../command';
import { fileBytes, writeAtomically } from '../files';

export const exportCommand: Command = {
  name: 'export',
  flags: ['format', 'out', 'style', 'appendix', 'force'],
  arity: [1, Infinity],
  synopsis: 'quire export NOTE_ID... --out FILE [--format md|html|docx|pdf] [--style chicago|apa|statement] [--appendix] [--force]',
  help: [
    { form: ['export NOTE_ID... --out FILE [--format md|html|docx|pdf] [--style chicago|apa|statement]', '       [--appendix] [--force]'], about: ["export notes as one cited brief (format from FILE's", 'extension by default; --force marks citation problems', 'instead of refusing; --appendix adds quoted statements)'] },
  ],
  check(p) {
    positiveIds(p.args, 'NOTE_ID');
    if (p.flags.out === undefined || p.flags.out === '') throw new UsageError('export: missing --out FILE');
    briefFormat(p);
    oneOf(p.flags.style, STYLES, '--style');
  },
  async run(ctx, p) {
    if (p.flags.out === undefined || p.flags.out === '') throw new UsageError('export: missing --out FILE');
    const target = resolve(p.flags.out);
    const style = oneOf(p.flags.style, STYLES, '--style');
    const file = await ctx.call('export.note', {
      noteIds: positiveIds(p.args, 'NOTE_ID'),
      format: briefFormat(p),
      ...(style ? { style } : {}),
      appendix: p.flags.appendix === 'true',
      markProblems: p.flags.force === 'true',
    });
    writeAtomically(target, fileBytes(file));
    ctx.out({ path: target }, () => target);
  },
};
