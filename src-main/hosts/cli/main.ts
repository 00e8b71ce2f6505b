// The `quire` command: the same contract as the app, for batches and scripts.
// Run as `npm run --silent quire -- <command> [--db FILE] [--json]`. It holds no logic of its own:
// it reads files and arguments, calls dispatch, and prints what comes back.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_IMPORT_BYTES, tooLargeMessage, type Claim, type ClaimDetails, type ExportedFile, type MethodInput, type MethodName, type MethodOutput } from '../../api/contract/methods';
import type { OpenedService } from '../../api/service/index';
import { packageVersion, repoResourcesDir, resolveDbPath } from '../paths';

const USAGE = `usage: quire <command> [--db FILE] [--json]
commands:
  extract FILE                         read a file and show its article, claims and entities (stores nothing)
  import PATH...                       import files, or folders recursively
  articles                             list articles
  article ID                           show one article with its text
  claims [--article ID]                list claims (with the speaker's entity)
  claims --format csv|json [--article ID] [--out FILE]
                                       claims with speakers, statuses and sources for other tools
  search QUERY [--tag NAME]            search articles, claims, notes and annotations
                                       (--tag: only annotations with that tag)
  note import FILE.md                  import a Markdown brief as a note
  notes                                list notes
  note ID                              show one note with its citations and links
                                       (a cited annotation shows its comment and tags)
  annotations [--article ID] [--tag NAME]
                                       list annotations (orphaned ones marked)
  tags                                 the tag legend: tag, colour, description, count
  carry FROM_ID TO_ID                  copy an article's annotations onto a related article
  export NOTE_ID... --out FILE [--format md|html|docx|pdf] [--style chicago|apa|statement]
         [--appendix] [--force]        export notes as one cited brief (format from FILE's
                                       extension by default; --force marks citation problems
                                       instead of refusing; --appendix adds quoted statements)
  check NOTE_ID...                     check that every citation resolves and still matches
  entities                             people, organisations and places, merged across articles
  entity ID                            one entity: aliases, what it said, mentions, note backlinks
  sources --format csl-json|bibtex [NOTE_ID...] [--out FILE]
                                       the articles the notes cite (all articles without IDs)
  conflicts [--limit N]                suggested conflicts between claims, best first, with reasons
  backup [--out FILE]                  a verified copy of the store (default: into backups/ beside it)
  backups                              list the store's backups, newest first
  restore FILE|NAME                    replace the store with a backup (the replaced one is kept
                                       as a backup); refused while Quire has the store open
options:
  --db FILE   database (default: $QUIRE_DB, else the Quire user-data folder)
  --json      machine-readable output
  --help      this text`;

/** Bad usage: exit 2 with the usage line. */
class UsageError extends Error {}
/** Bad input or a refused operation: exit 1 with one line. */
class CliError extends Error {}

type Flag = 'article' | 'format' | 'out' | 'style' | 'appendix' | 'force' | 'limit' | 'tag';
const STRING_FLAGS = ['article', 'format', 'out', 'style', 'limit', 'tag'] as const;
const SWITCHES = ['appendix', 'force'] as const;

interface Parsed {
  command: string;
  args: string[];
  db?: string;
  json: boolean;
  /** Option values; a switch (--appendix, --force) that is present holds 'true'. */
  flags: Partial<Record<Flag, string>>;
}

interface Command {
  /** Flags beyond --db / --json this command accepts. */
  flags: Flag[];
  /** [min, max] positional arguments after the command name (max Infinity for lists). */
  arity: [number, number];
  synopsis: string;
  /** Argument checks that need no database (bad IDs are usage errors). */
  check?(p: Parsed): void;
  run(ctx: Context, p: Parsed): Promise<void>;
}

