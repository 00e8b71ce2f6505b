// One unit of ingestion work, the same wherever it runs (a worker thread, or inline): bytes or a
// paste → article draft → claims and entities → content hash and fingerprints. Nothing is stored here.
import { createHash } from 'node:crypto';
import { extractClaims } from '../core/claims/index';
import type { ClaimDraft } from '../core/claims/types';
import { extractEntities, type Entity } from '../core/claims/entities';
import { lshBandKeys, minhashSignature } from '../core/ingest/fingerprint';
import { ingestFile, ingestPaste } from '../core/ingest/index';
import { topicSignature } from '../core/ingest/related';
import { IngestError, type ArticleDraft } from '../core/ingest/types';

export type IngestJob =
  | { kind: 'file'; fileName: string; bytes: Uint8Array }
  | { kind: 'paste'; text?: string; html?: string }
  /** Fingerprints only, for articles stored before fingerprints existed. */
  | { kind: 'fingerprint'; text: string };

export interface Fingerprint {
  /** 128 MinHash values over word 5-shingles (near-duplicates). */
  signature: number[];
  /** 64 MinHash values over content-word stems (related coverage). */
  topic: number[];
  /** LSH band keys of both signatures: the only way candidates are found. */
  bandKeys: string[];
}

export interface Prepared {
  draft: ArticleDraft;
  claims: ClaimDraft[];
  /** People, organisations and places named, with their mentions (resolved across articles when stored). */
  entities: Entity[];
  /** sha256 of the normalised clean text: equal for exact duplicates. */
  hash: string;
  fingerprint: Fingerprint;
}

export type JobResult =
  | { ok: true; prepared: Prepared }
  | { ok: true; fingerprint: Fingerprint }
  /** `refused`: the input itself cannot be read (the message is for the user); otherwise a bug. */
  | { ok: false; refused: boolean; message: string };

/** The form two copies of one article share: Unicode NFKC, white space collapsed, trimmed. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}

/** Related-coverage band keys: 32 bands of 2 rows over the 64-value topic signature. */
const TOPIC_ROWS = 2;

function topicBandKeys(topic: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b * TOPIC_ROWS < topic.length; b++) {
    const rows = topic.slice(b * TOPIC_ROWS, (b + 1) * TOPIC_ROWS);
    // An empty text's signature is all 0xffffffff: such bands would link every empty article.
    if (rows.every((v) => v === 0xffffffff)) continue;
    keys.push(`t${String(b).padStart(2, '0')}:${rows.map((v) => v.toString(16)).join('.')}`);
  }
  return keys;
}

export function fingerprintOf(text: string): Fingerprint {
  const signature = minhashSignature(text);
  const topic = topicSignature(text);
  const empty = signature.every((v) => v === 0xffffffff);
  return { signature, topic, bandKeys: [...(empty ? [] : lshBandKeys(signature)), ...topicBandKeys(topic)] };
}

/** Only drafts whose offsets really point at their text are kept: offsets are sacred. */
export function checkedClaims(text: string, drafts: readonly ClaimDraft[]): ClaimDraft[] {
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

/** A draft (already read) → claims, hash and fingerprints. */
export function prepareDraft(draft: ArticleDraft): Prepared {
  return {
    draft,
    claims: checkedClaims(draft.text, extractClaims(draft.text, { published: draft.published, language: draft.language })),
    entities: extractEntities(draft.text, draft.language),
    hash: contentHash(draft.text),
    fingerprint: fingerprintOf(draft.text),
  };
}

export async function runJob(job: IngestJob): Promise<JobResult> {
  try {
    if (job.kind === 'fingerprint') return { ok: true, fingerprint: fingerprintOf(job.text) };
    const draft = job.kind === 'file' ? await ingestFile({ fileName: job.fileName, bytes: job.bytes }) : await ingestPaste({ text: job.text, html: job.html });
    if (!draft.text.trim()) {
      const name = job.kind === 'file' ? job.fileName : 'The pasted text';
      return { ok: false, refused: true, message: `${name}: no article text found` };
    }
    return { ok: true, prepared: prepareDraft(draft) };
  } catch (err) {
    if (err instanceof IngestError) return { ok: false, refused: true, message: err.message };
    return { ok: false, refused: false, message: err instanceof Error ? err.message : String(err) };
  }
}
