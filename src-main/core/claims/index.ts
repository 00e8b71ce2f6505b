// extractClaims: direct quotes and reported speech in an article's stored text, each with the
// speaker when the text names one. Every claim satisfies text.slice(start, end) === claim.text.
import { paragraphRanges } from '../text/paragraphs';
import type { TextRange } from '../text/ranges';
import { sentenceRanges } from '../text/sentences';
import { findAccordingTo } from './according-to';
import { attributeQuotes } from './attribution';
import { findQuotes, type QuoteSpan } from './quotes';
import { claimFeatures, keeps, type Origin } from './filter';
import { findLabelled } from './labelled';
import { findReported } from './reported';
import { findSpeechSites, type SpeechSite } from './sites';
import { SpeakerResolver } from './speakers';
import { factsIn, referenceDate, saidOnFrom } from './dates';
import { channelOf, viaOf } from './provenance';
import { roleAt } from './roles';
import type { ClaimDraft } from './types';
import { paragraphLanguages } from './slavic/language';
import { extractSlavic, type SlavicParagraph } from './slavic/extract';
import { slavicFacts, slavicSaidOn } from './slavic/dates';

export type { Channel, ClaimDraft, ClaimKind, Fact, SaidOn } from './types';
export type { DatePrecision } from './dates';

type Sentence = TextRange & { paragraph: number };

