// `quire import`: imports files, and folders recursively, two files in flight.
import { basename } from 'node:path';
import { CliError, type Command } from '../command';
import { readRegularFile } from '../files';
import { collectFiles } from '../walk';

export const importCommand: Command = {
  name: 'import',
  flags: ['follow-links'],
  arity: [1, Infinity],
  synopsis: 'quire import PATH... [--follow-links] [--json]',
  help: [
    { form: ['import PATH... [--follow-links]'], about: ['import files, or folders recursively (symbolic links', 'leading out of a folder only with --follow-links)'] },
  ],
  async run(ctx, p) {
    const { files, missing } = collectFiles(p.args, { followLinks: p.flags['follow-links'] === 'true' });
    const imported: { id: number; title: string; path: string }[] = [];
    const failed: { path: string; error: string }[] = [...missing];
    let readAny = false;
    // Two files in flight keep both ingestion workers busy; results are reported in file order.
    const outcomes: ({ ok: true; id: number; title: string } | { ok: false; error: string; duplicate?: boolean })[] = [];
    let duplicates = 0;
    let next = 0;
    const importNext = async (): Promise<void> => {
      while (next < files.length) {
        const at = next++;
        const path = files[at] as string;
        let input;
        try {
          input = { fileName: basename(path), data: readRegularFile(path).toString('base64') };
        } catch (err) {
          outcomes[at] = { ok: false, error: err instanceof Error ? err.message : String(err) };
          continue;
        }
        readAny = true;
        try {
          const outcome = await ctx.call('articles.import', input);
          outcomes[at] = { ok: true, id: outcome.article.id, title: outcome.article.title };
        } catch (err) {
          const duplicate = err instanceof CliError && err.code === 'conflict';
          if (duplicate) duplicates++;
          outcomes[at] = { ok: false, error: err instanceof Error ? err.message : String(err) };
        }
      }
    };
    await Promise.all([importNext(), importNext()]);
    outcomes.forEach((o, at) => {
      const path = files[at] as string;
      if (o.ok) imported.push({ id: o.id, title: o.title, path });
      else failed.push({ path, error: o.error });
    });
    ctx.out({ imported, failed }, () =>
      [
        ...imported.map((a) => `imported #${a.id} ${a.title} (${a.path})`),
        ...failed.map((f) => `failed   ${f.path}: ${f.error}`),
        `${imported.length} imported, ${failed.length} failed`,
      ].join('\n'),
    );
    if (!readAny) {
      throw new CliError(files.length === 0 && missing.length === 0 ? 'no files to import' : `nothing could be read: ${failed[0] ? `${failed[0].path}: ${failed[0].error}` : 'no files'}`);
    }
    // A batch in which every file failed is a failed command; files already in the library are
    // not failures of this kind (importing a folder again changes nothing and is fine).
    if (imported.length === 0 && failed.length > duplicates) {
      throw new CliError(`nothing was imported: ${failed.length - duplicates} of ${files.length + missing.length} failed`);
    }
  },
};
