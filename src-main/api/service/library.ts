// Articles and claims: import (read, extract, store in one transaction), list, get, delete, review.
import type { Article, ArticleSummary, Claim, Extraction, ImportOutcome } from '../contract/methods';
import { extractClaims } from '../../core/claims/index';
import type { ClaimDraft } from '../../core/claims/types';
import { ingestFile } from '../../core/ingest/index';
import { IngestError, type ArticleDraft } from '../../core/ingest/types';
import { isUniqueViolation, type ArticleRow, type ClaimRow, type Store } from '../../store/index';
import type { ServiceInput } from './dispatch';
import { QuireError, notFound } from './errors';
import { contentHash, decodeBase64 } from './text';

export const toSummary = (row: ArticleRow): ArticleSummary => ({
  id: row.id,
  title: row.title,
  outlet: row.outlet,
  author: row.author,
  published: row.published,
  chars: row.chars,
  importedAt: row.importedAt,
});

export const toClaim = (row: ClaimRow): Claim => ({
  id: row.id,
  articleId: row.articleId,
  kind: row.kind,
  text: row.text,
  speaker: row.speaker,
  start: row.start,
  end: row.end,
  status: row.status,
});

/** Only drafts whose offsets really point at their text are kept: offsets are sacred. */
function checkedClaims(text: string, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const seen = new Set<string>();
  return drafts.filter((c) => {
    const key = `${c.start}:${c.end}`;
    const ok =
      (c.kind === 'direct' || c.kind === 'indirect') &&
      Number.isInteger(c.start) &&
      Number.isInteger(c.end) &&
      c.start >= 0 &&
      c.end > c.start &&
      c.end <= text.length &&
      text.slice(c.start, c.end) === c.text &&
      !seen.has(key);
    seen.add(key);
    return ok;
  });
}

export interface Reading {
  draft: ArticleDraft;
  claims: ClaimDraft[];
}

/** File bytes → article draft and its claim drafts; nothing stored. */
export function readFile(fileName: string, bytes: Uint8Array): Reading {
  let draft: ArticleDraft;
  try {
    draft = ingestFile({ fileName, bytes });
  } catch (err) {
    if (err instanceof IngestError) throw new QuireError('bad_request', err.message);
    throw err;
  }
  if (!draft.text.trim()) throw new QuireError('bad_request', `${fileName}: no article text found`);
  return { draft, claims: checkedClaims(draft.text, extractClaims(draft.text)) };
}

const duplicateError = (existing: ArticleRow): QuireError =>
  new QuireError('conflict', `already in the library as “${existing.title}” (article ${existing.id})`);

/** Stores a read file; refuses an exact duplicate of an article already in the library. */
export function storeReading(store: Store, fileName: string, reading: Reading): ImportOutcome {
  const { draft, claims } = reading;
  const hash = contentHash(draft.text);
  try {
    return store.transaction(() => {
      const existing = store.articles.findByHash(hash);
      if (existing) throw duplicateError(existing);
      const row = store.articles.insert({
        title: draft.title.trim() || fileName,
        outlet: draft.outlet,
        author: draft.author,
        published: draft.published,
        language: null,
        sourceName: fileName,
        text: draft.text,
        contentHash: hash,
      });
      const count = store.claims.insertMany(row.id, claims);
      return { article: toSummary(row), claims: count };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const existing = store.articles.findByHash(hash);
      if (existing) throw duplicateError(existing);
    }
    throw err;
  }
}

export function libraryMethods(store: Store) {
  return {
    'articles.import': ({ fileName, data }: ServiceInput<'articles.import'>): ImportOutcome =>
      storeReading(store, fileName, readFile(fileName, decodeBase64(data))),

    'articles.extract': ({ fileName, data }: ServiceInput<'articles.extract'>): Extraction => {
      const { draft, claims } = readFile(fileName, decodeBase64(data));
      return {
        article: { title: draft.title, outlet: draft.outlet, author: draft.author, published: draft.published, text: draft.text },
        claims: claims.map((c) => ({ kind: c.kind, text: c.text, speaker: c.speaker, start: c.start, end: c.end })),
      };
    },

    'articles.list': (): ArticleSummary[] => store.articles.list().map(toSummary),

    'articles.get': ({ id }: ServiceInput<'articles.get'>): Article => {
      const row = store.articles.getWithText(id);
      if (!row) throw notFound('article', id);
      return { ...toSummary(row), text: row.text, sourceName: row.sourceName };
    },

    'articles.delete': ({ id }: ServiceInput<'articles.delete'>): { deleted: number } =>
      store.transaction(() => {
        if (!store.articles.delete(id)) throw notFound('article', id);
        return { deleted: id };
      }),

    'claims.list': ({ articleId }: ServiceInput<'claims.list'>): Claim[] => {
      if (articleId !== undefined && !store.articles.get(articleId)) throw notFound('article', articleId);
      return store.claims.list(articleId).map(toClaim);
    },

    'claims.update': ({ id, status, speaker }: ServiceInput<'claims.update'>): Claim =>
      store.transaction(() => {
        const before = store.claims.get(id);
        if (!before) throw notFound('claim', id);
        if (status === undefined && speaker === undefined) return toClaim(before);
        const cleaned = speaker === undefined ? undefined : speaker === null ? null : speaker.trim() || null;
        store.claims.update(id, { status, speaker: cleaned });
        const after = store.claims.get(id);
        if (!after) throw notFound('claim', id);
        return toClaim(after);
      }),
  };
}
