// Title, outlet, author and date as the article states them. Nothing is invented: a value the
// text does not give is null.
import { sentenceRanges } from '../text/sentences';
import { findFullDate } from './dates';

const NAME_TOKEN = "\\p{Lu}[\\p{L}'’.-]*";
const PERSON = `${NAME_TOKEN}(?:\\s+(?:(?:de|van|von|der|da|di|la|le|al|bin|ibn)\\s+)?${NAME_TOKEN}){1,3}`;
const ROLE_WORDS = /\b(?:staff|writer|correspondent|reporter|editor|contributor|columnist|producer|journalist|analyst|bureau|desk|chief)\b/i;

/** A dateline opening the first body paragraph: "Feb. 28 (UPI) --", "KYIV, Ukraine (AP) —". */
const DATELINE_WITH_OUTLET = /^((?:[\p{Lu}][\p{L}.'’ -]{1,40},\s*){0,3}(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?\s*|\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?(?:\s*г\.)?\s*)?\((\p{Lu}[\p{L}\p{N} .&'’-]{0,40})\)\s*(?:--|—|–|-|:)\s*)/u;
const DATELINE_PLACE = /^((?:\p{Lu}{2,}[\p{Lu} .'’-]*?)(?:,\s*[\p{Lu}][\p{L}.'’ ]{1,30}){0,2}(?:,\s*[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*(?:--|—|–)\s*(?=[\p{Lu}\p{N}"“«„‘])|\s+-\s+))/u;

export interface Dateline {
  /** Length of the dateline prefix (the lead sentence starts after it). */
  length: number;
  outlet: string | null;
  published: string | null;
}

export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE_WITH_OUTLET.exec(paragraph) ?? DATELINE_PLACE.exec(paragraph);
  if (!m) return null;
  const prefix = m[1] ?? '';
  return { length: prefix.length, outlet: m[2]?.trim() || null, published: findFullDate(prefix) };
}

export interface Byline {
  author: string | null;
  outlet: string | null;
}

const stripMarkup = (line: string): string => line.trim().replace(/^[*_#>\s]+|[*_\s]+$/g, '');

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe, Reuters", "Jane Doe | Reuters". */
export function readByline(line: string): Byline | null {
  const t = stripMarkup(line);
  if (t.length > 120) return null;
  const by = new RegExp(`^(?:by|par|von|por|автор:?|текст:?)\\s+(${PERSON}(?:\\s*(?:and|&)\\s*${PERSON})*)\\s*(?:(?:,|\\||–|—|-|for)\\s*(.+?))?\\.?$`, 'iu').exec(t);
  if (by) {
    const author = by[1]!.trim();
    // "By Jane Doe" also matches "By Monday the talks ..."; require the name to look like one.
    if (!new RegExp(`^${PERSON}`, 'u').test(author)) return null;
    const tail = by[2]?.trim() ?? '';
    const outlet = tail && !ROLE_WORDS.test(tail) && /^\p{Lu}/u.test(tail) && tail.split(/\s+/).length <= 5 ? tail : null;
    return { author, outlet };
  }
  const named = new RegExp(`^(${PERSON})\\s*(?:,|\\|)\\s*((?:${NAME_TOKEN})(?:\\s+${NAME_TOKEN}){0,3})$`, 'u').exec(t);
  if (named && t.length <= 70) {
    const tail = named[2]!.trim();
    return { author: named[1]!.trim(), outlet: ROLE_WORDS.test(tail) ? null : tail };
  }
  return null;
}

/** Could this line be the article's headline? */
export function isPlausibleHeadline(line: string): boolean {
  const t = stripMarkup(line);
  const words = t.split(/\s+/).filter(Boolean).length;
  if (words < 3 || t.length > 200) return false;
  if (readDateline(t)) return false;
  // A headline is one line of one sentence; a body paragraph has several or ends in a period.
  const sentences = sentenceRanges(t, { start: 0, end: t.length }).length;
  if (sentences > 1) return false;
  if (/[.]$/.test(t) && !/\b(?:\p{L}\.)+$/u.test(t) && words > 10) return false;
  return true;
}

export function headlineText(line: string): string {
  return stripMarkup(line).replace(/\s+/g, ' ');
}

/** A title made from the lead sentence, cut at a word boundary to at most `max` characters. */
export function titleFromLead(paragraph: string, max = 100): string {
  const dl = readDateline(paragraph);
  const body = paragraph.slice(dl?.length ?? 0).trim();
  const first = sentenceRanges(body, { start: 0, end: body.length })[0];
  let lead = (first ? body.slice(first.start, first.end) : body).replace(/\s+/g, ' ').replace(/[.]$/, '');
  // A dateline with nothing after it, or no words at all: fall back to the paragraph itself.
  if (!/[\p{L}\p{N}]/u.test(lead)) lead = paragraph.trim().replace(/\s+/g, ' ');
  if (lead.length <= max) return lead;
  lead = lead.slice(0, max - 1);
  const cut = lead.lastIndexOf(' ');
  if (cut > max / 2) lead = lead.slice(0, cut);
  return `${lead.replace(/[\s,;:–—-]+$/, '')}…`;
}