interface Context {
  /** Opens the service on first use: commands that work on the store file (backup, restore) never do. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  out(value: unknown, text: () => string): void;
  dbPath: string;
}

function firstSentence(message: string): string {
  const cut = message.search(/\.\s/);
  return (cut >= 0 ? message.slice(0, cut) : message).replace(/\.$/, '');
}

function parseCommandLine(argv: string[]): Parsed | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        article: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        style: { type: 'string' },
        tag: { type: 'string' },
        appendix: { type: 'boolean' },
        force: { type: 'boolean' },
        limit: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    throw new UsageError(firstSentence(err instanceof Error ? err.message : String(err)));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, ...args] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  if (command === 'help') return 'help';
  const flags: Partial<Record<Flag, string>> = {};
  for (const key of STRING_FLAGS) {
    if (values[key] !== undefined) flags[key] = values[key];
  }
  for (const key of SWITCHES) {
    if (values[key]) flags[key] = 'true';
  }
  return { command, args, db: values.db, json: values.json ?? false, flags };
}

function positiveId(value: string | undefined, what: string): number {
  if (value === undefined || !/^[1-9]\d{0,15}$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${what} must be a positive integer${value === undefined ? '' : `, not "${value}"`}`);
  }
  return Number(value);
}

const positiveIds = (values: string[], what: string): number[] => values.map((v) => positiveId(v, what));

const BRIEF_FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
type BriefFormat = (typeof BRIEF_FORMATS)[number];
const STYLES = ['chicago', 'apa', 'statement'] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** --format, else FILE's extension, else md; a --format that contradicts a known extension is a mistake. */
function briefFormat(p: Parsed): BriefFormat {
  const given = oneOf(p.flags.format, BRIEF_FORMATS, '--format');
  const ext = extname(p.flags.out ?? '').slice(1).toLowerCase();
  const implied = (BRIEF_FORMATS as readonly string[]).includes(ext) ? (ext as BriefFormat) : undefined;
  if (given && implied && given !== implied) throw new UsageError(`--format ${given} does not match --out ${basename(p.flags.out ?? '')}`);
  return given ?? implied ?? 'md';
}

/** The bytes of an exported file, whichever encoding it travelled in. */
const fileBytes = (file: ExportedFile): string | Uint8Array => (file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);

/** Why a file operation failed, in words (without the path). */
function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent of it is not a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** Reads a regular file, or throws a CliError saying why not (without the path). */
function readRegularFile(path: string): Buffer {
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    throw new CliError(fsReason(err));
  }
  if (info.isDirectory()) throw new CliError('is a directory');
  if (!info.isFile()) throw new CliError('is not a regular file');
  if (info.size > MAX_IMPORT_BYTES) throw new CliError(tooLargeMessage(info.size));
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CliError(fsReason(err));
  }
}

