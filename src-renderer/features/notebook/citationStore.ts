// What a citation chip shows, per citation target ("claim:12"), fetched once and shared by every
// chip pointing there. Seeded from notes.get / notes.save (which resolve citations server-side)
// and from the reader when a claim is cited; anything else is looked up on first render.
import { useSyncExternalStore } from 'react';
import { citationTarget, type CitationRef, type CitationView, type Note, type QuoteContext } from '../../../src-main/api/contract/methods';
import { api } from '../../api/client';
import { sentenceAround } from './sentence';

export interface ChipInfo {
  quote: string | null;
  speaker: string | null;
  articleId: number | null;
  articleTitle: string | null;
  claimId: number | null;
  broken: boolean;
  outlet?: string | null;
  published?: string | null;
  /** The sentence around the quote, when known. */
  context?: QuoteContext | null;
  /** Where the quote sits in the article's text, when known (to find its context). */
  start?: number;
  end?: number;
}

export type ChipEntry = { status: 'loading' } | { status: 'ready'; info: ChipInfo };

const entries = new Map<string, ChipEntry>();
const listeners = new Set<() => void>();
const LOADING: ChipEntry = { status: 'loading' };

function emit(): void {
  for (const l of listeners) l();
}

function set(target: string, info: ChipInfo): void {
  entries.set(target, { status: 'ready', info });
}

function fromView(v: CitationView): ChipInfo {
  return {
    quote: v.quote,
    speaker: v.speaker,
    articleId: v.articleId,
    articleTitle: v.articleTitle,
    claimId: v.ref.kind === 'claim' ? v.ref.claimId : null,
    broken: v.broken,
    outlet: v.outlet,
    published: v.published,
    context: v.context ?? null,
    ...(v.ref.kind === 'article' ? { start: v.ref.start, end: v.ref.end } : {}),
  };
}

/** Same facts (so a chip showing `a` need not be repainted for `b`)? */
function sameInfo(a: ChipInfo, b: ChipInfo): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ChipInfo)[]);
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (k === 'context' && x && y && typeof x === 'object' && typeof y === 'object' && x.before === y.before && x.after === y.after) continue;
    return false;
  }
  return true;
}

/**
 * Every citation of a note as the service resolved it (the authority on "broken"). Entries
 * whose facts did not change keep their identity, so after an autosave nothing repaints.
 */
export function seedFromNote(note: Pick<Note, 'citations'>): void {
  let changed = false;
  for (const v of note.citations) {
    const prev = entries.get(v.target);
    // The context known for the hover card stays when the service's view has none (a save's
    // answer leaves it out for citations already saved).
    const known = prev?.status === 'ready' ? prev.info.context : null;
    const info = { ...fromView(v), context: v.context ?? known ?? null };
    if (prev?.status === 'ready' && sameInfo(prev.info, info)) continue;
    set(v.target, info);
    changed = true;
  }
  if (changed) emit();
}

/** A claim the reader already holds (so a fresh chip shows at once). */
export function seedClaim(
  claim: { id: number; text: string; speaker: string | null; articleId: number; start?: number; end?: number },
  articleTitle: string | null,
  source: { outlet?: string | null; published?: string | null; context?: QuoteContext | null } = {},
): void {
  const target = citationTarget({ kind: 'claim', claimId: claim.id });
  if (entries.get(target)?.status === 'ready') return;
  set(target, {
    quote: claim.text,
    speaker: claim.speaker,
    articleId: claim.articleId,
    articleTitle,
    claimId: claim.id,
    broken: false,
    ...(claim.start !== undefined && claim.end !== undefined ? { start: claim.start, end: claim.end } : {}),
    ...source,
  });
  emit();
}

/** Fills in a citation's context (and source facts) from its article, once, for the hover card. */
export async function loadContext(target: string): Promise<void> {
  const entry = entries.get(target);
  if (entry?.status !== 'ready') return;
  const info = entry.info;
  if (info.context || info.broken || info.articleId === null || info.start === undefined || info.end === undefined) return;
  const a = await article(info.articleId);
  if (!a) return;
  set(target, {
    ...info,
    context: sentenceAround(a.text, info.start, info.end),
    outlet: info.outlet ?? a.outlet,
    published: info.published ?? a.published,
  });
  emit();
}

/** Forget everything (e.g. after articles were deleted or re-imported). */
export function resetCitations(): void {
  entries.clear();
  emit();
}

interface ArticleFacts {
  title: string;
  text: string;
  outlet: string | null;
  published: string | null;
}

const titles = new Map<number, Promise<ArticleFacts | null>>();

function article(id: number): Promise<ArticleFacts | null> {
  let p = titles.get(id);
  if (!p) {
    p = api.call('articles.get', { id }).then(
      (a) => ({ title: a.title, text: a.text, outlet: a.outlet, published: a.published }),
      () => null,
    );
    titles.set(id, p);
  }
  return p;
}

const inflight = new Set<string>();

async function resolve(ref: CitationRef): Promise<ChipInfo> {
  const broken: ChipInfo = { quote: null, speaker: null, articleId: null, articleTitle: null, claimId: null, broken: true };
  if (ref.kind === 'claim') {
    const claims = await api.call('claims.list', {});
    const claim = claims.find((c) => c.id === ref.claimId);
    if (!claim) return { ...broken, claimId: ref.claimId };
    const a = await article(claim.articleId);
    return {
      quote: claim.text,
      speaker: claim.speaker,
      articleId: claim.articleId,
      articleTitle: a?.title ?? null,
      claimId: claim.id,
      broken: !a || claim.status === 'rejected',
      outlet: a?.outlet ?? null,
      published: a?.published ?? null,
      start: claim.start,
      end: claim.end,
      context: a ? sentenceAround(a.text, claim.start, claim.end) : null,
    };
  }
  const a = await article(ref.articleId);
  if (!a || ref.end > a.text.length) return { ...broken, articleId: ref.articleId };
  return {
    quote: a.text.slice(ref.start, ref.end),
    speaker: null,
    articleId: ref.articleId,
    articleTitle: a.title,
    claimId: null,
    broken: false,
    outlet: a.outlet,
    published: a.published,
    start: ref.start,
    end: ref.end,
    context: sentenceAround(a.text, ref.start, ref.end),
  };
}

function load(ref: CitationRef): void {
  const target = citationTarget(ref);
  if (entries.has(target) || inflight.has(target)) return;
  inflight.add(target);
  resolve(ref)
    .catch((): ChipInfo => ({ quote: null, speaker: null, articleId: null, articleTitle: null, claimId: null, broken: true }))
    .then((info) => {
      inflight.delete(target);
      if (!entries.has(target)) {
        set(target, info);
        emit();
      }
    });
}

/** Calls `listener` whenever any entry changes; returns the unsubscribe. */
export function subscribeCitations(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What a chip for `ref` shows now; starts looking it up when nothing is known yet. */
export function citationEntry(ref: CitationRef): ChipEntry {
  const target = citationTarget(ref);
  const entry = entries.get(target);
  if (entry) return entry;
  load(ref);
  return LOADING;
}

/** What is known of a citation target, without looking anything up. */
export function knownEntry(target: string): ChipEntry | undefined {
  return entries.get(target);
}

/** The entry of one citation target (or null), kept current in a component. */
export function useCitationEntry(target: string | null): ChipEntry | null {
  return useSyncExternalStore(subscribeCitations, () => (target === null ? null : (entries.get(target) ?? LOADING)));
}
