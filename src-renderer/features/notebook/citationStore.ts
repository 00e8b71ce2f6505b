// What a citation chip shows, per citation target ("claim:12"), fetched once and shared by every
// chip pointing there. Seeded from notes.get / notes.save (which resolve citations server-side)
// and from the reader when a claim is cited; anything else is looked up on first render.
import { useEffect, useSyncExternalStore } from 'react';
import { citationTarget, type CitationRef, type CitationView, type Note } from '../../../src-main/api/contract/methods';
import { api } from '../../api/client';

export interface ChipInfo {
  quote: string | null;
  speaker: string | null;
  articleId: number | null;
  articleTitle: string | null;
  claimId: number | null;
  broken: boolean;
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
  };
}

/** Every citation of a note as the service resolved it (the authority on "broken"). */
export function seedFromNote(note: Pick<Note, 'citations'>): void {
  if (note.citations.length === 0) return;
  for (const v of note.citations) set(v.target, fromView(v));
  emit();
}

/** A claim the reader already holds (so a fresh chip shows at once). */
export function seedClaim(claim: { id: number; text: string; speaker: string | null; articleId: number }, articleTitle: string | null): void {
  const target = citationTarget({ kind: 'claim', claimId: claim.id });
  if (entries.get(target)?.status === 'ready') return;
  set(target, { quote: claim.text, speaker: claim.speaker, articleId: claim.articleId, articleTitle, claimId: claim.id, broken: false });
  emit();
}

/** Forget everything (e.g. after articles were deleted or re-imported). */
export function resetCitations(): void {
  entries.clear();
  emit();
}

const titles = new Map<number, Promise<{ title: string; text: string } | null>>();

function article(id: number): Promise<{ title: string; text: string } | null> {
  let p = titles.get(id);
  if (!p) {
    p = api.call('articles.get', { id }).then(
      (a) => ({ title: a.title, text: a.text }),
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
    };
  }
  const a = await article(ref.articleId);
  if (!a || ref.end > a.text.length) return { ...broken, articleId: ref.articleId };
  return { quote: a.text.slice(ref.start, ref.end), speaker: null, articleId: ref.articleId, articleTitle: a.title, claimId: null, broken: false };
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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCitation(ref: CitationRef): ChipEntry {
  const target = citationTarget(ref);
  const entry = useSyncExternalStore(subscribe, () => entries.get(target) ?? LOADING);
  useEffect(() => {
    if (!entries.has(target)) load(ref);
    // ref is identified by its target string
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);
  return entry;
}
