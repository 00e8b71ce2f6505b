// Articles and claims: import (read and extract on the worker pool, store on this thread in one
// transaction per article), list, get, edit metadata, related coverage, delete, review.
import type { Article, ArticleRelation, ArticleSummary, Claim, DecisionKind, ImportOutcome } from '../contract/methods';
import type { ClaimDraft } from '../../core/claims/types';
import { ingestTextFileSync } from '../../core/ingest/index';
import { signatureSimilarity } from '../../core/ingest/fingerprint';
import { topicSimilarity } from '../../core/ingest/related';
import { IngestError, type ArticleDraft } from '../../core/ingest/types';
import { isUniqueViolation, type ArticleRow, type ClaimRow, type NewRelation, type Store } from '../../store/index';
import { extractClaims } from '../../core/claims/index';
import { extractEntities } from '../../core/claims/entities';
import { checkedClaims, fingerprintOf, languageRuns, prepareDraft, type Fingerprint, type Prepared } from '../../core/prepare/index';
import { recordArticleEntities, relinkClaimSpeaker, withSpeakerEntity } from './entities';
import { extractionMethods, unwrap } from './extract';
import { toClaim, toSummary } from './mappers';
import type { IngestJob } from '../../workers/ingest-job';
import type { IngestPool } from '../../workers/ingest-pool';
import type { ServiceInput } from './dispatch';
import { QuireError, notFound } from './errors';
import { freshSuggestions } from './reextract';
import { decide, quoted } from './decisions';
import { contentHash, decodeBase64 } from './text';

/**
 * Near-duplicate: ≥ 0.5 estimated Jaccard of word 5-shingles (a reprint keeping most sentences).
 * Related coverage: ≥ 0.15 overlap of content-word stems. Measured on ../shared/corpus:
 * 002 ↔ 003 (one story, two outlets) 0.20; 000 ↔ 002 (same topic, another event) 0.11;
 * 000 ↔ 003 0.03. core/ingest/fingerprint.ts and related.ts document the signatures.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
export const RELATED_THRESHOLD = 0.15;
/** At most this many candidates (those sharing the most band keys) are compared per import. */
const MAX_CANDIDATES = 24;
/** At most this many relations are stored per imported article. */
const MAX_RELATIONS = 20;
/** An import's outcome names the closest few. */
const OUTCOME_RELATIONS = 5;

/** An analyst's value: trimmed, '' and null clear the field, undefined leaves it. */
const blank = (v: string | null | undefined): string | null | undefined => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim());

/** A span of an article's text, checked: inside the text, end after start. */
function spanOf(text: string, start: number, end: number): string {
  if (end <= start) throw new QuireError('bad_request', `a claim's end (${end}) must come after its start (${start})`);
  if (start < 0 || end > text.length) {
    throw new QuireError('bad_request', `span ${start}-${end} is outside the article text (0-${text.length})`);
  }
  const slice = text.slice(start, end);
  if (!slice.trim()) throw new QuireError('bad_request', `span ${start}-${end} holds only white space`);
  return slice;
}

function articleOf(store: Store, id: number): Article {
  const row = store.articles.getFull(id);
  if (!row) throw notFound('article', id);
  return {
    ...toSummary(row),
    text: row.text,
    sourceName: row.sourceName,
    language: row.language,
    url: row.url,
    format: row.format,
    rawText: row.rawText,
    removed: row.removed,
    languages: row.languages,
  };
}

/** The paragraphs that cannot tell their language take the article's: worked out again when it changes. */
function relabelLanguages(store: Store, id: number): void {
  const row = store.articles.getWithText(id);
  if (row) store.articles.setLanguages(id, languageRuns(row.text, row.language));
}

export interface Reading {
  draft: ArticleDraft;
  claims: ClaimDraft[];
}

/** Text file bytes → article draft and its claim drafts, on this thread; nothing stored (the sample). */
export function readFile(fileName: string, bytes: Uint8Array): Reading {
  let draft: ArticleDraft;
  try {
    draft = ingestTextFileSync({ fileName, bytes });
  } catch (err) {
    if (err instanceof IngestError) throw new QuireError('bad_request', err.message);
    throw err;
  }
  if (!draft.text.trim()) throw new QuireError('bad_request', `${fileName}: no article text found`);
  const { claims } = prepareDraft(draft);
  return { draft, claims };
}

