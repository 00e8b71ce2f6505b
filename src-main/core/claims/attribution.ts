// Who said a direct quote: the speech verb right after it ("…,” Porter added), the one before
// it in the same sentence (Blinken responded that it’s a “bad joke”), "according to X", or the
// speaker of the quote just before (a quote paragraph that continues someone's words).
import type { TextRange } from '../text/ranges';
import { namedMentions, nameStartingAt, type NamedRef } from '../text/names';
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
  /** Where the speaker is named for this quote (the name's first character), when it is. */
  at: number | null;
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
    let at: number | null = null;
    const named = (ref: NamedRef | null): void => {
      at = ref && ref.kind !== 'pronoun' && ref.kind !== 'generic' && ref.kind !== 'unnamed' ? ref.start : null;
    };

    // 1. After the quote: "…,” Porter added" · "…,” said Dalton" · "…,” according to X".
    const endsClause = /[,?!—–-]\s*(?:["”»“]|'')?$/.test(text.slice(Math.max(q.open, q.close - 4), q.close)) || /^\s*[,—–]/.test(text.slice(q.close, q.close + 3));
    for (let k = si; endsClause && k < sites.length && sites[k]!.verb.start < tailLimit; k++) {
      const site = sites[k]!;
      if (site.verb.start < q.close || !site.subject || site.distant) continue;
      const subjectStart = site.inverted ? site.verb.start : site.subject.start;
      const gap = text.slice(q.close, subjectStart);
      if (!BETWEEN_QUOTE_AND_SUBJECT.test(gap) && !(site.inverted === false && npOnly(gap))) continue;
      speaker = speakerOf(site);
      found = true;
      named(site.subject);
      break;
    }
    if (!found && endsClause) {
      const according = ACCORDING_TO.exec(text.slice(q.close, tailLimit));
      if (according) {
        const from = q.close + according[0].length;
        const stop = /[,;:!?]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Adm|Maj|Cmdr|\p{Lu}))\./u.exec(text.slice(from, tailLimit));
        const ref = nameStartingAt(text, from, stop ? from + stop.index : tailLimit);
        if (ref && ref.kind !== 'generic') {
          speaker = resolver.resolve(ref, from);
          found = speaker !== null;
          named(ref);
        }
      }
    }
    // 1b. A speaker after a dash: "“…” — Karin Holt, logistics manager".
    if (!found) {
      const dash = /^[^\S\n]*(?:[—–]|-{1,2}(?=\s))[^\S\n]*/.exec(text.slice(q.close, q.close + 5));
      if (dash) {
        const from = q.close + dash[0].length;
        const lineEnd = text.indexOf('\n', from);
        const limit = Math.min(lineEnd < 0 ? text.length : lineEnd, from + 150);
        const stop = /[,;:!?(]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Adm|Maj|Cmdr|\p{Lu}))\./u.exec(text.slice(from, limit));
        const ref = nameStartingAt(text, from, stop ? from + stop.index : limit);
        if (ref && (ref.kind === 'person' || ref.kind === 'entity' || ref.kind === 'institution') && ref.start === from) {
          speaker = resolver.resolve(ref, from);
          found = speaker !== null;
          named(ref);
        }
      }
    }
    // 2. Before the quote in the same sentence: the last speech verb with a subject.
    if (!found) {
      const from = Math.max(sentence.start, prev && prev.paragraph === q.paragraph ? prev.close : 0);
      for (let k = si; k < sites.length && sites[k]!.verb.start < q.open; k++) {
        const site = sites[k]!;
        if (site.verb.start < from) continue;
        // "…, writing “…”": a participle speaks for the sentence's speaker before it.
        const owner = !site.subject && !site.info.finite ? ownerOf(sites, k) : null;
        if (owner) {
          speaker = speakerOf(owner);
          found = speaker !== null;
          named(owner.subject);
          continue;
        }
        if (!site.subject && !site.info.finite && /,\s*$/.test(text.slice(site.sentence.start, site.verb.start))) {
          // "Flea shared the news, writing “…”": the name opening the sentence.
          const ref = nameStartingAt(text, site.sentence.start, site.verb.start);
          if (ref && ref.start - site.sentence.start <= 4 && (ref.kind === 'person' || ref.kind === 'entity' || ref.kind === 'institution')) {
            speaker = resolver.resolve(ref, ref.start);
            found = speaker !== null;
            named(ref);
          }
          continue;
        }
        if (!site.subject || site.distant) continue;
        speaker = speakerOf(site);
        found = speaker !== null;
        named(site.subject);
      }
    }
    // 2c. A quote opening the paragraph after one ending with a colon ("X released this statement:").
    if (!found && paragraphStartsWithQuote(text, q)) {
      const colon = /:[^\S\n]*\n\s*$/.exec(text.slice(Math.max(0, q.open - 8), q.open)) ? text.lastIndexOf(':', q.open) : -1;
      if (colon > 0) {
        const lead = sentenceOf(colon);
        let site: SpeechSite | null = null;
        for (const s of sites) {
          if (s.verb.start >= colon) break;
          if (s.verb.start >= lead.start && (s.subject || !s.info.finite)) site = s.subject ? s : ownerOf(sites, sites.indexOf(s));
        }
        const ref = site ? site.subject : colon - lead.start <= 200 ? colonSpeaker(text, lead.start, colon) : null;
        if (site && ref && !site.distant) {
          speaker = speakerOf(site);
          found = speaker !== null;
          named(ref);
        } else if (!site && ref) {
          speaker = resolver.resolve(ref, ref.start);
          found = speaker !== null;
          named(ref);
        }
      }
    }
    // 2a. A quote introduced by a colon after words naming the speaker: "X was blunt: “…”".
    if (!found && /:[^\S\n]*$/.test(text.slice(Math.max(sentence.start, q.open - 3), q.open))) {
      const colon = text.lastIndexOf(':', q.open);
      const from = Math.max(sentence.start, prev && prev.paragraph === q.paragraph ? prev.close : 0);
      if (colon - from > 0 && colon - from <= 160 && !/["“”«»„]/.test(text.slice(from, colon))) {
        const ref = colonSpeaker(text, from, colon);
        if (ref) {
          speaker = resolver.resolve(ref, ref.start);
          found = speaker !== null;
          named(ref);
        }
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
      const namedAfter = /^[\s,]*(?:[^\s,]\S*\s+){0,3}\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(text.slice(q.close, tailLimit));
      if (standsAlone && prevSpeaker && adjacentPara && !namedAfter) speaker = prevSpeaker;
    }
    out.push({ quote: q, speaker, at });
  });
  return out;
}

