// One unit of ingestion work, the same wherever it runs (a worker thread, or inline): bytes or a
// paste → article draft → prepared for storing (core/prepare). Nothing is stored here.
import { ingestFile, ingestPaste } from '../core/ingest/index';
import { IngestError } from '../core/ingest/types';
import { fingerprintOf, prepareDraft, type Fingerprint, type Prepared } from '../core/prepare/index';

export type IngestJob =
  | { kind: 'file'; fileName: string; bytes: Uint8Array }
  | { kind: 'paste'; text?: string; html?: string }
  /** Fingerprints only, for articles stored before fingerprints existed. */
  | { kind: 'fingerprint'; text: string };

export type JobResult =
  | { ok: true; prepared: Prepared }
  | { ok: true; fingerprint: Fingerprint }
  /** `refused`: the input itself cannot be read (the message is for the user); otherwise a bug. */
  | { ok: false; refused: boolean; message: string };

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
