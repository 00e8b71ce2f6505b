// Choices of `quire export`: the brief's format (from --format or --out's extension) and style.
import { basename, extname } from 'node:path';
import { oneOf } from './args';
import { UsageError, type Parsed } from './command';

const BRIEF_FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
type BriefFormat = (typeof BRIEF_FORMATS)[number];
export const STYLES = ['chicago', 'apa', 'statement'] as const;

/** --format, else FILE's extension, else md; a --format that contradicts a known extension is a mistake. */
export function briefFormat(p: Parsed): BriefFormat {
  const given = oneOf(p.flags.format, BRIEF_FORMATS, '--format');
  const ext = extname(p.flags.out ?? '').slice(1).toLowerCase();
  const implied = (BRIEF_FORMATS as readonly string[]).includes(ext) ? (ext as BriefFormat) : undefined;
  if (given && implied && given !== implied) throw new UsageError(`--format ${given} does not match --out ${basename(p.flags.out ?? '')}`);
  return given ?? implied ?? 'md';
}
