// One readable sentence for a suggested conflict: what the two statements share and where they
// differ, e.g. `Both about "expulsion" (diplomats): Porter denies it ("not an expulsion"),
// Russia asserts it ("amounts to expulsion")`.
import type { DateFact, Features } from './features';
import type { Finding, PairScore } from './score';

const CYRILLIC = /[\u0400-\u04ff]/;

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "Jan. 30" (or "Jan. 30, 2022"): a fact's date in one style whatever the article wrote. */
function dateLabel(d: DateFact): string {
  const month = MONTHS[Number(d.monthDay.slice(0, 2)) - 1] ?? d.monthDay;
  const day = `${month} ${Number(d.monthDay.slice(3))}`;
  return d.year === null ? day : `${day}, ${d.year}`;
}

function clause(f: Finding, a: string, b: string): string {
  switch (f.signal) {
    case 'polarity': {
      if (f.key === null) return `${a} says "${f.a}", ${b} the opposite ("${f.b}")`;
      const [denier, asserter] = f.denier === 'a' ? [a, b] : [b, a];
      return `${denier} denies it ("${f.denied}"), ${asserter} asserts it ("${f.asserted}")`;
    }
    case 'number':
      return `${a} gives ${f.a.text}, ${b} ${f.b.text}`;
    case 'date': {
      const what = f.a.deadline && f.b.deadline ? 'a deadline of ' : '';
      return `${a} gives ${what}${dateLabel(f.a)}, ${b} ${dateLabel(f.b)}`;
    }
    case 'framing':
      return `${a} calls ${f.act} "${f.a}", ${b} "${f.b}"`;
  }
}

/** Who each side is in the sentence: the speakers by name (never a placeholder letter). */
function names(fa: Features, fb: Features): [string, string] {
  const a = fa.claim.speaker?.trim();
  const b = fb.claim.speaker?.trim();
  if (a && b) return a.toLowerCase() === b.toLowerCase() ? [a, `${b} elsewhere`] : [a, b];
  if (a) return [a, 'an unnamed source'];
  if (b) return ['an unnamed source', b];
  return ['one unnamed source', 'another'];
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What two claims sharing no word have in common: "a deadline in March", "a count of people". */
function factsInCommon(fa: Features, fb: Features): string {
  const shared = [...fa.facets].filter((f) => fb.facets.has(f));
  const month = shared.find((f) => f.startsWith('#m:'));
  const count = shared.find((f) => f.startsWith('#q:'));
  const parts: string[] = [];
  if (month) parts.push(`${shared.includes('#deadline') ? 'a deadline' : 'a date'} in ${MONTH_NAMES[Number(month.slice(3)) - 1] ?? 'the same month'}`);
  else if (shared.includes('#deadline')) parts.push('a deadline');
  if (count) parts.push(count === '#q:persons' ? 'a count of people' : `a count of ${count.slice(3)}`);
  return parts.length ? parts.join(' and ') : 'the same facts';
}

export function reasonFor(fa: Features, fb: Features, pair: PairScore): string {
  const [a, b] = names(fa, fb);
  const polarityKey = pair.findings.find((f) => f.signal === 'polarity')?.key;
  // The contested word first, then what else they share.
  const shared = [...pair.shared].sort((x, y) => Number(y.key === polarityKey) - Number(x.key === polarityKey));
  const [head, ...rest] = shared.map((s) => s.surface);
  // One concept written in two scripts ("высылки" / "expulsion") is named in both.
  const other = shared[0] ? fb.keys.get(shared[0].key)?.surface : undefined;
  const headText = head !== undefined && other && CYRILLIC.test(head) !== CYRILLIC.test(other) ? `"${head}" / "${other}"` : `"${head}"`;
  const extra = rest.slice(0, 3);
  const dates = pair.findings.find((f) => f.signal === 'date') ? [] : fa.dates.filter((d) => fb.dates.some((e) => e.monthDay === d.monthDay)).map(dateLabel);
  const context = [...extra, ...dates.slice(0, 1)];
  const frame = pair.findings.find((f) => f.signal === 'framing');
  const about =
    head === undefined && frame ? `Both about ${frame.act}` : head === undefined ? `Both about ${factsInCommon(fa, fb)}` : `Both about ${headText}${context.length ? ` (${context.join(', ')})` : ''}`;
  return `${about}: ${pair.findings.map((f) => clause(f, a, b)).join('; ')}`;
}
