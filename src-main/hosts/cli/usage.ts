// `quire --help`, made from the commands' own help entries.
import type { Command, HelpEntry } from './command';

export const USAGE_LINE = 'usage: quire <command> [--db FILE] [--json]';

const OPTIONS = [
  '  --db FILE   database (default: $QUIRE_DB, else the Quire user-data folder)',
  '  --json      machine-readable output',
  '  --help      this text',
];

/** Descriptions start in this column; a longer form puts its description on the next line. */
const COLUMN = 39;

function entryLines({ form, about }: HelpEntry): string[] {
  const forms = form.map((f) => `  ${f}`);
  const last = forms.length - 1;
  const [first, ...rest] = about;
  const beside = (forms[last] as string).length < COLUMN - 1;
  const lines = beside ? [...forms.slice(0, last), `${(forms[last] as string).padEnd(COLUMN)}${first ?? ''}`] : [...forms, ...(first === undefined ? [] : [`${' '.repeat(COLUMN)}${first}`])];
  return [...lines, ...rest.map((r) => `${' '.repeat(COLUMN)}${r}`)];
}

export function usageText(commands: readonly Command[]): string {
  return [USAGE_LINE, 'commands:', ...commands.flatMap((c) => c.help.flatMap(entryLines)), 'options:', ...OPTIONS].join('\n');
}
