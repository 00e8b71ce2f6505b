// `quire note`: one note with its citations and links, or a Markdown brief imported as a note.
import { positiveId } from '../args';
import { UsageError, type Command } from '../command';
import { readInputFile } from '../files';
import { oneLine, orDash } from '../show';

export const note: Command = {
  name: 'note',
  flags: [],
  arity: [1, 2],
  synopsis: 'quire note ID [--json] | quire note import FILE.md [--json]',
  help: [
    { form: ['note import FILE.md'], about: ['import a Markdown brief as a note'] },
    { form: ['note ID'], about: ['show one note with its citations and links', '(a cited annotation shows its comment and tags)'] },
  ],
  check(p) {
    if (p.args[0] === 'import') {
      if (p.args[1] === undefined) throw new UsageError('note import: missing FILE.md');
    } else {
      positiveId(p.args[0], 'ID');
      if (p.args.length > 1) throw new UsageError(`note: unexpected argument "${p.args[1]}"`);
    }
  },
  async run(ctx, p) {
    if (p.args[0] === 'import') {
      const path = p.args[1];
      if (path === undefined) throw new UsageError('note import: missing FILE.md');
      const markdown = readInputFile(path).toString('utf8');
      const note = await ctx.call('notes.importMarkdown', { markdown });
      ctx.out({ id: note.id }, () => `imported note #${note.id} ${note.title}`);
      return;
    }
    if (p.args.length > 1) throw new UsageError(`note: unexpected argument "${p.args[1]}"`);
    const n = await ctx.call('notes.get', { id: positiveId(p.args[0], 'ID') });
    const annotated = new Map((await ctx.call('annotations.cited', { noteId: n.id })).map((x) => [x.target, x.annotation]));
    const value = {
      id: n.id,
      title: n.title,
      text: n.text,
      citations: n.citations.map((c) => {
        const a = annotated.get(c.target);
        return {
          id: c.id,
          target: c.target,
          quote: c.quote,
          speaker: c.speaker,
          articleTitle: c.articleTitle,
          ...(a ? { annotation: { id: a.id, comment: a.comment, tags: a.tags } } : {}),
        };
      }),
      links: n.links.map((l) => ({ id: l.id, title: l.title })),
      backlinks: n.backlinks.map((l) => ({ id: l.id, title: l.title })),
    };
    ctx.out(value, () =>
      [
        `#${n.id} ${n.title}`,
        '',
        n.text,
        '',
        `citations (${value.citations.length}):`,
        ...value.citations.flatMap((c) => [
          `  ${c.target} ${orDash(c.articleTitle)} ${orDash(c.speaker)}: ${oneLine(c.quote ?? '')}`,
          ...(c.annotation ? [`    annotation #${c.annotation.id}${c.annotation.tags.length ? ` [${c.annotation.tags.join(', ')}]` : ''}: ${oneLine(c.annotation.comment) || '-'}`] : []),
        ]),
        `links: ${value.links.map((l) => `#${l.id} ${l.title}`).join(', ') || '-'}`,
        `backlinks: ${value.backlinks.map((l) => `#${l.id} ${l.title}`).join(', ') || '-'}`,
      ].join('\n'),
    );
  },
};
