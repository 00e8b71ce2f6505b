// Which side a claim is on. A side is first a set of entities (merged people and institutions):
// a claim whose speaker entity is one of them is on that side, whatever its speaker's spelling,
// and no text match can move it elsewhere. A side may also list member names, for speakers no
// entity was linked to: a speaker belongs to the side with a member that is the speaker's name or
// part of it (whole words, any case). When members of several sides match, the likeliest wins:
// the whole name, then a member the name starts with ("U.S. Embassy in Russia" is the U.S.'s),
// then the longest member, then the leftmost side.

export interface SideMembers {
  id: number;
  members: readonly string[];
  /** Entity ids (already resolved through merges). */
  entityIds?: readonly number[];
}

/**
 * The id of the side a claim is on, or null: by its speaker entity when a side holds it; a claim
 * whose entity is on no side is matched by name only against sides without entities of their own.
 */
export function sideOfClaim(speaker: string | null, entityId: number | null, sides: readonly SideMembers[]): number | null {
  if (entityId !== null) {
    const bySet = sides.find((s) => s.entityIds?.includes(entityId));
    if (bySet) return bySet.id;
  }
  return sideOf(speaker, entityId === null ? sides : sides.filter((s) => !s.entityIds?.length));
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
