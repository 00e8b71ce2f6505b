// An article file → its claims, as `quire extract FILE --json` makes them (read through ingest,
// claims extracted and checked), without a process per file.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestFile } from '../../src-main/core/ingest/index';
import { checkedClaims } from '../../src-main/core/prepare/index';
import { extractClaims } from '../../src-main/core/claims/index';
import type { ClaimDraft } from '../../src-main/core/claims/types';

export async function claimsOfFile(path: string): Promise<{ claims: ClaimDraft[]; chars: number; ms: number }> {
  const draft = await ingestFile({ fileName: basename(path), bytes: new Uint8Array(readFileSync(path)) });
  const t0 = performance.now();
  const claims = checkedClaims(draft.text, extractClaims(draft.text, { published: draft.published, language: draft.language }));
  return { claims, chars: draft.text.length, ms: performance.now() - t0 };
}