const duplicateError = (existing: ArticleRow): QuireError =>
  new QuireError('conflict', `already in the library as “${existing.title}” (article ${existing.id})`);

/** Relations of an article with these fingerprints: LSH candidates only, never a library scan. */
function findRelations(store: Store, fp: Fingerprint, exclude?: number): NewRelation[] {
  const found: NewRelation[] = [];
  for (const otherId of store.fingerprints.candidates(fp.bandKeys, MAX_CANDIDATES, exclude)) {
    const other = store.fingerprints.get(otherId);
    if (!other) continue;
    const near = signatureSimilarity(fp.signature, other.signature);
    if (near >= NEAR_DUPLICATE_THRESHOLD) {
      found.push({ otherId, kind: 'near_duplicate', similarity: near });
      continue;
    }
    const topic = other.topic.length === fp.topic.length ? topicSimilarity(fp.topic, other.topic) : 0;
    if (topic >= RELATED_THRESHOLD) found.push({ otherId, kind: 'related', similarity: topic });
  }
  return found
    .sort((a, b) => (a.kind === b.kind ? b.similarity - a.similarity : a.kind === 'near_duplicate' ? -1 : 1))
    .slice(0, MAX_RELATIONS);
}

function relationsOf(store: Store, id: number, limit = Infinity): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  for (const r of store.fingerprints.related(id).slice(0, limit)) {
    const row = store.articles.get(r.articleId);
    if (row) out.push({ article: toSummary(row), kind: r.kind, similarity: Math.round(r.similarity * 1000) / 1000 });
  }
  return out;
}

/**
 * Stores one prepared article with its claims, fingerprints and relations in ONE transaction:
 * after a crash it is either all there or absent. An exact duplicate changes nothing.
 */
