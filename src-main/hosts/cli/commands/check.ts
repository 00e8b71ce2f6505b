// `quire check`: checks that every citation of the notes resolves and still matches its article.
import { positiveIds } from '../args';
import { CliError, type Command } from '../command';

export const check: Command = {
  name: 'check',
  flags: [],
  arity: [1, Infinity],
  synopsis: 'quire check NOTE_ID... [--json]',
  help: [
    { form: ['check NOTE_ID...'], about: ['check that every citation resolves and still matches'] },
  ],
  check: (p) => void positiveIds(p.args, 'NOTE_ID'),
  async run(ctx, p) {
    const report = await ctx.call('export.check', { noteIds: positiveIds(p.args, 'NOTE_ID') });
    ctx.out(report, () =>
      [
        `${report.citations} citation${report.citations === 1 ? '' : 's'} checked, ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`,
        ...report.problems.map((x) => `  note ${x.noteId} (${x.noteTitle}) ${x.target}: ${x.message}`),
      ].join('\n'),
    );
    // Scripts can gate a build on it: problems are a failed check.
    if (!report.ok) throw new CliError(`${report.problems.length} citation problem${report.problems.length === 1 ? '' : 's'}`);
  },
};
