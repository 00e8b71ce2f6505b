// extractClaims: direct quotes and reported speech in an article's stored text, each with the
// speaker when the text names one. Every claim satisfies text.slice(start, end) === claim.text.
import { paragraphRanges } from '../text/paragraphs';
import type { TextRange } from '../text/ranges';
import { sentenceRanges } from '../text/sentences';
import { findAccordingTo } from './according-to';
import { attributeQuotes } from './attribution';
import { findQuotes, type QuoteSpan } from './quotes';
import { findReported } from './reported';
import { findSpeechSites, type SpeechSite } from './sites';
import { SpeakerResolver } from './speakers';
import type { ClaimDraft } from './types';

export type { ClaimDraft, ClaimKind } from './types';

type Sentence = TextRange & { paragraph: number };

/** First index in the sorted `items` whose `end` is past `pos` (binary search). */
function firstEndingAfter<T extends { end: number }>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function extractClaims(text: string): ClaimDraft[] {
  const paragraphs = paragraphRanges(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    for (const s of sentenceRanges(text, p)) sentences.push({ ...s, paragraph: i });
  });
  const sentenceOf = (pos: number): Sentence => {
    const i = Math.min(firstEndingAfter(sentences, pos), sentences.length - 1);
    return sentences[i] ?? { start: 0, end: text.length, paragraph: 0 };
  };
  const quotes = findQuotes(text, paragraphs);
  const quoteEnds = quotes.map((q) => ({ ...q, end: q.close }));
  const quotesIn = (range: TextRange): QuoteSpan[] => {
    const found: QuoteSpan[] = [];
    for (let i = firstEndingAfter(quoteEnds, range.start); i < quotes.length && quotes[i]!.open < range.end; i++) found.push(quotes[i]!);
    return found;
  };

  const sites = findSpeechSites(text, sentenceOf, quotes);
  const resolver = new SpeakerResolver(text);
  // Resolve every site in text order, so "he" and "she" point to the last named person before.
  const siteSpeaker = new Map<SpeechSite, string | null>();
  for (const site of sites) {
    const name = resolver.resolve(site.subject, site.verb.start);
    siteSpeaker.set(site, name);
    if (name && site.subject && site.subject.kind !== 'pronoun' && resolver.isPerson(site.subject)) {
      resolver.noteSpeaker(name, site.verb.start);
    }
  }
  const speakerOf = (site: SpeechSite): string | null => siteSpeaker.get(site) ?? null;

  const claims: ClaimDraft[] = [];
  for (const { quote, speaker } of attributeQuotes(text, quotes, sentenceOf, sites, speakerOf, resolver)) {
    claims.push({ kind: 'direct', text: text.slice(quote.start, quote.end), speaker, start: quote.start, end: quote.end });
  }
  const named = (site: SpeechSite): boolean => {
    const s = site.subject;
    if (!s || !speakerOf(site)) return false;
    return s.kind !== 'generic' || /\p{Lu}/u.test(speakerOf(site) ?? '');
  };
  const indirect: ClaimDraft[] = [];
  for (const r of findReported(text, sites, quotesIn, named)) {
    indirect.push({ kind: 'indirect', text: text.slice(r.start, r.end), speaker: speakerOf(r.site), start: r.start, end: r.end });
  }
  for (const r of findAccordingTo(text, sentenceOf)) {
    const speaker = resolver.resolve(r.ref, r.at);
    if (speaker) indirect.push({ kind: 'indirect', text: text.slice(r.start, r.end), speaker, start: r.start, end: r.end });
  }
  // Claims of one kind never overlap: the earlier (then longer) one stays.
  indirect.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const c of indirect) {
    if (c.start < lastEnd) continue;
    claims.push(c);
    lastEnd = c.end;
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  return claims;
}