/** A wire dateline ("Feb. 28 (UPI) --", "GENEVA, Oct. 20 (Wire) —"): the publication date, not the statement's. */
const DATELINE = /^(?:\p{Lu}[\p{Lu}\s.'’-]+,\s+)?\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+(?:\([^)]{1,40}\)\s*)?(?:[-—–]+)/u;
const DATELINE_INSIDE = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Lu}\s.'’-]+,\s+)?\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\([^)]{1,40}\)\s*[-—–]+/u;

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

export interface ExtractOptions {
  /** The article's publication date (ISO), the reference for relative dates. */
  published?: string | null;
  /** The article's language when known ('en', 'ru', 'uk'); each paragraph's own is detected. */
  language?: string | null;
}

/**
 * Claims of the whole article, each paragraph read by its language's extractor: Russian and
 * Ukrainian paragraphs by ./slavic, the others by the English rules.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ClaimDraft[] {
  return build(text, options, (features) => keeps(features));
}

/** Every candidate the rules propose, unfiltered, with its filter features (for training the filter). */
export function claimCandidates(text: string): { claim: ClaimDraft; features: string[] }[] {
  const out: { claim: ClaimDraft; features: string[] }[] = [];
  build(text, {}, (features, claim) => {
    out.push({ claim, features });
    return true;
  });
  return out;
}

/** Decides whether the claim filter keeps a candidate (the trained filter, or every one for training). */
type Keep = (features: string[], claim: ClaimDraft) => boolean;

function build(text: string, options: ExtractOptions, keep: Keep): ClaimDraft[] {
  const paragraphs = paragraphRanges(text);
  const langs = paragraphLanguages(text, paragraphs, options.language ?? null);
  const slavic: SlavicParagraph[] = [];
  paragraphs.forEach((p, index) => {
    const lang = langs[index];
    if (lang === 'ru' || lang === 'uk') slavic.push({ ...p, index, lang });
  });
  if (slavic.length === 0) return extractEnglish(text, options, keep);
  const ref = referenceDate(options.published);
  const own = extractSlavic(text, slavic);
  /** The Slavic paragraph holding `pos` (binary search), or null. */
  const paragraphAt = (pos: number): SlavicParagraph | null => {
    const i = firstEndingAfter(slavic, pos);
    const p = slavic[i];
    return p && p.start <= pos ? p : null;
  };
  for (const c of own) {
    const para = paragraphAt(c.start)!;
    c.facts = slavicFacts(text, c.start, c.end, ref, para.lang);
    // When it was said: the words around the claim in its paragraph, the claim itself left out.
    c.saidOn = slavicSaidOn(`${text.slice(para.start, c.start)} ${text.slice(c.end, para.end)}`, ref, para.lang);
  }
  if (slavic.length === paragraphs.length) return own;
  const inSlavic = (pos: number): boolean => paragraphAt(pos) !== null;
  return [...extractEnglish(text, options, keep).filter((c) => !inSlavic(c.start)), ...own].sort((a, b) => a.start - b.start || a.end - b.end);
}

function extractEnglish(text: string, options: ExtractOptions, keep: Keep): ClaimDraft[] {
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
    } else if (name && site.subject && site.subject.kind !== 'pronoun' && site.subject.kind !== 'unnamed') {
      resolver.noteActor(name, site.verb.start);
    } else if (name && site.subject?.kind === 'unnamed') {
      resolver.noteGroup(name, site.verb.start);
    }
  }
  // A site made for a participle's own subject ("…, saying") is resolved when it is met.
  const speakerOf = (site: SpeechSite): string | null =>
    siteSpeaker.has(site) ? siteSpeaker.get(site)! : site.subject ? resolver.resolve(site.subject, site.verb.start) : null;

  const claims: ClaimDraft[] = [];
  /** Where each claim's speaker is named for it (for the role), when it is. */
  const namedAt = new Map<ClaimDraft, number>();
  const nameStart = (ref: SpeechSite['subject']): number | null =>
    ref && ref.kind !== 'pronoun' && ref.kind !== 'generic' && ref.kind !== 'unnamed' ? ref.start : null;
  const offer = (list: ClaimDraft[], c: ClaimDraft, origin: Origin, at: number | null): void => {
    if (!keep(claimFeatures(text, c, origin), c)) return;
    if (at !== null) namedAt.set(c, at);
    list.push(c);
  };
  for (const { quote, speaker, at } of attributeQuotes(text, quotes, sentenceOf, sites, speakerOf, resolver)) {
    const c: ClaimDraft = { kind: 'direct', text: text.slice(quote.start, quote.end), speaker, start: quote.start, end: quote.end };
    offer(claims, c, { shape: `quote:${at !== null ? 'named' : speaker ? 'carried' : 'none'}` }, at);
  }
  const indirect: ClaimDraft[] = [];
  for (const r of findReported(text, sites, quotesIn)) {
    const c: ClaimDraft = { kind: 'indirect', text: text.slice(r.start, r.end), speaker: speakerOf(r.site), start: r.start, end: r.end };
    offer(indirect, c, { shape: `reported:${r.shape}`, lemma: r.site.info.lemma, subject: r.site.subject?.kind ?? 'none' }, nameStart(r.site.subject));
  }
  const attributed = new Set<number>();
  for (const site of sites) if (site.subject && site.subject.kind !== 'unnamed' && site.info.bareClause) attributed.add(site.sentence.start);
  for (const r of findAccordingTo(text, sentenceOf, (s) => attributed.has(s.start))) {
    const speaker = resolver.resolve(r.ref, r.at);
    const c: ClaimDraft = { kind: 'indirect', text: text.slice(r.start, r.end), speaker, start: r.start, end: r.end };
    offer(indirect, c, { shape: `according:${r.shape}`, subject: r.ref?.kind ?? 'none' }, nameStart(r.ref));
  }
  for (const r of findLabelled(text, paragraphs, sentences)) {
    const c: ClaimDraft = { kind: 'indirect', text: text.slice(r.start, r.end), speaker: r.ref ? resolver.resolve(r.ref, r.ref.start) : null, start: r.start, end: r.end };
    offer(indirect, c, { shape: r.shape, subject: r.ref?.kind ?? 'none' }, r.ref ? r.ref.start : null);
  }
  // Claims of one kind never overlap: the earlier (then longer) one stays.
  indirect.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  const kept: ClaimDraft[] = [];
  for (const c of indirect) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  // A mixed quote (a report holding quoted words) is one reported claim: the quoted words
  // inside it are not listed again as a direct claim.
  let k = 0;
  const direct = claims.filter((d) => {
    while (k < kept.length && kept[k]!.end < d.end) k++;
    const r = kept[k];
    return !(r && r.start <= d.start && r.end >= d.end);
  });
  claims.length = 0;
  claims.push(...direct, ...kept);
  claims.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  enrich(text, claims, namedAt, sentenceOf, quotesIn, referenceDate(options.published));
  return claims;
}

