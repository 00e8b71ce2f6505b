// Dates stated in text → ISO YYYY-MM-DD. A date without a year is completed only from another
// date the same article states (never from today).

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const SLAVIC_MONTHS: Record<string, number> = Object.fromEntries(
  [
    'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  ].flatMap((list) => list.split(' ').map((name, i) => [name, i + 1])),
);
/** Short Russian and Ukrainian month forms of wire datelines ("29 мар"). */
const SLAVIC_SHORT: Record<string, number> = Object.fromEntries('янв фев мар апр май июн июл авг сен окт ноя дек'.split(' ').map((name, i) => [name, i + 1]));
const SLAVIC_MONTH_WORD = new RegExp(`(?<![\\p{L}])(?:${[...Object.keys(SLAVIC_MONTHS), ...Object.keys(SLAVIC_SHORT)].join('|')})(?![\\p{L}])`, 'giu');
const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const monthNumber = (word: string): number => MONTHS[word.replace('.', '').toLowerCase()] ?? 0;

const PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  // 2018-03-29
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  // March 29, 2018 · Mar. 29 2018 · March 29th, 2018
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), read: (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!) },
  // 29 March 2018 · 29th of March, 2018
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:\\s*,)?\\s+(\\d{4})\\b`, 'i'), read: (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!) },
  // 3/29/2018 (US order unless the first number cannot be a month) · 29.03.2018 (day first)
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    read: (m) => (+m[1]! > 12 ? iso(+m[3]!, +m[2]!, +m[1]!) : iso(+m[3]!, +m[1]!, +m[2]!)),
  },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, read: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
  // 12 марта 2024 · 12 березня 2024 (Russian and Ukrainian genitive month names)
  { re: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(${Object.keys(SLAVIC_MONTHS).join('|')})\\s+(\\d{4})(?!\\p{N})`, 'iu'), read: (m) => iso(+m[3]!, SLAVIC_MONTHS[m[2]!.toLowerCase()] ?? 0, +m[1]!) },
];

/** The first full date (with a year) in `s`, as ISO, or null. */
export function findFullDate(s: string): string | null {
  let best: { index: number; value: string } | null = null;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const value = read(m);
    if (value && (!best || m.index < best.index)) best = { index: m.index, value };
  }
  return best?.value ?? null;
}

export interface MonthDay {
  month: number;
  day: number;
}

const MONTH_DAY: readonly { re: RegExp; read: (m: RegExpExecArray) => MonthDay | null }[] = [
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i'), read: (m) => monthDay(monthNumber(m[1]!), +m[2]!) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'iu'), read: (m) => monthDay(monthNumber(m[2]!), +m[1]!) },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(${[...Object.keys(SLAVIC_MONTHS), ...Object.keys(SLAVIC_SHORT)].join('|')})(?![\\p{L}])`, 'iu'),
    read: (m) => monthDay(SLAVIC_MONTHS[m[2]!.toLowerCase()] ?? SLAVIC_SHORT[m[2]!.toLowerCase()] ?? 0, +m[1]!),
  },
];

function monthDay(month: number, day: number): MonthDay | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : null;
}

/** The first day and month stated without regard to a year ("Feb. 28", "29 марта"), or null. */
export function findMonthDay(s: string): MonthDay | null {
  let best: { index: number; value: MonthDay } | null = null;
  for (const { re, read } of MONTH_DAY) {
    const m = re.exec(s);
    if (!m) continue;
    const value = read(m);
    if (value && (!best || m.index < best.index)) best = { index: m.index, value };
  }
  return best?.value ?? null;
}

/**
 * A day and month given a year from another date the article states (`known`, ISO): the year
 * that puts the day nearest to that date ("Dec. 30" next to 2019-01-02 is 2018-12-30).
 */
export function completeYear(md: MonthDay, known: string | null): string | null {
  if (!known) return null;
  const year = +known.slice(0, 4);
  const ref = Date.parse(`${known}T00:00:00Z`);
  let best: string | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const value = iso(y, md.month, md.day);
    if (value && (!best || Math.abs(Date.parse(`${value}T00:00:00Z`) - ref) < Math.abs(Date.parse(`${best}T00:00:00Z`) - ref))) best = value;
  }
  return best;
}

