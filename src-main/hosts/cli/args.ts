// The command line: options and positionals parsed, IDs and choices checked.
import { parseArgs } from 'node:util';
import { STRING_FLAGS, SWITCHES, UsageError, type Flag, type Parsed } from './command';

export function firstSentence(message: string): string {
  const cut = message.search(/\.\s/);
  return (cut >= 0 ? message.slice(0, cut) : message).replace(/\.$/, '');
}

export function parseCommandLine(argv: string[]): Parsed | 'help' {
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
        'follow-links': { type: 'boolean' },
        limit: { type: 'string' },
        data: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        postgres: { type: 'string' },
        redis: { type: 'string' },
        owner: { type: 'string' },
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

/** The first positional word, for choosing which usage line to print. */
export function argvCommand(argv: string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--db' || (STRING_FLAGS as readonly string[]).includes(a.slice(2))) i++;
    else if (!a.startsWith('-')) return a;
  }
  return '';
}

export function positiveId(value: string | undefined, what: string): number {
  if (value === undefined || !/^[1-9]\d{0,15}$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${what} must be a positive integer${value === undefined ? '' : `, not "${value}"`}`);
  }
  return Number(value);
}

export const positiveIds = (values: string[], what: string): number[] => values.map((v) => positiveId(v, what));

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}
