// What a `quire` command is: its flags, its arguments, its lines in the usage text, and how it runs.
import type { MethodInput, MethodName, MethodOutput } from '../../api/contract/methods';

/** Bad usage: exit 2 with the usage line. */
export class UsageError extends Error {}
/** Bad input or a refused operation: exit 1 with one line. `code`: the service's error code, if it said one. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Options beyond --db / --json, by kind: a string flag takes a value, a switch does not. */
export const STRING_FLAGS = ['article', 'format', 'out', 'style', 'limit', 'tag', 'data', 'host', 'port', 'postgres', 'redis', 'owner'] as const;
export const SWITCHES = ['appendix', 'force', 'follow-links'] as const;
export type Flag = (typeof STRING_FLAGS)[number] | (typeof SWITCHES)[number];

export interface Parsed {
  command: string;
  args: string[];
  db?: string;
  json: boolean;
  /** Option values; a switch (--appendix, --force, --follow-links) that is present holds 'true'. */
  flags: Partial<Record<Flag, string>>;
}

/** One entry of `quire --help`: the command's form (one line or more) and what it does. */
export interface HelpEntry {
  form: string[];
  about: string[];
}

export interface Command {
  name: string;
  /** Flags beyond --db / --json this command accepts. */
  flags: Flag[];
  /** [min, max] positional arguments after the command name (max Infinity for lists). */
  arity: [number, number];
  /** The line printed after a usage error. */
  synopsis: string;
  help: HelpEntry[];
  /**
   * What `call` opens on first use: the store (the default), or only the readers and extractors
   * for a command that stores nothing (two of them run side by side). Commands that work on the
   * store file itself (backup, restore) call nothing.
   */
  opens?: 'store' | 'reader';
  /** Argument checks that need no database (bad IDs are usage errors). */
  check?(p: Parsed): void;
  run(ctx: Context, p: Parsed): Promise<void>;
}

export interface Context {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  out(value: unknown, text: () => string): void;
  dbPath: string;
}