/** Every full date stated in `s` (at most `limit`), in order. */
export function allFullDates(s: string, limit = 50): string[] {
  const out: string[] = [];
  for (const { re, read } of PATTERNS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of s.matchAll(g)) {
      const value = read(m as RegExpExecArray);
      if (value) out.push(value);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

const DATE_LABEL = /^(?:updated|published|posted|last\s+updated|last\s+modified|modified|first\s+published|date|обновлено|опубликовано|оновлено|опубліковано)(?![\p{L}])(?:\s*on\b)?(?:\s*:)?/iu;

export interface DateLine {
  date: string;
  kind: 'published' | 'updated';
}

/**
 * A header line of dates: "3/29/2018", "Updated: 9/28/2018", "PUBLISHED: 10:48, Tue, Nov 19,
 * 2019 | UPDATED: 11:05, Tue, Nov 19, 2019". Each part separated by a bar, a bullet or a slash
 * between spaces is one date, labelled "updated" or not.
 */
export function readDateLines(line: string): DateLine[] | null {
  const t = line.trim();
  if (t.length > 160) return null;
  const out: DateLine[] = [];
  for (const part of t.split(/\s[|•·/]\s|\s{2,}/)) {
    const p = part.trim();
    if (!p) continue;
    const date = dateLineValue(p);
    if (!date) return null;
    out.push({ date, kind: /^(?:updated|last\s+updated|last\s+modified|modified|обновлено|оновлено)(?![\p{L}])/iu.test(p) ? 'updated' : 'published' });
  }
  return out.length ? out : null;
}

/** A short line that is only a date, optionally labelled ("Updated: March 3, 2022 10:04 AM EST"). */
export function dateLineValue(line: string): string | null {
  const t = line.trim();
  if (t.length > 90) return null;
  const label = DATE_LABEL.exec(t);
  const rest = label ? t.slice(label[0].length).trim() : t;
  const value = findFullDate(rest);
  if (!value) return null;
  // The rest of the line may hold only weekday, time, zone, separators; no sentence.
  const leftover = rest
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, '')
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?/gi, '')
    .replace(/\b(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)\b/g, '')
    .replace(new RegExp(`\\b${'(?:\\d{1,2}(?:st|nd|rd|th)?|\\d{4})'}\\b|${MONTH}`, 'gi'), '')
    .replace(SLAVIC_MONTH_WORD, '')
    .replace(/(?<![\p{L}])(?:г|року|года)(?![\p{L}])\.?/giu, '')
    .replace(/\b(?:at|on|of|updated|published|posted)\b/gi, '')
    .replace(/[\s,.:/|()–—-]+/g, '');
  return leftover.length === 0 ? value : null;
}

const TIMESTAMP_LABEL = /^[|·•\s]*(?:updated|published|posted|last\s+updated|обновлено|опубликовано|оновлено)(?![\p{L}])/iu;

/**
 * A labelled timestamp line, with or without a year: "Updated at 1:23 p.m.", "Updated Nov 19,
 * 9:41 AM;Posted Nov 18, 8:19 PM", "| UPDATED: 11:05, Tue, Nov 19, 2019". Page furniture.
 */
export function isTimestampLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 120 || !TIMESTAMP_LABEL.test(t) || !/\d/.test(t)) return false;
  const leftover = t
    .replace(/(?<![\p{L}])(?:updated|published|posted|last|at|on|обновлено|опубликовано|оновлено|в)(?![\p{L}])/giu, '')
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, '')
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:a\.?m\.?|p\.?m\.?))?/gi, '')
    .replace(/\b(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)\b/g, '')
    .replace(new RegExp(`\\b\\d{1,4}(?:st|nd|rd|th)?\\b|${MONTH}`, 'gi'), '')
    .replace(SLAVIC_MONTH_WORD, '')
    .replace(/[\s,.:;/|()–—-]+/g, '');
  return leftover.length === 0;
}
