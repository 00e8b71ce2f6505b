// `quire note`: one note with its citations and links, or a Markdown brief imported as a note.
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { positiveId } from '../args';
import { CliError, UsageError, type Command } from '../command';
import { readInputFile, statReason } from '../files';
import { oneLine, orDash } from '../show';

export const note: Command = {
  name: 'note',
  flags: [],
  arity: [1, 2],
  synopsis: 'quire note ID [--json] | quire note import FILE.md|FOLDER [--json]',
  help: [
    { form: ['note import FILE.md|FOLDER'], about: ['import a Markdown brief as a note, or a folder of them (an Obsidian', 'vault) with their [[links]] resolved among themselves'] },
    { form: ['note ID'], about: ['show one note with its citations and links', '(a cited annotation shows its comment and tags)'] },
  ],
  check(p) {
    if (p.args[0] === 'import') {
      if (p.args[1] === undefined) throw new UsageError('note import: missing FILE.md or FOLDER');
    } else {
      positiveId(p.args[0], 'ID');
      if (p.args.length > 1) throw new UsageError(`note: unexpected argument "${p.args[1]}"`);
    }
  },
  async run(ctx, p) {
    if (p.args[0] === 'import') {
      const path = p.args[1];
      if (path === undefined) throw new UsageError('note import: missing FILE.md or FOLDER');
      if (isFolder(path)) {
        const files = markdownFiles(path).map((file) => ({ name: relative(path, file), markdown: readInputFile(file).toString('utf8') }));
        if (files.length === 0) throw new CliError(`${path}: no .md files in this folder`);
        const { notes, created } = await ctx.call('notes.importFolder', { files });
        ctx.out({ notes: notes.map((n) => ({ id: n.id, title: n.title })), created }, () =>
          [`imported ${notes.length} notes from ${path} (${created} new)`, ...notes.map((n) => `  #${n.id} ${n.title}`)].join('\n'),
        );
        return;
      }
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

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch (err) {
    throw new CliError(`${path}: ${statReason(path, err)}`);
  }
}

/** The .md files under `dir`, in name order; links and dot-folders (.obsidian, .git) are not followed. */
function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(full));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(full);
  }
  return out;
}
