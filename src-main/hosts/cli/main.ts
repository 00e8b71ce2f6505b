// The `quire` command: the same contract as the app, for batches and scripts.
// Run as `npm run --silent quire -- <command> [--db FILE] [--json]`. It holds no logic of its own:
// it reads files and arguments, calls dispatch, and prints what comes back. Each command is a
// module of commands/ (flags, synopsis, help, run); the usage text is made from them.
import type { MethodOutput } from '../../api/contract/methods';
import type { ServiceImpl } from '../../api/service/dispatch';
import { packageVersion, repoResourcesDir, resolveDbPath } from '../paths';
import { argvCommand, parseCommandLine } from './args';
import { CliError, UsageError, type Command, type Context, type Flag, type Parsed } from './command';
import { COMMANDS } from './commands/index';
import { oneLine } from './show';
import { USAGE_LINE, usageText } from './usage';

const byName = new Map(COMMANDS.map((c) => [c.name, c]));

async function main(argv: string[]): Promise<number> {
  let p: Parsed;
  let cmd: Command;
  try {
    const parsed = parseCommandLine(argv);
    if (parsed === 'help') {
      process.stdout.write(`${usageText(COMMANDS)}\n`);
      return 0;
    }
    p = parsed;
    const found = byName.get(p.command);
    if (!found) throw new UsageError(`unknown command "${p.command}"`);
    cmd = found;
    for (const flag of Object.keys(p.flags) as Flag[]) {
      if (!cmd.flags.includes(flag)) throw new UsageError(`${p.command}: unknown option --${flag}`);
    }
    const [min, max] = cmd.arity;
    if (p.args.length < min) throw new UsageError(`${p.command}: missing argument`);
    if (p.args.length > max) throw new UsageError(`${p.command}: unexpected argument "${p.args[max]}"`);
    cmd.check?.(p);
  } catch (err) {
    if (err instanceof UsageError) {
      const named = byName.get(argvCommand(argv));
      const hint = named ? `usage: ${named.synopsis}` : `${USAGE_LINE}  (quire --help for commands)`;
      process.stderr.write(`quire: ${err.message}\n${hint}\n`);
      return 2;
    }
    throw err;
  }

  let opened: { service: Partial<ServiceImpl>; close(): void } | undefined;
  try {
    // Loaded only once the command line is valid: usage errors and --help answer at once.
    const [{ openService }, { openReader }, { dispatch }, { chromiumPdfRenderer }] = await Promise.all([
      import('../../api/service/index'),
      import('../../api/service/extract'),
      import('../../api/service/dispatch'),
      import('../pdf-chromium'),
    ]);
    const dbPath = resolveDbPath(p.db);
    const open = (): { service: Partial<ServiceImpl>; close(): void } =>
      cmd.opens === 'reader'
        ? openReader()
        : // One short run: no automatic backups (`quire backup` makes one on request), and searches
          // on this thread (starting worker threads would cost more than one search).
          openService({ dbPath, resourcesDir: repoResourcesDir, version: packageVersion(), pdf: chromiumPdfRenderer(), autoBackup: false, searchThreads: false });
    const ctx: Context = {
      async call(method, input) {
        opened ??= open();
        const result = await dispatch(opened.service, method, input);
        if (!result.ok) throw new CliError(result.error.message, result.error.code);
        return result.value as MethodOutput<typeof method>;
      },
      out(value, text) {
        process.stdout.write(`${p.json ? JSON.stringify(value, null, 2) : text()}\n`);
      },
      dbPath,
    };
    await cmd.run(ctx, p);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`quire: ${err.message}\nusage: ${cmd.synopsis}\n`);
      return 2;
    }
    process.stderr.write(`quire: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    return 1;
  } finally {
    opened?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`quire: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = 1;
  },
);
