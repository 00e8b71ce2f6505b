// How the CLI shows values as text: one line per item, '-' for nothing.
import type { Claim, ClaimDetails } from '../../api/contract/methods';

export const markers = (s: string): string => s.replace(/\uE000/g, '[').replace(/\uE001/g, ']');
export const orDash = (s: string | null | undefined): string => (s === null || s === undefined || s === '' ? '-' : s);
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A claim's provenance and facts for `--json`, always all five keys (null / [] when unknown). */
export const provenance = (c: Pick<Claim, 'speakerRole' | 'channel' | 'via' | 'saidOn' | 'facts'>): ClaimDetails => ({
  speakerRole: c.speakerRole ?? null,
  channel: c.channel ?? null,
  via: c.via ?? null,
  saidOn: c.saidOn ?? null,
  facts: c.facts ?? [],
});
