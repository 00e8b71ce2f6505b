// ingestFile: one file's bytes → an ArticleDraft (title, metadata and the clean body text that
// every claim offset will point into). Plain text and Markdown for now.
import { isBoilerplateLine, isListHeader } from './boilerplate';
import { dateLineValue } from './dates';
import { decodeText, normaliseLineEndings } from './decode';
import { headlineText, isPlausibleHeadline, readByline, readDateline, titleFromLead } from './metadata';
import { IngestError, type ArticleDraft, type IngestInput } from './types';

export { IngestError } from './types';
export type { ArticleDraft, IngestInput } from './types';

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown']);
/** How many leading paragraphs may hold the headline, byline and date. */
const HEADER_SCAN = 8;

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Paragraphs of one blank-line-separated block. Many saved articles put one paragraph per line
 * with no blank lines; others hard-wrap paragraphs at a fixed width. A line break is a soft wrap
 * (kept inside the paragraph, as written) when the line does not end a sentence and either the
 * next line starts in lowercase or both lines fit a wrapping width (55–100 characters).
 */
function blockUnits(block: string): string[] {
  const lines = block.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim().length > 0);
  const units: string[] = [];
  let current: string | null = null;
  for (const line of lines) {
    if (current !== null) {
      const last = current.slice(current.lastIndexOf('\n') + 1);
      const soft = !/[.!?:"”’)|]$/.test(last) && (/^\s*\p{Ll}/u.test(line) || (last.length >= 55 && last.length <= 100 && line.length <= 100));
      if (soft) {
        current = `${current}\n${line}`;
        continue;
      }
      units.push(current);
    }
    current = line;
  }
  if (current !== null) units.push(current);
  return units;
}

/** Paragraph units of the whole text, boilerplate lines and repeated paragraphs dropped. */
function bodyUnits(text: string): string[] {
  const units = text.split(/\n[^\S\n]*\n/).flatMap(blockUnits);
  const kept: string[] = [];
  const seen = new Set<string>();
  let inList = false;
  for (const unit of units) {
    const t = unit.trim();
    if (isListHeader(t)) {
      inList = true;
      continue;
    }
    // Under "Related Topics" and the like come short link labels until the text resumes.
    if (inList) {
      if (t.length <= 60 && !/[.!?”"]$/.test(t)) continue;
      inList = false;
    }
    if (isBoilerplateLine(t)) continue;
    const key = t.replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(unit.replace(/^\s+/, ''));
  }
  return kept;
}

export function ingestFile(input: IngestInput): ArticleDraft {
  const name = input.fileName.split(/[\\/]/).pop() || 'The file';
  const ext = extensionOf(input.fileName);
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new IngestError(ext ? `${name}: unsupported file type .${ext}` : `${name}: unsupported file type (no extension)`);
  }
  if (input.bytes.length === 0) throw new IngestError(`${name} is empty.`);
  const decoded = normaliseLineEndings(decodeText(input.bytes, name));
  if (decoded.trim().length === 0) throw new IngestError(`${name} contains only whitespace.`);
  if (!/[\p{L}\p{N}]/u.test(decoded)) throw new IngestError(`${name} contains no readable text.`);

  const units = bodyUnits(decoded);
  if (units.length === 0) throw new IngestError(`${name} holds no article text.`);

  let title: string | null = null;
  let author: string | null = null;
  let outlet: string | null = null;
  let published: string | null = null;
  const header = new Set<number>();
  for (let i = 0; i < Math.min(units.length, HEADER_SCAN); i++) {
    const unit = units[i]!;
    const date = dateLineValue(unit);
    if (date) {
      published ??= date;
      header.add(i);
      continue;
    }
    const byline = readByline(unit);
    if (byline && (title !== null || i > 0)) {
      author ??= byline.author;
      outlet ??= byline.outlet;
      header.add(i);
      continue;
    }
    // A section label above the headline ("World", "Politics"): not article text.
    if (title === null && !/[.!?"”]$/.test(unit.trim()) && unit.trim().split(/\s+/).length <= 2) {
      header.add(i);
      continue;
    }
    if (title === null && isPlausibleHeadline(unit)) {
      title = headlineText(unit);
      header.add(i);
      continue;
    }
    break;
  }

  let body = units.filter((_, i) => !header.has(i));
  if (body.length === 0) {
    // Only header-like lines (one short line, a lone headline): they are the whole text.
    body = units;
    title = null;
  }
  const lead = body[0]!;
  const dateline = readDateline(lead);
  if (dateline) {
    outlet ??= dateline.outlet;
    published ??= dateline.published;
  }
  title ??= titleFromLead(lead);

  return { title, outlet, author, published, text: body.join('\n\n') };
}
