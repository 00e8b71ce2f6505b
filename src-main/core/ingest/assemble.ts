// The shared last step of every reader: paragraph units of a raw body (with their offsets) →
// boilerplate and repeats removed, header lines (headline, byline, date) read and taken out,
// metadata completed from the text, and the exact ranges of rawText that were removed.
import { isBoilerplateLine, isListHeader } from './boilerplate';
import { allFullDates, completeYear, readDateLines, type DateLine } from './dates';
import { detectLanguage } from './language';
import { headlineText, isPersonName, isPlausibleHeadline, isPlausibleTitle, isTicker, readByline, readDateline, titleFromLead } from './metadata';
import { IngestError, METADATA_FIELDS, type ArticleDraft, type MetadataField, type MetadataSource, type MetadataSources } from './types';

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
  updated?: string | null;
  language?: string | null;
  url?: string | null;
  /** Where each value above came from. */
  sources?: MetadataSources;
  /** The file's own properties (PDF info, DOCX core properties): used where the text states nothing. */
  properties?: Hints;
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
    const line = full.trimEnd();
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

/** Metadata values as they are found, each with its source; the first value found for a field stays. */
class Found {
  title: string | null = null;
  outlet: string | null = null;
  author: string | null = null;
  published: string | null = null;
  updated: string | null = null;
  language: string | null = null;
  url: string | null = null;
  private readonly from: MetadataSources = {};

  constructor(hints: Hints) {
    for (const field of METADATA_FIELDS) this.set(field, hints[field]?.trim() || null, hints.sources?.[field] ?? 'meta');
  }

  set(field: MetadataField, value: string | null | undefined, source: MetadataSource): void {
    if (!value || this[field] !== null) return;
    this[field] = value;
    this.from[field] = source;
  }

  clear(field: MetadataField): void {
    this[field] = null;
    delete this.from[field];
  }

  sources(): MetadataSources {
    const out: MetadataSources = {};
    for (const field of METADATA_FIELDS) if (this[field] !== null && this.from[field]) out[field] = this.from[field];
    if (this.updated === this.published) delete out.updated;
    return out;
  }
}

/** "Jane Doe / 3/29/2018 / Updated: 9/28/2018": names and dates on one line, each part one of them. */
function readHeaderLine(line: string, found: Found): boolean {
  const parts = line.trim().split(/\s[|•·/]\s/);
  if (parts.length < 2 || line.length > 160) return false;
  const read = parts.map((p) => ({ dates: readDateLines(p), name: isPersonName(headlineText(p)) ? headlineText(p) : null }));
  if (!read.every((r) => r.dates || r.name) || !read.some((r) => r.dates)) return false;
  for (const r of read) {
    for (const d of r.dates ?? []) found.set(d.kind, d.date, 'date-line');
    found.set('author', r.name, 'byline');
  }
  return true;
}

/** "© 2024 Harbor Times", "Copyright 2019 Reuters. All rights reserved.": who holds the copyright. */
export function copyrightHolder(lines: readonly string[]): string | null {
  for (const line of lines) {
    const t = line.trim();
    if (t.length > 150) continue;
    const m = /^(?:©|\(c\)|copyright\b)(?:\s*(?:©|\(c\)))?(?:\s*\d{4}(?:\s*[-–]\s*\d{2,4})?)?[\s,]*([^.,;|©\s][^.,;|©\n]{1,59})/iu.exec(t);
    const holder = m?.[1]?.replace(/\b(?:all rights reserved|inc|ltd|llc)\b.*$/i, '').trim();
    if (holder && /^\p{Lu}/u.test(holder) && holder.split(/\s+/).length <= 6) return holder;
  }
  return null;
}

