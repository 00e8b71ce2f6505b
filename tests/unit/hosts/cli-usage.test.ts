// The CLI's usage text is made from its command modules: every command and every flag it takes
// is in it, and descriptions line up in one column.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src-main/hosts/cli/commands/index';
import { USAGE_LINE, usageText } from '../../../src-main/hosts/cli/usage';

describe('quire --help', () => {
  const text = usageText(COMMANDS);
  const lines = text.split('\n');

  it('lists every command, each once by name, and ends with the common options', () => {
    expect(lines[0]).toBe(USAGE_LINE);
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of COMMANDS) {
      expect(lines.some((l) => l.startsWith(`  ${c.name} `) || l === `  ${c.name}`), c.name).toBe(true);
      for (const entry of c.help) expect(entry.form[0]?.startsWith(c.name), `${c.name}: ${entry.form[0]}`).toBe(true);
    }
    expect(lines.slice(-4)).toEqual(['options:', expect.stringMatching(/^ {2}--db FILE/), expect.stringMatching(/^ {2}--json/), expect.stringMatching(/^ {2}--help/)]);
  });

  it("names every flag a command accepts in its help and its synopsis", () => {
    for (const c of COMMANDS) {
      const help = c.help.flatMap((e) => e.form).join(' ');
      for (const flag of c.flags) {
        expect(c.synopsis, `${c.name} --${flag}`).toContain(`--${flag}`);
        expect(help, `${c.name} --${flag}`).toContain(`--${flag}`);
      }
    }
  });

  it('puts descriptions in one column: beside a short form, under a long one', () => {
    const extract = lines.find((l) => l.startsWith('  extract FILE'));
    expect(extract?.indexOf('read a file')).toBe(39);
    const long = lines.findIndex((l) => l.startsWith('  claims --format'));
    expect(lines[long]).toBe('  claims --format csv|json [--article ID] [--out FILE]');
    expect(lines[long + 1]?.match(/^ */)?.[0].length).toBe(39);
  });
});