export function storePrepared(store: Store, sourceName: string | null, p: Prepared, ifDuplicate: 'fail' | 'report' = 'fail'): ImportOutcome {
  const { draft, claims, entities, fingerprint, languages } = p;
  const hash = contentHash(draft.text);
  const duplicate = (existing: ArticleRow): ImportOutcome => {
    if (ifDuplicate === 'report') return { article: toSummary(existing), claims: existing.claims, duplicate: true };
    throw duplicateError(existing);
  };
  try {
    return store.transaction(() => {
      const existing = store.articles.findByHash(hash);
      if (existing) return duplicate(existing);
      const inserted = store.articles.insert({
        title: draft.title.trim() || sourceName || 'Untitled',
        outlet: draft.outlet,
        author: draft.author,
        published: draft.published,
        language: draft.language ?? null,
        url: draft.url ?? null,
        format: draft.format ?? null,
        updated: draft.updated ?? null,
        sources: draft.sources ?? {},
        rawText: draft.rawText ?? null,
        removed: draft.removed ?? [],
        sourceName,
        text: draft.text,
        contentHash: hash,
        languages,
      });
      const count = store.claims.insertMany(inserted.id, claims);
      recordArticleEntities(store, inserted.id, draft.text, entities);
      store.fingerprints.insert(inserted.id, fingerprint);
      store.fingerprints.relate(inserted.id, findRelations(store, fingerprint, inserted.id));
      return { article: { ...toSummary(inserted), claims: count }, claims: count, related: relationsOf(store, inserted.id, OUTCOME_RELATIONS) };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const existing = store.articles.findByHash(hash);
      if (existing) return duplicate(existing);
    }
    throw err;
  }
}

/** Stores a file read on this thread (the sample notebook); refuses an exact duplicate. */
export function storeReading(store: Store, fileName: string, reading: Reading): ImportOutcome {
  const prepared = prepareDraft(reading.draft);
  return storePrepared(store, fileName, { ...prepared, claims: reading.claims });
}

/** Articles stored before fingerprints existed (schema 1) get them, a batch at a time. */
async function backfillFingerprints(store: Store, pool: IngestPool): Promise<void> {
  for (;;) {
    const ids = store.fingerprints.missing(100);
    if (ids.length === 0) return;
    const computed = await Promise.all(
      ids.map(async (id) => {
        const text = store.articles.text(id) ?? '';
        const r = await pool.run({ kind: 'fingerprint', text });
        return { id, fp: r.ok && 'fingerprint' in r ? r.fingerprint : fingerprintOf(text) };
      }),
    );
    store.transaction(() => {
      for (const { id, fp } of computed) {
        if (!store.articles.get(id)) continue;
        store.fingerprints.insert(id, fp);
        store.fingerprints.relate(id, findRelations(store, fp, id));
      }
    });
  }
}

export function libraryMethods(store: Store, pool: IngestPool) {
  let backfill: Promise<void> | null = null;
  const prepare = async (job: IngestJob): Promise<Prepared> => {
    backfill ??= backfillFingerprints(store, pool).catch(() => {
      backfill = null; // try again on the next import
    });
    const [result] = await Promise.all([pool.run(job), backfill]);
    return unwrap(result);
  };

  return {
    'articles.import': async ({ fileName, data, ifDuplicate }: ServiceInput<'articles.import'>): Promise<ImportOutcome> =>
      storePrepared(store, fileName, await prepare({ kind: 'file', fileName, bytes: decodeBase64(data) }), ifDuplicate),

    'articles.importPaste': async ({ text, html }: ServiceInput<'articles.importPaste'>): Promise<ImportOutcome> =>
      storePrepared(store, null, await prepare({ kind: 'paste', ...(text !== undefined ? { text } : {}), ...(html !== undefined ? { html } : {}) })),

    ...extractionMethods(pool),

    'articles.list': (): ArticleSummary[] => store.articles.list().map(toSummary),

    'articles.get': ({ id }: ServiceInput<'articles.get'>): Article => articleOf(store, id),

    'articles.update': ({ id, ...change }: ServiceInput<'articles.update'>): Article => {
      store.transaction(() => {
        const ok = store.articles.updateMetadata(id, {
          title: change.title,
          outlet: blank(change.outlet),
          author: blank(change.author),
          published: blank(change.published),
          updated: blank(change.updated),
          language: blank(change.language)?.toLowerCase(),
          url: blank(change.url),
        });
        if (!ok) throw notFound('article', id);
        if (change.language !== undefined) relabelLanguages(store, id);
      });
      return articleOf(store, id);
    },

    'articles.setMetadata': ({ id, field, value }: ServiceInput<'articles.setMetadata'>): Article => {
      const cleaned = field === 'language' ? blank(value)?.toLowerCase() : blank(value);
      if (field === 'title' && !cleaned) throw new QuireError('bad_request', 'a title cannot be empty');
      store.transaction(() => {
        if (!store.articles.updateMetadata(id, { [field]: cleaned ?? null })) throw notFound('article', id);
        if (field === 'language') relabelLanguages(store, id);
      });
      return articleOf(store, id);
    },

    'articles.related': ({ id }: ServiceInput<'articles.related'>): ArticleRelation[] => {
      if (!store.articles.get(id)) throw notFound('article', id);
      return relationsOf(store, id);
    },

    'articles.delete': ({ id }: ServiceInput<'articles.delete'>): { deleted: number } =>
      store.transaction(() => {
        if (!store.articles.delete(id)) throw notFound('article', id);
        store.entities.dropOrphans();
        return { deleted: id };
      }),

    'claims.list': ({ articleId }: ServiceInput<'claims.list'>): Claim[] => {
      if (articleId !== undefined && !store.articles.get(articleId)) throw notFound('article', articleId);
      const speakers = store.entities.speakerEntities(articleId);
      return store.claims.list(articleId).map((c) => ({ ...toClaim(c), speakerEntity: speakers.get(c.id) ?? null }));
    },

    'claims.update': ({ id, status, speaker, start, end }: ServiceInput<'claims.update'>): Claim => {
      const before = store.claims.get(id);
      if (!before) throw notFound('claim', id);
      const change = (): Claim => {
        let span: { start: number; end: number; text: string } | undefined;
        if (start !== undefined || end !== undefined) {
          const s = start ?? before.start;
          const e = end ?? before.end;
          if (s !== before.start || e !== before.end) {
            const text = store.articles.text(before.articleId);
            if (text === undefined) throw notFound('article', before.articleId);
            span = { start: s, end: e, text: spanOf(text, s, e) };
          }
        }
        if (status === undefined && speaker === undefined && span === undefined) return withSpeakerEntity(store, toClaim(before));
        const cleaned = speaker === undefined ? undefined : speaker === null ? null : speaker.trim() || null;
        store.claims.update(id, { status, speaker: cleaned, ...(span ? { span } : {}) });
        if (cleaned !== undefined) relinkClaimSpeaker(store, id);
        const after = store.claims.get(id);
        if (!after) throw notFound('claim', id);
        return withSpeakerEntity(store, toClaim(after));
      };
      if (status === undefined && speaker === undefined && start === undefined && end === undefined) return store.transaction(change);
      const { kind, label } = claimDecision(before, { status, speaker, start, end });
      return decide(store, kind, [{ kind: 'claim', id }], label, change);
    },

    'claims.create': ({ articleId, start, end, kind, speaker }: ServiceInput<'claims.create'>): Claim =>
      decide(
        store,
        'claim.create',
        [],
        (c: Claim) => `New ${c.kind === 'direct' ? 'quote' : 'reported claim'} ${quoted(c.text)}${c.speaker ? ` by ${c.speaker}` : ''}`,
        () => {
          const text = store.articles.text(articleId);
          if (text === undefined) throw notFound('article', articleId);
          const slice = spanOf(text, start, end);
          const cleaned = speaker === undefined || speaker === null ? null : speaker.trim() || null;
          // The analyst marked the words; confirming them is a second decision.
          const newId = store.claims.insert(articleId, { kind, text: slice, speaker: cleaned, start, end, origin: 'analyst', status: 'suggested' });
          relinkClaimSpeaker(store, newId);
          const row = store.claims.get(newId);
          if (!row) throw new QuireError('internal', 'the new claim was not stored');
          return withSpeakerEntity(store, toClaim(row));
        },
        (c) => [{ kind: 'claim', id: c.id }],
      ),

    'articles.reextract': ({ id }: ServiceInput<'articles.reextract'>): { claims: number } => {
      const row = store.articles.get(id);
      if (!row) throw notFound('article', id);
      const text = store.articles.text(id) ?? '';
      const drafts = checkedClaims(text, extractClaims(text, { published: row.published }));
      const entities = extractEntities(text);
      return store.transaction(() => {
        if (!store.articles.get(id)) throw notFound('article', id);
        store.claims.deleteReplaceable(id);
        const fresh = freshSuggestions(drafts, store.claims.list(id));
        store.claims.insertMany(id, fresh);
        // Entities again from the text; the analyst's mentions, aliases and names stay.
        store.entities.deleteExtractedMentions(id);
        recordArticleEntities(store, id, text, entities);
        store.entities.dropOrphans();
        return { claims: fresh.length };
      });
    },
  };
}

/** What one claims.update decides, and the toast line that names it. */
function claimDecision(
  before: ClaimRow,
  change: { status?: Claim['status'] | undefined; speaker?: string | null | undefined; start?: number | undefined; end?: number | undefined },
): { kind: DecisionKind; label: () => string } {
  const q = quoted(before.text);
  const who = before.speaker ? `${before.speaker}’s claim ` : 'claim ';
  if (change.status !== undefined && change.status !== before.status) {
    if (change.status === 'confirmed') return { kind: 'claim.confirm', label: () => `Confirmed ${who}${q}` };
    if (change.status === 'rejected') return { kind: 'claim.reject', label: () => `Rejected ${who}${q}` };
    return { kind: 'claim.restore', label: () => `Set ${who}${q} back to suggested` };
  }
  if (change.speaker !== undefined) {
    const name = change.speaker?.trim() || null;
    return { kind: 'claim.speaker', label: () => `Speaker of ${q} changed from ${before.speaker ?? 'unattributed'} to ${name ?? 'unattributed'}` };
  }
  if (change.start !== undefined || change.end !== undefined) return { kind: 'claim.span', label: () => `Span of ${who}${q} edited` };
  return { kind: 'claim.edit', label: () => `Edited ${who}${q}` };
}
