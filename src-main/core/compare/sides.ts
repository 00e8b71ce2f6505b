// Which side a claim is on. A side is first a set of entities (merged people and institutions):
// a claim whose speaker entity is one of them is on that side, whatever its speaker's spelling,
// and no text match can move it elsewhere. A side may also list member names, for speakers no
// entity was linked to: a speaker belongs to the side with a member that is the speaker's name or
// part of it (whole words, any case). When members of several sides match, the likeliest wins:
// the whole name, then a member the name starts with ("U.S. Embassy in Russia" is the U.S.'s),
// then the longest member, then the leftmost side. A speaker no side holds by entity belongs to
// the side of the institution their role names (a spokeswoman of the ministry counts for the
// ministry's side).
import { sameCampWord } from './camps';

export interface SideMembers {
  id: number;
  members: readonly string[];
  /** Entity ids (already resolved through merges). */
  entityIds?: readonly number[];
  /** The entities' names (for the institutions a speaker's role names). */
  entityNames?: readonly string[];
}

/**
 * The id of the side a claim is on, or null: by its speaker entity when a side holds it; then by
 * the institution the speaker's role names ("Ostmark Foreign Ministry spokeswoman" is on the side
 * holding the Ostmark Foreign Ministry, or Ostmark); a claim whose entity is on no side is matched
 * by name only against sides without entities of their own.
 */
export function sideOfClaim(speaker: string | null, entityId: number | null, sides: readonly SideMembers[], role: string | null = null): number | null {
  if (entityId !== null) {
    const bySet = sides.find((s) => s.entityIds?.includes(entityId));
    if (bySet) return bySet.id;
  }
  const byRole = role ? sideOfRole(role, sides) : null;
  if (byRole !== null) return byRole;
  return sideOf(speaker, entityId === null ? sides : sides.filter((s) => !s.entityIds?.length));
}

/** A role's words that tell where someone is posted, not whom they speak for ("ambassador to the United States"). */
const POSTED = /\b(?:to|in|at)\s+(?:the\s+)?$/i;

/**
 * The side whose entity or member the role names first (whole words, any case; a one-word name
 * also in another form, "Veldrian" for "Veldria"), leaving out where the speaker is posted.
 */
function sideOfRole(role: string, sides: readonly SideMembers[]): number | null {
  const r = fold(role);
  const words = [...r.matchAll(/[\p{L}\p{N}.'-]+/gu)];
  let best: { id: number; at: number } | null = null;
  for (const side of sides) {
    for (const name of [...(side.entityNames ?? []), ...side.members]) {
      const n = fold(name);
      if (!n) continue;
      const hits = [...r.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);
      if (!n.includes(' ')) for (const w of words) if (sameCampWord(w[0].replace(/'s$/, ''), n)) hits.push(w.index);
      for (const at of hits) {
        if (POSTED.test(r.slice(0, at))) continue;
        if (!best || at < best.at) best = { id: side.id, at };
      }
    }
  }
  return best?.id ?? null;
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How well `member` names `speaker` (0: not at all). */
function matchRank(speaker: string, member: string): number {
  const s = fold(speaker);
  const m = fold(member);
  if (!m) return 0;
  if (s === m) return 3;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escape(m)}(?![\\p{L}\\p{N}])`, 'u').exec(s);
  if (!at) return 0;
  return at.index === 0 ? 2 : 1;
}

/** The id of the side `speaker` is on, or null. `sides` in their display order. */
export function sideOf(speaker: string | null, sides: readonly SideMembers[]): number | null {
  if (!speaker) return null;
  let best: { id: number; rank: number; length: number } | null = null;
  for (const side of sides) {
    for (const member of side.members) {
      const rank = matchRank(speaker, member);
      if (rank === 0) continue;
      const length = fold(member).length;
      if (!best || rank > best.rank || (rank === best.rank && length > best.length)) best = { id: side.id, rank, length };
    }
  }
  return best?.id ?? null;
}
