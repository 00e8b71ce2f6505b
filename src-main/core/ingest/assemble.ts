// The shared last step of every reader: paragraph units of a raw body (with their offsets) →
// boilerplate and repeats removed, header lines (headline, byline, date) read and taken out,
// metadata completed from the text, and the exact ranges of rawText that were removed.
import { isBoilerplateLine, isListHeader } from './boilerplate';
import { dateLineValue } from './dates';
import { detectLanguage } from './language';
import { headlineText, isPlausibleHeadline, readByline, readDateline, titleFromLead } from './metadata';
import { IngestError, type ArticleDraft } from './types';

export interface Range {
  start: number;
  end: number;
}

/** Metadata a reader found outside the body text (HTML meta, JSON-LD, document properties). */
export interface Hints {
  title?: string | null;
  /** Other spellings of the headline that may open the body (the <title>, an <h1>). */
  titleVariants?: string[];
  outlet?: string | null;
  author?: string | null;
  published?: string | null;
  language?: string | null;
  url?: string | null;
  /** Photo captions of the page (from <figcaption>): never article text, never the title. */
  captions?: string[];
  /** Blocks the page's markup shows to be furniture (all link text): removed, shown as removed. */
  furniture?: string[];
}

/** How many leading paragraphs may hold the headline, byline and date. */
const HEADER_SCAN = 8;

/**
 * Paragraph units of plain text, as ranges. Blank lines separate blocks. Inside a block, many
 * saved articles put one paragraph per line; others hard-wrap paragraphs at a fixed width. A line
 * break is a soft wrap (kept inside the paragraph, as written) when the line does not end a
 * sentence and either the next line starts in lowercase or both lines fit a wrapping width.
 */
export function textUnits(raw: string): Range[] {
  const units: Range[] = [];
  let current: Range | null = null;
  let lastLine = '';
  let blankSince = true;
  const lineRe = /[^\n]*/g;
  for (let m = lineRe.exec(raw); m; m = lineRe.exec(raw)) {
    const start = m.index;
    const full = m[0];
    lineRe.lastIndex = start + full.length + 1;
    const line = full.replace(/\s+$/, '');
    if (line.trim().length === 0) {
      blankSince = true;
      if (lineRe.lastIndex > raw.length) break;
      continue;
    }
    if (current && !blankSince) {
      const soft = !/[.!?:"”’)|]$/.test(lastLine) && (/^\s*\p{Ll}/u.test(line) || (lastLine.length >= 55 && lastLine.length <= 100 && line.length <= 100));
      if (soft) {
        current.end = start + line.length;
        lastLine = line;
        if (lineRe.lastIndex > raw.length) break;
        continue;
      }
    }
    if (current) units.push(current);
    const lead = line.length - line.trimStart().length;
    current = { start: start + lead, end: start + line.length };
    lastLine = line;
    blankSince = false;
    if (lineRe.lastIndex > raw.length) break;
  }
  if (current) units.push(current);
  return units;
}

/** Paragraph blocks (already clean strings) → rawText joined by blank lines, and their ranges. */
export function joinBlocks(blocks: readonly string[]): { rawText: string; units: Range[] } {
  const units: Range[] = [];
  let rawText = '';
  for (const b of blocks) {
    const t = b.trim();
    if (!t) continue;
    if (rawText) rawText += '\n\n';
    units.push({ start: rawText.length, end: rawText.length + t.length });
    rawText += t;
  }
  return { rawText, units };
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface AssembleOptions {
  format: ArticleDraft['format'];
  name: string;
  hints?: Hints;
  /**
   * Drop a paragraph that repeats an earlier one word for word. Right for plain text, where a
   * repeat is a copied caption or pull quote; not for HTML, where tables and interviews repeat
   * their labels and questions (measured on the article benchmark: dropping repeats lost words).
   */
  dropRepeats?: boolean;
}

export function assemble(rawText: string, units: readonly Range[], options: AssembleOptions): ArticleDraft {
  const hints = options.hints ?? {};
  const slice = (r: Range): string => rawText.slice(r.start, r.end);
  // 1. Furniture, link lists and repeated paragraphs.
  const kept: Range[] = [];
  const captions = new Set([...(hints.captions ?? []), ...(hints.furniture ?? [])].map(norm).filter(Boolean));
  const seen = new Set<string>();
  let inList = false;
  for (const unit of units) {
    const t = slice(unit).trim();
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
    if (captions.size && captions.has(norm(t))) continue;
    if (options.dropRepeats) {
      const key = norm(t) || t;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    kept.push(unit);
  }
  if (kept.length === 0) throw new IngestError(`${options.name} holds no article text.`);

  // 2. Header lines: headline, byline, date line, section label.
  const titleKeys = new Set([hints.title, ...(hints.titleVariants ?? [])].filter((t): t is string => !!t).map(norm));
  const matchMode = titleKeys.size > 0;
  let title: string | null = hints.title?.trim() || null;
  let author = hints.author ?? null;
  let outlet = hints.outlet ?? null;
  let published = hints.published ?? null;
  let headlineSeen = false;
  const header = new Set<number>();
  for (let i = 0; i < Math.min(kept.length, HEADER_SCAN); i++) {
    const unit = slice(kept[i]!);
    if (matchMode && titleKeys.has(norm(unit))) {
      headlineSeen = true;
      header.add(i);
      continue;
    }
    const date = dateLineValue(unit);
    if (date) {
      published ??= date;
      header.add(i);
      continue;
    }
    const byline = readByline(unit);
    if (byline && (title !== null || headlineSeen || i > 0)) {
      author ??= byline.author;
      outlet ??= byline.outlet;
      header.add(i);
      continue;
    }
    if (!matchMode) {
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
    }
    break;
  }

  let body = kept.filter((_, i) => !header.has(i));
  if (body.length === 0) {
    // Only header-like lines (one short line, a lone headline): they are the whole text.
    body = kept;
    if (!matchMode) title = null;
  }
  const lead = slice(body[0]!);
  const dateline = readDateline(lead);
  if (dateline) {
    outlet ??= dateline.outlet;
    published ??= dateline.published;
  }
  title ??= titleFromLead(lead);
  const text = body.map(slice).join('\n\n');

  // 3. What was removed: every unit not in the body, as exact ranges of rawText.
  const inBody = new Set(body);
  const removed: Range[] = [];
  for (const u of units) {
    if (inBody.has(u)) continue;
    const last = removed[removed.length - 1];
    // Neighbouring removed units separated only by whitespace become one range.
    if (last && /^\s*$/.test(rawText.slice(last.end, u.start))) last.end = u.end;
    else removed.push({ start: u.start, end: u.end });
  }
  return {
    title,
    outlet,
    author,
    published,
    language: hints.language ?? detectLanguage(text),
    url: hints.url ?? null,
    format: options.format,
    text,
    rawText,
    removed,
  };
}
