// Dates in Russian and Ukrainian claims ("3 марта", "в четверг", "в прошлом месяце", "минулого
// тижня") through chrono-node's ru and uk parsers, always against the publication date; and the
// numbers a claim states, in figures or in words. The same shapes as the English reader's (../dates).
import * as chrono from 'chrono-node';
import { pastMention, type Fact, type PrecisionWords, type SaidOn } from '../dates';
import { wordNumbers } from './numerals';

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const parserOf = (lang: 'ru' | 'uk'): Pick<typeof chrono.ru, 'parse'> => (lang === 'uk' ? chrono.uk : chrono.ru);
/** Words of a week or a month, for the precision of a relative date. */
const SLAVIC_WORDS: PrecisionWords = { week: /недел|тиждень|тижня|тижні/i, month: /месяц|місяц/i };
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:[\s\u00a0]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(%|процент\p{L}*|відсот\p{L}*|млн|млрд|тыс\.|тис\.)|\s+(\p{Ll}{3,}))?/gu;

/**
 * Words without which chrono's Russian and Ukrainian parsers find no date (a figure, a month, a
 * weekday, a unit of time, a relative word): most claims have none, and parsing is the costly part.
 */
const DATE_CUE =
  /\d|январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|травн|червн|липн|серп|верес|жовт|листопад|груд|понедельн|вторник|сред|четвер|пятниц|п[’'`]?ятниц|суббот|субот|воскрес|понеділ|вівтор|серед|неділ|сегодня|вчера|завтра|сьогодні|вчора|недел|тижн|тижд|месяц|місяц|год|рок|рік|лет|літ|день|дня|дне|днів|час|годин|утр|вечер|ранк|ноч|ніч|минут|хвилин|секунд|сейчас|зараз|тепер|прошл|минул|следующ|наступн|ближайш|найближч|полдень|полночь|опівдні|північ|сут|выходн|вихідн|полгод|півр|квартал|весн|зим|осен|осін/i;

/** When what `context` attributes was said: a date it names, else the publication date (unknown precision). */
export function slavicSaidOn(context: string, ref: Date | null, lang: 'ru' | 'uk'): SaidOn | null {
  if (!ref) return null;
  const r = DATE_CUE.test(context) ? parserOf(lang).parse(context, { instant: ref, timezone: 0 }, { forwardDate: false })[0] : undefined;
  if (!r) return { date: iso(ref), precision: 'unknown' };
  return pastMention(r, ref, SLAVIC_WORDS);
}

/** Dates and numbers stated in `text.slice(start, end)`, with offsets in `text`. */
export function slavicFacts(text: string, start: number, end: number, ref: Date | null, lang: 'ru' | 'uk'): Fact[] {
  const claim = text.slice(start, end);
  const facts: Fact[] = [];
  const taken: [number, number][] = [];
  for (const r of DATE_CUE.test(claim) ? parserOf(lang).parse(claim, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false }) : []) {
    if (!r.start.isCertain('month') && !r.start.isCertain('weekday')) continue;
    if (!ref && !r.start.isCertain('month')) continue;
    const d = r.start.date();
    const value = ref || r.start.isCertain('year') ? iso(d) : `--${iso(d).slice(5)}`;
    facts.push({ kind: 'date', value, text: r.text, start: start + r.index, end: start + r.index + r.text.length });
    taken.push([r.index, r.index + r.text.length]);
  }
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(claim); m; m = NUMBER.exec(claim)) {
    const at = m.index;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    const value = Number(m[1]!.replace(/[\s\u00a0]/g, '').replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    const unit = m[2] ?? m[3];
    facts.push({ kind: 'number', value, ...(unit ? { unit } : {}), text: m[0], start: start + at, end: start + at + m[0].length });
  }
  for (const n of wordNumbers(claim)) {
    if (taken.some(([a, b]) => n.start < b && n.end > a) || facts.some((f) => f.start - start < n.end && f.end - start > n.start)) continue;
    // The counted thing, as for figures: the word after the number ("двадцать пять дипломатов").
    const unit = /^\s+(\p{Ll}{3,})/u.exec(claim.slice(n.end))?.[1];
    const end = unit ? claim.indexOf(unit, n.end) + unit.length : n.end;
    facts.push({ kind: 'number', value: n.value, ...(unit ? { unit } : {}), text: claim.slice(n.start, end), start: start + n.start, end: start + end });
  }
  return facts.sort((a, b) => a.start - b.start);
}
