// A shared case's decisions and annotations as one Yjs document (`CASE/case/main`): maps keyed by
// stable ids made of an article's content hash and character offsets, so two analysts' concurrent
// decisions merge by Yjs's rules (one value per key, the same on every replica) and each analyst's
// local store is a view rebuilt from the document. Article bodies travel apart, as content-addressed
// blob documents (`CASE/blob/<sha256>`) fetched once.
import { createHash } from 'node:crypto';
import * as Y from 'yjs';

export const CASE_DOCUMENT = 'case/main';
export const caseDocumentName = (caseName: string): string => `${caseName}/${CASE_DOCUMENT}`;
export const blobDocumentName = (caseName: string, hash: string): string => `${caseName}/blob/${hash}`;

/**
 * The content hash an article body is addressed by: the one each local store keeps for it (sha256
 * of the text in NFKC, white space collapsed, trimmed), so every copy of an article has the same.
 */
export const contentHash = (body: string): string =>
  createHash('sha256').update(body.normalize('NFKC').replace(/\s+/gu, ' ').trim(), 'utf8').digest('hex');
/** The stable id of a span of an article: its body's hash and the span's offsets. */
export const spanKey = (hash: string, start: number, end: number): string => `${hash}:${start}-${end}`;

export interface CaseArticle {
  hash: string;
  title: string;
  outlet: string | null;
  published: string | null;
  length: number;
}

export type DecisionStatus = 'confirmed' | 'rejected' | 'suggested';
export interface CaseDecision {
  hash: string;
  start: number;
  end: number;
  status: DecisionStatus;
  speaker: string | null;
  by: string;
  at: string;
}

export interface CaseAnnotation {
  id: string;
  hash: string;
  start: number;
  end: number;
  quote: string;
  comment: string;
  tags: string[];
  by: string;
  at: string;
}

export interface CaseView {
  articles: CaseArticle[];
  decisions: CaseDecision[];
  annotations: CaseAnnotation[];
}

const articles = (doc: Y.Doc): Y.Map<CaseArticle> => doc.getMap('articles');
const decisions = (doc: Y.Doc): Y.Map<CaseDecision> => doc.getMap('decisions');
const annotations = (doc: Y.Doc): Y.Map<CaseAnnotation> => doc.getMap('annotations');

/** Lists an article in the case (its body goes to its blob document). */
export function addArticle(doc: Y.Doc, article: CaseArticle): void {
  if (!articles(doc).has(article.hash)) articles(doc).set(article.hash, article);
}

/** The analyst's decision on a claim span; a later decision on the same span replaces it. */
export function setDecision(doc: Y.Doc, d: CaseDecision): void {
  decisions(doc).set(spanKey(d.hash, d.start, d.end), d);
}

/** An annotation, keyed by its span and its own id (several may share a span). */
export function putAnnotation(doc: Y.Doc, a: CaseAnnotation): void {
  annotations(doc).set(`${spanKey(a.hash, a.start, a.end)}:${a.id}`, a);
}

export function deleteAnnotation(doc: Y.Doc, a: Pick<CaseAnnotation, 'id' | 'hash' | 'start' | 'end'>): void {
  annotations(doc).delete(`${spanKey(a.hash, a.start, a.end)}:${a.id}`);
}

const bySpan = <T extends { hash: string; start: number; end: number }>(a: T, b: T): number =>
  a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.start - b.start || a.end - b.end;

/** The plain view every replica rebuilds the same from the same document, in a fixed order. */
export function caseView(doc: Y.Doc): CaseView {
  return {
    articles: [...articles(doc).values()].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)),
    decisions: [...decisions(doc).values()].sort(bySpan),
    annotations: [...annotations(doc).values()].sort((a, b) => bySpan(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** A blob document's body (a Y.Text named body). */
export const blobBody = (doc: Y.Doc): Y.Text => doc.getText('body');

/**
 * Whether `update` may be applied to the blob document `current`, addressed by `hash`: a blob is
 * written once, and only with the body that hash names.
 */
export function blobUpdateAllowed(current: Y.Doc, hash: string, update: Uint8Array): boolean {
  if (Y.snapshotContainsUpdate(Y.snapshot(current), update)) return true;
  if (blobBody(current).length > 0) return false;
  const probe = new Y.Doc();
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(current));
    Y.applyUpdate(probe, update);
    return contentHash(blobBody(probe).toString()) === hash;
  } finally {
    probe.destroy();
  }
}
