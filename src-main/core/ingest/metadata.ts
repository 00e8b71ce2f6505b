// Title, outlet, author and date as the article's own lines state them: wire datelines, bylines,
// headline lines. Nothing is invented: a value the text does not give is null. Every pattern
// here is linear: inputs are cut to a short prefix, and no two quantifiers can trade characters.
import { sentenceRanges } from '../text/sentences';
import { findFullDate, findMonthDay, type MonthDay } from './dates';
import { stripMarkupEdges } from '../text/edges';

/** A dateline sits in the first characters of the lead paragraph. */
const DATELINE_SCAN = 200;

/** "(Reuters) -", "(UPI) --", "(CNN)": an agency in parentheses, what stands before it unread here. */
const PAREN_AGENCY = /^([^()\n]{0,90})\((\p{Lu}[\p{L}\p{N} .&'’-]{0,40})\)\s*(?:(?:--|[-—–:])\s*)?/u;
/** "МОСКВА, 29 марта. /ТАСС/.", "LONDON, March 29 /PRNewswire/ --": an agency between slashes. */
const SLASH_AGENCY = /^([^/\n]{0,90})\/(\p{Lu}[\p{L}\p{N} .&'’-]{0,40})\/\.?\s*(?:(?:--|[-—–:])\s*)?/u;
/** The dash after a place: "WASHINGTON —", "MOSCOW—", "KYIV, Ukraine, March 3 --", "LONDON - ". */
const DASH = /--|[—–]|\s-\s/;
/** After the dash, the agency and a full stop ("— РИА Новости."). */
const AGENCY_AFTER_DASH = /^(\p{Lu}[^.\n]{0,30})\.\s+/u;

/** A capitalised word of two or more letters (a place as datelines write it: MOSCOW, МОСКВА). */
const CAPS_WORD = /(?:^|[^\p{L}])\p{Lu}{2}/u;
const AGENCY_WORD = /^\p{Lu}[\p{L}\p{N}.&'’-]*$/u;

export interface Dateline {
  /** Length of the dateline prefix (the lead sentence starts after it). */
  length: number;
  outlet: string | null;
  /** The full date the dateline states (with its year), as ISO. */
  published: string | null;
  /** The day and month it states without a year ("Feb. 28", "29 марта"). */
  monthDay: MonthDay | null;
}

/** What stands before the agency: nothing, or a place in capitals and/or a date; never a sentence. */
function isDatelinePrefix(prefix: string, needCaps: boolean): boolean {
  const t = prefix.trim().replace(/[,.]$/, '');
  if (t === '') return !needCaps;
  if (t.length > 80 || t.split(/\s+/).length > 9) return false;
  // A sentence ends inside it, or it holds lowercase words that are not a month: not a dateline.
  if (/[.!?]\s+\p{Ll}/u.test(t)) return false;
  const hasDate = findMonthDay(t) !== null || findFullDate(t) !== null;
  const lowercase = t.split(/[\s,]+/).filter((w) => /^\p{Ll}/u.test(w) && !findMonthDay(`1 ${w}`) && !findMonthDay(`${w} 1`));
  if (lowercase.length > 0) return false;
  return CAPS_WORD.test(t) || hasDate;
}

function dateline(prefix: string, agency: string | null, length: number): Dateline {
  const published = findFullDate(prefix);
  return { length, outlet: agency, published, monthDay: published ? null : findMonthDay(prefix) };
}

const plausibleAgency = (a: string): boolean => {
  const words = a.trim().split(/\s+/);
  return words.length <= 4 && words.every((w) => AGENCY_WORD.test(w) || /^(?:de|of|the|news|новости|вести)$/iu.test(w));
};

/** A place (and date) before a dash, with the agency after it or none. */
function dashDateline(head: string): Dateline | null {
  const d = DASH.exec(head);
  if (!d || d.index > 90) return null;
  const prefix = head.slice(0, d.index);
  let after = d.index + d[0].length;
  while (after < head.length && /\s/.test(head[after]!)) after++;
  const next = head.slice(after);
  const agency = AGENCY_AFTER_DASH.exec(next);
  if (agency && plausibleAgency(agency[1]!) && findMonthDay(prefix) && isDatelinePrefix(prefix, true)) return dateline(prefix, agency[1]!.trim(), after + agency[0].length);
  if (!/^[\p{Lu}\p{N}"“«„‘]/u.test(next)) return null;
  // The place itself is in capitals: "WASHINGTON", "KYIV, Ukraine, March 3".
  const place = /^\p{Lu}[\p{Lu}.'’-]*/u.exec(prefix.trim())?.[0] ?? '';
  if (place.replace(/[^\p{L}]/gu, '').length < 2 || !isDatelinePrefix(prefix, true)) return null;
  return dateline(prefix, null, after);
}

export function readDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, DATELINE_SCAN);
  for (const re of [PAREN_AGENCY, SLASH_AGENCY]) {
    const m = re.exec(head);
    if (m && plausibleAgency(m[2]!) && isDatelinePrefix(m[1]!, false)) return dateline(m[1]!, m[2]!.trim(), m[0].length);
  }
  return dashDateline(head);
}

export interface Byline {
  author: string | null;
  outlet: string | null;
}

const stripMarkup = stripMarkupEdges;

const ROLE_WORDS = /\b(?:staff|writer|correspondent|reporter|editor|contributor|columnist|producer|journalist|analyst|bureau|desk|chief|health news|news service|special to)\b/i;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const PARTICLES = new Set('de da di del della van von der den du la le al el bin ibn ben mac st.'.split(' '));
const BYLINE_LEAD = /^(?:by|written\s+by|par|von|por|di|автор(?:ы)?:?|текст:?|фото\s+и\s+текст:?)\s+/iu;

/** "Jane Doe", "Jean-Luc de la Tour", "JANE DOE", "Иван Петров": two to five name words. */
export function isPersonName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let names = 0;
  for (const w of words) {
    if (PARTICLES.has(w.toLowerCase()) && names > 0) continue;
    if (!NAME_TOKEN.test(w)) return false;
    names++;
  }
  return names >= 2 && !ROLE_WORDS.test(s);
}

/** Names in "Jane Doe, John Roe and Ann Poe" (null when one part is not a name). */
function personList(s: string): string[] | null {
  const parts = s.split(/\s*,\s*|\s+(?:and|&|und|et|y|и|та|і)\s+/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || !parts.every(isPersonName)) return null;
  return parts;
}

const joinNames = (names: string[]): string => (names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** A credit after the names: "Reuters", "Harbor Times" (not "Staff Writer"). */
const outletTail = (tail: string): string | null => {
  const t = tail.trim().replace(/\.$/, '');
  if (!t || ROLE_WORDS.test(t) || !/^\p{Lu}/u.test(t) || t.split(/\s+/).length > 5 || findFullDate(t) || /\d/.test(t)) return null;
  return t;
};

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe, Reuters", "Jane Doe | Reuters". */
export function readByline(line: string): Byline | null {
  const t = stripMarkup(line);
  if (t.length > 150) return null;
  const lead = BYLINE_LEAD.exec(t);
  const rest = lead ? t.slice(lead[0].length).replace(/\.$/, '') : t;
  // Names, then optionally a credit after a comma, a bar, a dash or "for".
  const cut = /\s*\|\s*|\s+[-–—]\s+|\s+for\s+/.exec(rest);
  const namesPart = cut ? rest.slice(0, cut.index) : rest;
  const tail = cut ? rest.slice(cut.index + cut[0].length) : '';
  // "Jane Doe, Reuters" / "By Jane Doe, Staff Writer": a last comma part not joined by "and" is a
  // credit; "Jane Doe, John Roe and Ann Poe" lists names.
  const comma = namesPart.lastIndexOf(',');
  const lastPart = comma < 0 ? '' : namesPart.slice(comma + 1);
  const credit = comma >= 0 && !/\s(?:and|&|und|et|y|и|та|і)\s/u.test(lastPart);
  const names = personList(credit ? namesPart.slice(0, comma) : namesPart);
  if (!names) return null;
  let outlet = tail ? outletTail(tail) : null;
  if (credit) {
    outlet ??= outletTail(lastPart);
    if (!outlet && !ROLE_WORDS.test(lastPart) && !lead) return null;
  }
  if (tail && !outlet && !ROLE_WORDS.test(tail) && !findFullDate(tail) && !lead) return null;
  if (!lead && (t.length > 70 || !(cut || t.includes(',')))) return null;
  return { author: joinNames(names), outlet };
}

/**
 * A byline as a page's markup gives it ("By JANE DOE\n March 11, 2015", "Written by X Edited
 * by Y", "Par Sébastien Farcis"): the names only, or null when it names no one.
 */
export function cleanAuthor(raw: string | null): string | null {
  if (!raw) return null;
  const firstLine = raw.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  let t = firstLine.replace(/\s+/g, ' ').replace(BYLINE_LEAD, '').trim();
  if (!t || /^[a-z]+:\/\//i.test(t) || t.length > 120) return null;
  // Dates, times and "Updated" after the names are not part of them.
  const date = /\s*(?:[|,·•–—-]\s*)?(?:updated|published|posted|\d{1,2}[:/.]\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i.exec(t);
  if (date && date.index > 0) t = t.slice(0, date.index).trim();
  t = t.replace(/[\s,;|·•–—-]+$/, '');
  if (!/\p{L}{2}/u.test(t) || findFullDate(t) || /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(t)) return null;
  return t;
}

/** A price ticker or market line ("• $ 88.72 +0.17", "USD/RUB 92.4 ▲"): more figures than words. */
export function isTicker(line: string): boolean {
  const t = line.trim();
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  const figures = (t.match(/[\p{N}$€£₽¥%+]/gu) ?? []).length;
  return figures > 0 && letters < figures * 1.5 && /\d[.,]\d/.test(t) && /[$€£₽¥▲▼%]|[+−]\s?\d/.test(t);
}

/** Could this be a page's title (not a ticker, a dateline, or the outlet's name alone)? */
export function isPlausibleTitle(title: string, outlet: string | null): boolean {
  const t = title.trim();
  if (!/\p{L}/u.test(t) || isTicker(t)) return false;
  if (outlet && t.toLowerCase() === outlet.trim().toLowerCase()) return false;
  const dl = readDateline(t);
  return !(dl && dl.length >= t.length - 1);
}

/** Could this line be the article's headline? */
export function isPlausibleHeadline(line: string): boolean {
  const t = stripMarkup(line);
  const words = t.split(/\s+/).filter(Boolean).length;
  if (t.length > 200 || isTicker(t)) return false;
  // One or two words make a headline only in a non-Latin script ("Высылка дипломатов").
  if (words < 3 && !(words === 2 && /^[\p{Script=Cyrillic}\s\p{P}]+$/u.test(t))) return false;
  if (readDateline(t)) return false;
  // A headline is one line of one sentence; a body paragraph has several or ends in a period.
  const sentences = sentenceRanges(t, { start: 0, end: t.length }).length;
  if (sentences > 1) return false;
  if (/[.]$/.test(t) && !/(?:^|[^\p{L}])(?:\p{L}\.)+$/u.test(t.slice(-12)) && words > 10) return false;
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
