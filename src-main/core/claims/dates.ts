// When a statement was made (from the article's publication date and the relative expressions
// near its attribution: "on Monday", "last week", "Wednesday"), and the numbers and deadlines a
// claim states ("27 people", "more than 50", "by Jan. 30") as structured facts. chrono-node reads
// the dates, always with the publication date as reference; without one nothing is guessed.
import * as chrono from 'chrono-node';

export type DatePrecision = 'day' | 'week' | 'month' | 'unknown';

export interface SaidOn {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  precision: DatePrecision;
  /** The expression it was read from, when there was one. */
  text?: string;
}

export interface Fact {
  kind: 'number' | 'date';
  /** A number, or an ISO date ("2026-01-30"; "--01-30" when the year is unknown). */
  value: number | string;
  /** What is counted ("people", "percent", "$"), or for dates 'deadline' when introduced by "by". */
  unit?: string;
  /** "more than", "at least", "about", … */
  qualifier?: string;
  text: string;
  /** Offsets in the article text. */
  start: number;
  end: number;
}

/** Only a fact's documented fields, in a stable order (what is stored and what the API gives). */
export const documentedFact = (f: Fact): Fact => ({
  kind: f.kind,
  value: f.value,
  ...(f.unit !== undefined ? { unit: f.unit } : {}),
  ...(f.qualifier !== undefined ? { qualifier: f.qualifier } : {}),
  text: f.text,
  start: f.start,
  end: f.end,
});

const DATE_CUE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|ago|january|february|march|april|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d)/i;

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;

/** The year for a day and month written without one: the nearest one, or the nearest one before / after `ref`. */
function pickYear(d: Date, ref: Date, mode: 'past' | 'future' | 'closest'): Date {
  const at = (y: number): Date => new Date(Date.UTC(y, d.getUTCMonth(), d.getUTCDate(), 12));
  const y = ref.getUTCFullYear();
  const options = [at(y - 1), at(y), at(y + 1)];
  const day = 86_400_000;
  const allowed = options.filter((o) => (mode === 'past' ? o.getTime() <= ref.getTime() + day : mode === 'future' ? o.getTime() >= ref.getTime() - day : true));
  return allowed.reduce((a, b) => (Math.abs(b.getTime() - ref.getTime()) < Math.abs(a.getTime() - ref.getTime()) ? b : a));
}

