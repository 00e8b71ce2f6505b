// Small pure formatting shared by the compare tabs and the tables they put into notes.
import type { ClaimBrief, EvidenceFlag, Grades, RelationKind } from '../../../src-main/api/contract/methods';

export const RELATION_KINDS: { kind: RelationKind; label: string }[] = [
  { kind: 'contradicts', label: 'contradicts' },
  { kind: 'supports', label: 'supports' },
  { kind: 'qualifies', label: 'qualifies' },
  { kind: 'reframes', label: 'reframes' },
  { kind: 'same_event', label: 'same event' },
];

export const relationLabel = (kind: RelationKind): string => RELATION_KINDS.find((k) => k.kind === kind)?.label ?? kind;

export const FLAGS: { flag: EvidenceFlag; label: string }[] = [
  { flag: 'disputed', label: 'disputed' },
  { flag: 'retracted', label: 'retracted' },
  { flag: 'preliminary', label: 'preliminary' },
  { flag: 'state_affiliated', label: 'state-affiliated' },
];

export const flagLabel = (flag: EvidenceFlag): string => FLAGS.find((f) => f.flag === flag)?.label ?? flag;

export const RELIABILITY: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const CREDIBILITY: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/**
 * The Admiralty code of a claim: source reliability (the speaker's, else the outlet's) then
 * information credibility, "B2"; a dash for what is not graded; null when nothing is.
 */
export function gradeCode(g: Grades): string | null {
  const letter = g.speaker?.reliability ?? g.outlet?.reliability ?? null;
  const digit = g.claim.credibility;
  if (letter === null && digit === null) return null;
  return `${letter ?? '–'}${digit ?? '–'}`;
}

/** Every flag on the claim, its speaker and its outlet, once each. */
export function allFlags(g: Grades): EvidenceFlag[] {
  return [...new Set([...g.claim.flags, ...(g.speaker?.flags ?? []), ...(g.outlet?.flags ?? [])])];
}

/** The grade spelled out, for a tooltip and for tables. */
export function gradeText(g: Grades): string {
  const parts: string[] = [];
  if (g.speaker?.reliability) parts.push(`speaker ${g.speaker.reliability} (${RELIABILITY[g.speaker.reliability]})`);
  if (g.outlet?.reliability) parts.push(`outlet ${g.outlet.reliability} (${RELIABILITY[g.outlet.reliability]})`);
  if (g.claim.credibility) parts.push(`credibility ${g.claim.credibility} (${CREDIBILITY[g.claim.credibility]})`);
  const flags = allFlags(g);
  if (flags.length) parts.push(flags.map(flagLabel).join(', '));
  return parts.join('; ') || 'not graded';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-01-30" → "30 Jan 2026"; "2026-01" → "Jan 2026"; anything else as given. */
export function shortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  return [d ? String(Number(d)) : null, month, y].filter(Boolean).join(' ');
}

/** When a claim was said (its own date, else its article's). */
export function claimDate(c: ClaimBrief): string | null {
  return c.saidOn?.date ?? c.published ?? null;
}

/** "Speaker (role)" or "unattributed". */
export function speakerName(c: ClaimBrief): string {
  return c.speaker ?? 'unattributed';
}

/** Date · outlet (else the article's title), for a claim's meta line: the date first, as long titles get cut. */
export function claimMeta(c: ClaimBrief): string {
  return [shortDate(claimDate(c)), c.outlet ?? c.articleTitle].filter(Boolean).join(' · ');
}