export function assemble(rawText: string, units: readonly Range[], options: AssembleOptions): ArticleDraft {
  const hints = options.hints ?? {};
  const slice = (r: Range): string => rawText.slice(r.start, r.end);
  // 1. Furniture, link lists and repeated paragraphs.
  const kept: Range[] = [];
  const captions = new Set([...(hints.captions ?? []), ...(hints.furniture ?? [])].map(norm).filter(Boolean));
  const seen = new Set<string>();
  const stamps: DateLine[] = [];
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
    if (isBoilerplateLine(t)) {
      // A timestamp line ("Updated: March 30, 2018") is furniture in the body but still dates the page.
      stamps.push(...(readDateLines(t) ?? []));
      continue;
    }
    if (captions.size && captions.has(norm(t))) continue;
    if (options.dropRepeats) {
      const key = norm(t) || t;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    kept.push(unit);
  }
  if (kept.length === 0) throw new IngestError(`${options.name} holds no article text.`);

  // 2. Header lines: headline, byline, date line, section label, ticker.
  const found = new Found(hints);
  for (const d of stamps) found.set(d.kind, d.date, 'date-line');
  if (found.title && !isPlausibleTitle(found.title, found.outlet)) found.clear('title');
  const titleKeys = new Set([hints.title, ...(hints.titleVariants ?? [])].filter((t): t is string => !!t).map(norm));
  const matchMode = titleKeys.size > 0;
  let headlineSeen = false;
  const header = new Set<number>();
  const scan = Math.min(kept.length, HEADER_SCAN);
  for (let i = 0; i < scan; i++) {
    const unit = slice(kept[i]!);
    if (matchMode && titleKeys.has(norm(unit))) {
      headlineSeen = true;
      header.add(i);
      continue;
    }
    const dates = readDateLines(unit);
    if (dates) {
      for (const d of dates) found.set(d.kind, d.date, 'date-line');
      header.add(i);
      continue;
    }
    if (isTicker(unit)) {
      header.add(i);
      continue;
    }
    const afterHeadline = found.title !== null || headlineSeen || i > 0;
    if (afterHeadline && readHeaderLine(unit, found)) {
      header.add(i);
      continue;
    }
    const byline = readByline(unit);
    if (byline && afterHeadline) {
      found.set('author', byline.author, 'byline');
      found.set('outlet', byline.outlet, 'byline');
      header.add(i);
      continue;
    }
    // A name alone on its line, with a date line or another header line next to it.
    const next = i + 1 < kept.length ? slice(kept[i + 1]!) : '';
    if (afterHeadline && isPersonName(headlineText(unit)) && (readDateLines(next) || header.has(i - 1))) {
      found.set('author', headlineText(unit), 'byline');
      header.add(i);
      continue;
    }
    if (!matchMode && found.title === null) {
      const words = unit.trim().split(/\s+/).length;
      // A short headline ("Высылка дипломатов") is one when the lines under it are a header or a dateline.
      const confirmed = words === 2 && !!(readDateline(next) || readDateLines(next) || readByline(next));
      if ((words >= 3 || confirmed) && isPlausibleHeadline(unit)) {
        found.set('title', headlineText(unit), 'headline');
        header.add(i);
        continue;
      }
      // A section label above the headline ("World", "Politics"): not article text.
      if (!/[.!?"”]$/.test(unit.trim()) && words <= 2) {
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
    if (!matchMode) found.clear('title');
  }
  const lead = slice(body[0]!);
  const dateline = readDateline(lead);
  if (dateline) {
    found.set('outlet', dateline.outlet, 'dateline');
    found.set('published', dateline.published, 'dateline');
    // "Feb. 28 (UPI)": the year from another date the page gives about itself (its update date,
    // a date line, a caption, a credit: text outside the body), never from today and never from
    // an event the body tells of.
    if (dateline.monthDay) {
      const inBody = new Set(body);
      const outside = units.filter((u) => !inBody.has(u)).map(slice).join('\n');
      found.set('published', completeYear(dateline.monthDay, found.updated ?? allFullDates(outside, 1)[0] ?? null), 'dateline');
    }
  }
  if (found.outlet === null) found.set('outlet', copyrightHolder(units.map(slice)), 'copyright');
  for (const field of METADATA_FIELDS) found.set(field, hints.properties?.[field] ?? null, hints.properties?.sources?.[field] ?? 'meta');
  if (found.title === null) found.set('title', titleFromLead(lead), 'lead');
  const text = body.map(slice).join('\n\n');
  if (found.language === null) found.set('language', detectLanguage(text), 'detected');

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
    title: found.title ?? '',
    outlet: found.outlet,
    author: found.author,
    published: found.published,
    updated: found.updated === found.published ? null : found.updated,
    language: found.language,
    url: found.url,
    format: options.format,
    text,
    rawText,
    removed,
    sources: found.sources(),
  };
}
