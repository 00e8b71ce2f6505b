// Store rows and drafts → the contract's shapes, shared by the library and entity methods.
import type { ArticleSummary, Claim, ClaimDetails } from '../contract/methods';
import type { MetadataSources } from '../contract/metadata';
import type { ArticleRow, ClaimRow } from '../../store/index';
import { documentedFact } from '../../core/claims/dates';

export const toSummary = (row: ArticleRow): ArticleSummary => ({
  id: row.id,
  title: row.title,
  outlet: row.outlet,
  author: row.author,
  published: row.published,
  updated: row.updated ?? null,
  sources: row.sources as MetadataSources,
  chars: row.chars,
  importedAt: row.importedAt,
  claims: row.claims,
});

/** Provenance and facts of a stored claim or a draft; absent fields read as null / []. */
export const claimDetails = (c: {
  speakerRole?: string | null;
  channel?: string | null;
  via?: string | null;
  saidOn?: { date: string; precision: string } | null;
  facts?: readonly ClaimDetails['facts'][number][];
}): ClaimDetails => ({
  speakerRole: c.speakerRole ?? null,
  channel: c.channel ?? null,
  via: c.via ?? null,
  saidOn: c.saidOn ? { date: c.saidOn.date, precision: c.saidOn.precision } : null,
  facts: (c.facts ?? []).map(documentedFact),
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
  ...claimDetails(row),
});
