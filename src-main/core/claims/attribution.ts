// Who said a direct quote: the speech verb right after it ("…,” Porter added), the one before
// it in the same sentence (Blinken responded that it’s a “bad joke”), "according to X", or the
// speaker of the quote just before (a quote paragraph that continues someone's words).
import type { TextRange } from '../text/ranges';
import { nameStartingAt } from '../text/names';
import type { QuoteSpan } from './quotes';
import type { SpeechSite } from './sites';
import type { SpeakerResolver } from './speakers';

/** How far after a quote its attribution may be looked for. */
const TAIL_CHARS = 300;
const BETWEEN_QUOTE_AND_SUBJECT = /^[\s,—–-]*$/;
const ACCORDING_TO = /^[\s,—–-]*according\s+to\s+/i;

export interface Attributed {
  quote: QuoteSpan;
  speaker: string | null;
}

export function attributeQuotes(
  text: string,
  quotes: readonly QuoteSpan[],
  sentenceOf: (pos: number) => TextRange,
  sites: readonly SpeechSite[],
  speakerOf: (site: SpeechSite) => string | null,
  resolver: SpeakerResolver,
): Attributed[] {
  const out: Attributed[] = [];
  let si = 0;
  quotes.forEach((q, qIndex) => {
    const sentence = sentenceOf(q.open);
    const prev = qIndex > 0 ? quotes[qIndex - 1]! : null;
    const next = quotes[qIndex + 1];
    const tailLimit = Math.min(
      next && next.paragraph === q.paragraph ? next.open : Number.MAX_SAFE_INTEGER,
      sentenceOf(Math.max(q.close - 1, q.open)).end,
      q.close + TAIL_CHARS,
    );
    while (si < sites.length && sites[si]!.verb.start < sentence.start) si++;
    let speaker: string | null = null;
    let found = false;

    // 1. After the quote: "…,” Porter added" · "…,” said Dalton" · "…,” according to X".
    const endsClause = /[,?!—–-]\s*["”»“]?$/.test(text.slice(Math.max(q.open, q.close - 4), q.close)) || /^\s*[,—–]/.test(text.slice(q.close, q.close + 3));
    for (let k = si; endsClause && k < sites.length && sites[k]!.verb.start < tailLimit; k++) {
      const site = sites[k]!;
      if (site.verb.start < q.close || !site.subject) continue;
      const subjectStart = site.inverted ? site.verb.start : site.subject.start;
      const gap = text.slice(q.close, subjectStart);
      if (!BETWEEN_QUOTE_AND_SUBJECT.test(gap) && !(site.inverted === false && npOnly(gap))) continue;
      speaker = speakerOf(site);
      found = true;
      break;
    }
    if (!found && endsClause) {
      const according = ACCORDING_TO.exec(text.slice(q.close, tailLimit));
      if (according) {
        const from = q.close + according[0].length;
        const stop = /[,.;:!?]/.exec(text.slice(from, tailLimit));
        const ref = nameStartingAt(text, from, stop ? from + stop.index : tailLimit);
        if (ref && ref.kind !== 'generic') {
          speaker = resolver.resolve(ref, from);
          found = speaker !== null;
        }
      }
    }
    // 2. Before the quote in the same sentence: the last speech verb with a subject.
    if (!found) {
      const from = Math.max(sentence.start, prev && prev.paragraph === q.paragraph ? prev.close : 0);
      for (let k = si; k < sites.length && sites[k]!.verb.start < q.open; k++) {
        const site = sites[k]!;
        if (site.verb.start < from || !site.subject) continue;
        speaker = speakerOf(site);
        found = speaker !== null;
      }
    }
    // 2b. Another quote earlier in the same sentence: "X said that “…” and that “…”".
    if (!found && prev && prev.paragraph === q.paragraph && sentenceOf(prev.open) === sentence && out.length > 0) {
      speaker = out[out.length - 1]!.speaker;
      found = speaker !== null;
    }
    // 3. A quote standing alone right after someone's quote continues their words.
    if (!found && prev && out.length > 0) {
      const standsAlone = /^[\s]*$/.test(text.slice(sentence.start, q.open)) || q.open === sentence.start;
      const prevSpeaker = out[out.length - 1]!.speaker;
      const adjacentPara = prev.paragraph === q.paragraph || (prev.paragraph === q.paragraph - 1 && paragraphStartsWithQuote(text, q));
      // …unless a name follows it in its own sentence (an attribution in words we do not know).
      const namedAfter = /^[\s,]*(?:\S+\s+){0,3}\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(text.slice(q.close, tailLimit));
      if (standsAlone && prevSpeaker && adjacentPara && !namedAfter) speaker = prevSpeaker;
    }
    out.push({ quote: q, speaker });
  });
  return out;
}

/** A paragraph opening with this quote's mark. */
function paragraphStartsWithQuote(text: string, q: QuoteSpan): boolean {
  let i = q.open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** Words that may stand between a quote and the subject's name ("department spokesperson"). */
function npOnly(gap: string): boolean {
  const g = gap.replace(/^[\s,—–-]+/, '');
  if (g.length > 80 || /[.!?;:"“”«»]/.test(g.replace(/\b(?:\p{L}\.)+/gu, ''))) return false;
  return g.split(/\s+/).filter(Boolean).length <= 6;
}