/** The speaker named by the words before a colon: a leading pronoun, else the first person, else the first name. */
function colonSpeaker(text: string, from: number, colon: number): NamedRef | null {
  const lead = /^\s*(he|she)\b/i.exec(text.slice(from, colon));
  if (lead) return { kind: 'pronoun', name: lead[1]!.toLowerCase(), start: from + lead.index };
  const mentions = namedMentions(text.slice(from, colon)).map((r) => ({ ...r, start: r.start + from }));
  const person = mentions.find((r) => r.kind === 'person');
  if (person) return person;
  const first = mentions[0];
  // A single name opening the clause ("Brevik had a message for the union:").
  return first && first.start === from + (/^\s*/.exec(text.slice(from, colon))?.[0].length ?? 0) && first.kind !== 'generic' ? first : null;
}

/** The finite speech site with a subject that a participle at `sites[k]` continues, in its sentence. */
function ownerOf(sites: readonly SpeechSite[], k: number): SpeechSite | null {
  const sentence = sites[k]!.sentence;
  for (let i = k - 1; i >= 0 && sites[i]!.sentence === sentence; i--) {
    const s = sites[i]!;
    if (s.subject && s.info.finite && !s.distant) return s;
  }
  return null;
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
  if (g.length > 80 || /[.!?;:"“”«»]/.test(g.replace(/\b(?:\p{L}\.)+|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Adm)\./gu, ''))) return false;
  return g.split(/\s+/).filter(Boolean).length <= 6;
}