/** The publication date as a reference instant (noon UTC), or null when absent or unreadable. */
export function referenceDate(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * When something said in `context` (the attribution words, with the claim's own words masked)
 * was said, relative to `ref`. A past event: a bare weekday or month after the reference is
 * moved back a week or a year.
 */
export function saidOnFrom(context: string, ref: Date | null): SaidOn | null {
  if (!ref) return null;
  if (!DATE_CUE.test(context)) return { date: iso(ref), precision: 'unknown' };
  const results = chrono.parse(context, { instant: ref, timezone: 0 }, { forwardDate: false });
  const r = results.find((x) => !/\b(?:next|coming|until|by)\b/i.test(context.slice(Math.max(0, x.index - 6), x.index + x.text.length)));
  if (!r) return { date: iso(ref), precision: 'unknown' };
  return pastMention(r, ref, ENGLISH_WORDS);
}

/** A language's words that make a relative date a week, a month or a day. */
export interface PrecisionWords {
  week: RegExp;
  month: RegExp;
  day?: RegExp;
}

const ENGLISH_WORDS: PrecisionWords = { week: /\bweek\b/i, month: /\bmonth\b/i, day: /\b(?:today|yesterday|tonight|ago)\b/i };

/**
 * A parsed date that a statement refers to, read as a past event: a weekday or a day and month
 * after the publication date `ref` is the one before it; with its precision.
 */
export function pastMention(r: chrono.ParsedResult, ref: Date, words: PrecisionWords): SaidOn {
  let date = r.start.date();
  const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('month');
  if (date.getTime() > ref.getTime() + 3_600_000) {
    if (weekdayOnly) date = new Date(date.getTime() - 7 * 86_400_000);
    else if (!r.start.isCertain('year')) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
  }
  let precision: DatePrecision;
  if (words.week.test(r.text)) precision = 'week';
  else if (weekdayOnly || r.start.isCertain('day') || (words.day?.test(r.text) ?? false)) precision = 'day';
  else if (r.start.isCertain('month') || words.month.test(r.text)) precision = 'month';
  else precision = 'unknown';
  return { date: iso(date), precision, text: r.text };
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, dozens: 24, hundreds: 200, thousands: 2000,
};
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
// A ten and a unit ("twenty-five") first, then single words longest first ("fourteen" before
// "four"), and never the start of a longer word ("tenants").
const NUMBER_WORD_PATTERN = `(?:(?:${TENS.join('|')})-(?:${Object.keys(UNITS).join('|')})|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?!\\p{L})`;

/** "twenty-five" → 25, "twelve" → 12; undefined for figures. */
function wordValue(words: string): number | undefined {
  const [ten, unit] = words.toLowerCase().split('-');
  if (unit !== undefined) return (NUMBER_WORDS[ten!] ?? 0) + (UNITS[unit] ?? 0);
  return NUMBER_WORDS[ten!];
}
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bn: 1e9 };
const QUALIFIER = '(?:more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|about|around|nearly|almost|roughly|some|over|under|approximately)';
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(${QUALIFIER})\\s+)?([$€£])?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORD_PATTERN})(?:\\s*(thousand|million|billion|trillion|mln|bn)\\b)?(?:\\s*(%|percent|per\\s+cent)|\\s+((?:[\\p{Ll}-]+\\s+){0,1}?[\\p{Ll}-]{3,}))?`,
  'giu',
);
/** Words after a number that are not what it counts. */
const NOT_UNIT = /^(?:and|or|to|of|in|on|at|by|for|the|a|an|were|was|are|is|had|have|has|would|will|who|which|that|than|from|with|since|more|per)$/;

/**
 * Numbers and dates stated in `text.slice(start, end)`, with offsets in `text`. Dates need the
 * reference (publication) date unless they carry their own year.
 */
export function factsIn(text: string, start: number, end: number, ref: Date | null): Fact[] {
  const claim = text.slice(start, end);
  const facts: Fact[] = [];
  // Without a reference only dates with their month count: no month word, no parse.
  if (ref ? DATE_CUE.test(claim) : MONTH.test(claim)) {
    for (const r of chrono.parse(claim, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false })) {
      if (!r.start.isCertain('month') && !r.start.isCertain('weekday')) continue;
      // Without a reference only dates written out with their month count ("Jan. 30", not "today").
      if (!ref && !MONTH.test(r.text)) continue;
      const before = claim.slice(Math.max(0, r.index - 16), r.index);
      const by = /\b(?:by|until|before|no later than)\s+(?:the\s+)?$/i.test(before);
      let d = r.start.date();
      if (ref && !r.start.isCertain('year')) d = pickYear(d, ref, by || /\b(?:next|from)\s+$/i.test(before) ? 'future' : /\b(?:since|in|last|back in|early|late)\s+$/i.test(before) ? 'past' : 'closest');
      const value = ref || r.start.isCertain('year') ? iso(d) : `--${iso(d).slice(5)}`;
      const s = start + r.index;
      const dateText = r.text.replace(/[\s,.;:]+$/, (m) => (/^\./.test(m) && /\b\p{L}{3,4}$/u.test(r.text.slice(0, -m.length)) ? '.' : ''));
      facts.push({ kind: 'date', value, ...(by ? { unit: 'deadline' } : {}), text: dateText, start: s, end: s + dateText.length });
    }
  }
  const inDate = (s: number, e: number): boolean => facts.some((f) => f.kind === 'date' && s < f.end && e > f.start);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(claim); m; m = NUMBER.exec(claim)) {
    const [whole, qualifier, currency, digits, scale, percent, noun] = m;
    const word = wordValue(digits!);
    let value = word ?? Number(digits!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (scale) value *= SCALE[scale.toLowerCase()]!;
    let unit: string | undefined = currency ?? (percent ? 'percent' : undefined);
    let len = whole.length;
    if (noun !== undefined) {
      const unitWord = noun.trim().split(/\s+/).pop()!;
      if (currency || NOT_UNIT.test(unitWord) || NOT_UNIT.test(noun.trim().split(/\s+/)[0]!)) len -= noun.length;
      else unit = noun.trim();
    }
    const text0 = whole.slice(0, len).trimEnd();
    const s = start + m.index;
    const e = s + text0.length;
    if (inDate(s, e) || (word !== undefined && !qualifier && unit === undefined)) continue;
    if (/^\d{4}$/.test(digits!) && !unit && !qualifier && value >= 1900 && value <= 2100) continue; // a year
    facts.push({ kind: 'number', value, ...(unit ? { unit } : {}), ...(qualifier ? { qualifier: qualifier.toLowerCase().replace(/\s+/g, ' ') } : {}), text: text0, start: s, end: e });
  }
  return facts.sort((a, b) => a.start - b.start);
}