/**
 * Adds role, channel, secondary source, date said and facts to each claim. The attribution
 * context is the claim's sentence(s) with every quoted passage and the claim itself blanked, so
 * the claim's own words ("by Jan. 30", "a statement") never count as its provenance.
 */
function enrich(
  text: string,
  claims: ClaimDraft[],
  namedAt: ReadonlyMap<ClaimDraft, number>,
  sentenceOf: (pos: number) => Sentence,
  quotesIn: (range: TextRange) => QuoteSpan[],
  ref: Date | null,
): void {
  const roles = new Map<string, string>();
  for (const c of claims) {
    const at = namedAt.get(c);
    if (at === undefined || !c.speaker || roles.has(c.speaker)) continue;
    const role = roleAt(text, sentenceOf(at).start, at);
    if (role) roles.set(c.speaker, role);
  }
  let prev: ClaimDraft | null = null;
  const saidOnCache = new Map<string, ReturnType<typeof saidOnFrom>>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const first = sentenceOf(c.start);
    const last = sentenceOf(Math.max(c.start, c.end - 1));
    let from = first.start;
    let to = last.end;
    if (to - from > 1500) {
      // A "sentence" this long is junk or a list: a small window around the claim only.
      from = Math.max(from, c.start - 200);
      to = Math.min(to, c.end + 200);
    }
    const blanks: [number, number][] = [];
    const blank = (s: number, e: number): void => {
      const a = Math.max(s, from);
      const b = Math.min(e, to);
      if (b > a) blanks.push([a, b]);
    };
    const qs = quotesIn({ start: from, end: to });
    for (let k = 0; k < qs.length && k < MAX_BLANKS; k++) blank(qs[k]!.start, qs[k]!.end);
    for (let k = i - 1; k >= 0 && i - k < MAX_BLANKS && claims[k]!.end > from - 2000; k--) blank(claims[k]!.start, claims[k]!.end);
    for (let k = i; k < claims.length && k - i < MAX_BLANKS && claims[k]!.start < to; k++) blank(claims[k]!.start, claims[k]!.end);
    let context = blankOut(text, from, to, blanks);
    const dateline = DATELINE.exec(context) ?? (/\)\s*[-—–]/.test(context) ? DATELINE_INSIDE.exec(context) : null);
    if (dateline) context = blankOut(context, 0, context.length, [[dateline.index, dateline.index + dateline[0].length]]);
    c.speakerRole = c.speaker ? roles.get(c.speaker) ?? null : null;
    c.channel = channelOf(context);
    c.via = viaOf(context, c.speaker);
    let saidOn = saidOnCache.get(context);
    if (saidOn === undefined) {
      saidOn = saidOnFrom(context, ref);
      saidOnCache.set(context, saidOn);
    }
    c.saidOn = saidOn && { ...saidOn };
    // A quote continuing the previous one (no attribution of its own) shares its provenance.
    if (prev && c.kind === 'direct' && prev.kind === 'direct' && c.speaker && c.speaker === prev.speaker && !namedAt.has(c)) {
      c.channel ??= prev.channel ?? null;
      c.via ??= prev.via ?? null;
      if (c.saidOn?.precision === 'unknown' && prev.saidOn) c.saidOn = prev.saidOn;
    }
    c.facts = factsIn(text, c.start, c.end, ref);
    if (c.kind === 'direct') prev = c;
  }
}

/** At most this many neighbouring quotes and claims are blanked in one claim's context. */
const MAX_BLANKS = 12;

/** `text.slice(from, to)` with the given ranges (absolute offsets) replaced by spaces. */
function blankOut(text: string, from: number, to: number, ranges: [number, number][]): string {
  if (ranges.length === 0) return text.slice(from, to);
  ranges.sort((x, y) => x[0] - y[0]);
  let out = '';
  let p = from;
  for (const [a, b] of ranges) {
    if (b <= p) continue;
    const s = Math.max(a, p);
    out += text.slice(p, s) + ' '.repeat(b - s);
    p = b;
  }
  return out + text.slice(p, to);
}
