// What every extraction must satisfy, and how a test finds a quote's claim: shared by the claims
// tests on written text and on the real corpus.
import { expect } from 'vitest';
import type { ClaimDraft } from '../../../src-main/core/claims/types';

/** The contract every output must satisfy, whatever the input. */
export function expectWellFormed(text: string, claims: readonly ClaimDraft[]): void {
  let last = -1;
  const lastEnd: Record<string, number> = { direct: -1, indirect: -1 };
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.start).toBeGreaterThanOrEqual(last);
    last = c.start;
    expect(c.start).toBeGreaterThanOrEqual(lastEnd[c.kind]!);
    lastEnd[c.kind] = c.end;
  }
}

/** A quote's claim: its own direct claim, or the reported claim holding it (a mixed quote is one claim). */
export const direct = (claims: readonly ClaimDraft[], quote: string): ClaimDraft | undefined =>
  claims.find((c) => c.kind === 'direct' && c.text === quote) ?? claims.find((c) => c.kind === 'indirect' && c.text.includes(quote) && /["“”«»„]/.test(c.text));

export const directStarting = (claims: readonly ClaimDraft[], prefix: string): ClaimDraft | undefined =>
  claims.find((c) => c.kind === 'direct' && c.text.startsWith(prefix));