/** Reads a regular file for the service, or throws a CliError naming it. */
function readInputFile(path: string): Buffer {
  try {
    return readRegularFile(path);
  } catch (err) {
    throw new CliError(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const fileInput = (path: string): { fileName: string; data: string } => ({
  fileName: basename(path),
  data: readInputFile(path).toString('base64'),
});

/** Files under the given paths, folders recursed in name order, hidden entries skipped. */
function collectFiles(paths: string[]): { files: string[]; missing: { path: string; error: string }[] } {
  const files: string[] = [];
  const missing: { path: string; error: string }[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      missing.push({ path: dir, error: fsReason(err) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(full);
      else if (entry.isSymbolicLink()) {
        try {
          const info = statSync(full);
          if (info.isFile()) files.push(full);
          else if (info.isDirectory()) missing.push({ path: full, error: 'symbolic link to a folder, skipped' });
        } catch (err) {
          missing.push({ path: full, error: fsReason(err) });
        }
      }
    }
  };
  for (const path of paths) {
    try {
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else files.push(path);
    } catch (err) {
      missing.push({ path, error: fsReason(err) });
    }
  }
  return { files, missing };
}

/** Writes via a temporary file in the same folder and a rename: never a partial file. */
function writeAtomically(target: string, content: string | Uint8Array): void {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeFileSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      /* nothing was created */
    }
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const why =
      code === 'ENOENT'
        ? `folder ${dir} does not exist`
        : code === 'ENOTDIR'
          ? `${dir} is not a folder`
          : code === 'EACCES' || code === 'EPERM'
            ? `permission denied in ${dir}`
            : code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST'
              ? 'a folder of that name exists'
              : fsReason(err);
    throw new CliError(`cannot write ${target}: ${why}`);
  }
}

/** An exported text file: to --out FILE (atomically) when given, else to stdout as it is. */
async function writeOrPrint(ctx: Context, p: Parsed, file: ExportedFile): Promise<void> {
  if (p.flags.out === undefined || p.flags.out === '') {
    process.stdout.write(file.content);
    return;
  }
  const target = resolve(p.flags.out);
  writeAtomically(target, fileBytes(file));
  ctx.out({ path: target }, () => target);
}

const markers = (s: string): string => s.replace(/\uE000/g, '[').replace(/\uE001/g, ']');
const orDash = (s: string | null | undefined): string => (s === null || s === undefined || s === '' ? '-' : s);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A claim's provenance and facts for `--json`, always all five keys (null / [] when unknown). */
const provenance = (c: Pick<Claim, 'speakerRole' | 'channel' | 'via' | 'saidOn' | 'facts'>): ClaimDetails => ({
  speakerRole: c.speakerRole ?? null,
  channel: c.channel ?? null,
  via: c.via ?? null,
  saidOn: c.saidOn ?? null,
  facts: c.facts ?? [],
});

const COMMANDS: Record<string, Command> = {
  extract: {
    flags: [],
    arity: [1, 1],
    synopsis: 'quire extract FILE [--json]',
    async run(ctx, p) {
      const path = p.args[0] as string;
      const x = await ctx.call('articles.extract', fileInput(path));
      const value = {
        article: { title: x.article.title, outlet: x.article.outlet, author: x.article.author, published: x.article.published, text: x.article.text },
        claims: x.claims.map((c) => ({ kind: c.kind, text: c.text, speaker: c.speaker, start: c.start, end: c.end, ...provenance(c) })),
        entities: x.entities ?? [],
      };
      ctx.out(value, () =>
        [
          value.article.title,
          `outlet: ${orDash(value.article.outlet)}  author: ${orDash(value.article.author)}  published: ${orDash(value.article.published)}`,
          `${value.article.text.length} characters, ${value.claims.length} claim${value.claims.length === 1 ? '' : 's'}, ${value.entities.length} entit${value.entities.length === 1 ? 'y' : 'ies'}`,
          ...value.claims.map((c) => `  [${c.start}-${c.end}] ${c.kind} ${orDash(c.speaker)}: ${oneLine(c.text)}`),
          ...value.entities.map((e) => `  ${e.kind} ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}: ${e.mentions.map((m) => `${m.start}-${m.end}`).join(' ')}`),
        ].join('\n'),
      );
    },
  },
  import: {
    flags: [],
    arity: [1, Infinity],
    synopsis: 'quire import PATH... [--json]',
    async run(ctx, p) {
      const { files, missing } = collectFiles(p.args);
      const imported: { id: number; title: string; path: string }[] = [];
      const failed: { path: string; error: string }[] = [...missing];
      let readAny = false;
      // Two files in flight keep both ingestion workers busy; results are reported in file order.
      const outcomes: ({ ok: true; id: number; title: string } | { ok: false; error: string })[] = [];
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
    },
  },
  articles: {
    flags: [],
    arity: [0, 0],
    synopsis: 'quire articles [--json]',
    async run(ctx) {
      const list = (await ctx.call('articles.list', {})).map((a) => ({
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        author: a.author,
        published: a.published,
        chars: a.chars,
      }));
      ctx.out(list, () =>
        list.length === 0 ? 'no articles' : list.map((a) => `#${a.id}  ${orDash(a.published)}  ${orDash(a.outlet)}  ${a.title}  (${a.chars} chars)`).join('\n'),
      );
    },
  },
  article: {
    flags: [],
    arity: [1, 1],
    synopsis: 'quire article ID [--json]',
    check: (p) => void positiveId(p.args[0], 'ID'),
    async run(ctx, p) {
      const a = await ctx.call('articles.get', { id: positiveId(p.args[0], 'ID') });
      const value = { id: a.id, title: a.title, outlet: a.outlet, author: a.author, published: a.published, chars: a.chars, text: a.text };
      ctx.out(value, () =>
        [`#${a.id} ${a.title}`, `outlet: ${orDash(a.outlet)}  author: ${orDash(a.author)}  published: ${orDash(a.published)}  ${a.chars} chars`, '', a.text].join('\n'),
      );
    },
  },
  claims: {
    flags: ['article', 'format', 'out'],
    arity: [0, 0],
    synopsis: 'quire claims [--article ID] [--json] | quire claims --format csv|json [--article ID] [--out FILE]',
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
  },
  search: {
    flags: ['tag'],
    arity: [1, Infinity],
    synopsis: 'quire search QUERY [--tag NAME] [--json]',
    async run(ctx, p) {
      const hits = (await ctx.call('search.query', { q: p.args.join(' '), ...(p.flags.tag !== undefined ? { tag: p.flags.tag } : {}) })).map((h) => ({
        type: h.type,
        id: h.id,
        title: h.title,
        snippet: markers(h.snippet),
        ...(h.tags ? { tags: h.tags } : {}),
      }));
      ctx.out(hits, () =>
        hits.length === 0 ? 'no matches' : hits.map((h) => `${h.type} #${h.id} ${h.title}${h.tags?.length ? ` [${h.tags.join(', ')}]` : ''}\n  ${oneLine(h.snippet)}`).join('\n'),
      );
    },
  },
  notes: {
    flags: [],
    arity: [0, 0],
    synopsis: 'quire notes [--json]',
    async run(ctx) {
      const list = (await ctx.call('notes.list', {})).map((n) => ({ id: n.id, title: n.title, updatedAt: n.updatedAt }));
      ctx.out(list, () => (list.length === 0 ? 'no notes' : list.map((n) => `#${n.id}  ${n.updatedAt}  ${n.title}`).join('\n')));
    },
  },
  note: {
    flags: [],
    arity: [1, 2],
    synopsis: 'quire note ID [--json] | quire note import FILE.md [--json]',
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
  },
  export: {
    flags: ['format', 'out', 'style', 'appendix', 'force'],
    arity: [1, Infinity],
    synopsis: 'quire export NOTE_ID... --out FILE [--format md|html|docx|pdf] [--style chicago|apa|statement] [--appendix] [--force]',
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
  },
  check: {
    flags: [],
    arity: [1, Infinity],
    synopsis: 'quire check NOTE_ID... [--json]',
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
  },
  sources: {
    flags: ['format', 'out'],
    arity: [0, Infinity],
    synopsis: 'quire sources --format csl-json|bibtex [NOTE_ID...] [--out FILE]',
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
  },
  // entities (#4)
  entities: {
    flags: [],
    arity: [0, 0],
    synopsis: 'quire entities [--json]',
    async run(ctx) {
      const list = await ctx.call('entities.list', {});
      ctx.out(list, () =>
        list.length === 0
          ? 'no entities'
          : list.map((e) => `#${e.id}  ${e.kind.padEnd(12)} ${e.name}  (${e.mentions} mentions in ${e.articles} articles, ${e.claims} claims)`).join('\n'),
      );
    },
  },
  entity: {
    flags: [],
    arity: [1, 1],
    synopsis: 'quire entity ID [--json]',
    check: (p) => void positiveId(p.args[0], 'ID'),
    async run(ctx, p) {
      const e = await ctx.call('entities.get', { id: positiveId(p.args[0], 'ID') });
      ctx.out(e, () =>
        [
          `#${e.id} ${e.name} (${e.kind})`,
          `aliases: ${e.aliases.length ? e.aliases.map((a) => a.alias).join(', ') : '-'}`,
          `said (${e.said.length}):`,
          ...e.said.map((c) => `  #${c.id} ${orDash(c.outlet)} ${orDash(c.saidOn?.date ?? c.published)} ${c.kind}: ${oneLine(c.text)}`),
          `mentioned in ${e.mentionsByArticle.length} article${e.mentionsByArticle.length === 1 ? '' : 's'}:`,
          ...e.mentionsByArticle.map((a) => `  #${a.articleId} ${a.title}: ${a.mentions.map((m) => `${m.text} ${m.start}-${m.end}`).join('; ')}`),
          `backlinks (${e.backlinks.length}):`,
          ...e.backlinks.map((b) => `  note #${b.id} ${b.title}: ${b.context ?? ''}`),
        ].join('\n'),
      );
    },
  },

  // annotations (#5)
  annotations: {
    flags: ['article', 'tag'],
    arity: [0, 0],
    synopsis: 'quire annotations [--article ID] [--tag NAME] [--json]',
    check(p) {
      if (p.flags.article !== undefined) positiveId(p.flags.article, '--article');
    },
    async run(ctx, p) {
      const list = (
        await ctx.call('annotations.list', {
          ...(p.flags.article !== undefined ? { articleId: positiveId(p.flags.article, '--article') } : {}),
          ...(p.flags.tag !== undefined ? { tag: p.flags.tag } : {}),
        })
      ).map((a) => ({
        id: a.id,
        articleId: a.articleId,
        start: a.start,
        end: a.end,
        quote: a.quote,
        comment: a.comment,
        tags: a.tags,
        color: a.displayColor,
        state: a.state,
        orphanReason: a.orphanReason,
        selectors: a.selectors,
      }));
      ctx.out(list, () =>
        list.length === 0
          ? 'no annotations'
          : list
              .map((a) =>
                [
                  `#${a.id} article ${a.articleId} [${a.start}-${a.end}] ${a.color}${a.state === 'orphaned' ? ` ORPHANED (${a.orphanReason ?? 'no match'})` : ''}${a.tags.length ? ` [${a.tags.join(', ')}]` : ''}: “${oneLine(a.quote)}”`,
                  ...(a.comment ? [`  ${oneLine(a.comment)}`] : []),
                ].join('\n'),
              )
              .join('\n'),
      );
    },
  },
  tags: {
    flags: [],
    arity: [0, 0],
    synopsis: 'quire tags [--json]',
    async run(ctx) {
      const tags = (await ctx.call('tags.list', {})).map((t) => ({ id: t.id, name: t.name, color: t.color, description: t.description, annotations: t.annotations }));
      ctx.out(tags, () => (tags.length === 0 ? 'no tags' : tags.map((t) => `${t.name}  ${t.color}  ${t.annotations}  ${orDash(t.description)}`).join('\n')));
    },
  },
  carry: {
    flags: [],
    arity: [2, 2],
    synopsis: 'quire carry FROM_ID TO_ID [--json]',
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
  },

  // compare (#6)
  conflicts: {
    flags: ['limit'],
    arity: [0, 0],
    synopsis: 'quire conflicts [--limit N] [--json]',
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
  },

  // backups (#8)
  backup: {
    flags: ['out'],
    arity: [0, 0],
    synopsis: 'quire backup [--out FILE] [--json]',
    async run(ctx, p) {
      const { backupStore } = await import('../../api/service/backup');
      const path = await backupStore(ctx.dbPath, p.flags.out);
      ctx.out({ path }, () => path);
    },
  },
  backups: {
    flags: [],
    arity: [0, 0],
    synopsis: 'quire backups [--json]',
    async run(ctx) {
      const { listBackups } = await import('../../api/service/backup');
      const list = listBackups(ctx.dbPath);
      ctx.out(list, () =>
        list.length ? list.map((b) => `${b.name}\t${b.reason}\t${Math.ceil(b.bytes / 1024)} KB`).join('\n') : 'no backups',
      );
    },
  },
  restore: {
    flags: [],
    arity: [1, 1],
    synopsis: 'quire restore FILE|NAME [--json]',
    async run(ctx, p) {
      const { restoreClosedStore } = await import('../../api/service/backup');
      const result = restoreClosedStore(ctx.dbPath, p.args[0] as string);
      ctx.out(result, () =>
        `restored ${result.from}${result.saved ? `\nthe replaced store is kept as ${result.saved.name} (quire restore ${result.saved.name} undoes this)` : ''}`,
      );
    },
  },

};

/** The first positional word, for choosing which usage line to print. */
function argvCommand(argv: string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--db' || (STRING_FLAGS as readonly string[]).includes(a.slice(2))) i++;
    else if (!a.startsWith('-')) return a;
  }
  return '';
}

async function main(argv: string[]): Promise<number> {
  let p: Parsed;
  let cmd: Command;
  try {
    const parsed = parseCommandLine(argv);
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    p = parsed;
    const found = Object.hasOwn(COMMANDS, p.command) ? COMMANDS[p.command] : undefined;
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
      const hint = Object.hasOwn(COMMANDS, argvCommand(argv)) ? `usage: ${COMMANDS[argvCommand(argv)]?.synopsis}` : `${USAGE.split('\n')[0]}  (quire --help for commands)`;
      process.stderr.write(`quire: ${err.message}\n${hint}\n`);
      return 2;
    }
    throw err;
  }

  let opened: OpenedService | undefined;
  try {
    // Loaded only once the command line is valid: usage errors and --help answer at once.
    const [{ openService }, { dispatch }, { chromiumPdfRenderer }] = await Promise.all([
      import('../../api/service/index'),
      import('../../api/service/dispatch'),
      import('../pdf-chromium'),
    ]);
    const dbPath = resolveDbPath(p.db);
    const ctx: Context = {
      async call(method, input) {
        // One short run: no automatic backups (`quire backup` makes one on request), and searches
        // on this thread (starting worker threads would cost more than one search).
        opened ??= openService({ dbPath, resourcesDir: repoResourcesDir, version: packageVersion(), pdf: chromiumPdfRenderer(), autoBackup: false, searchThreads: false });
        const result = await dispatch(opened.service, method, input);
        if (!result.ok) throw new CliError(result.error.message);
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
