// Which side a speaker is on: a side lists member names, and a speaker belongs to the side with
// a member that is the speaker's name or part of it (whole words, any case). When members of
// several sides match, the likeliest wins: the whole name, then a member the name starts with
// ("U.S. Embassy in Russia" is the U.S.'s), then the longest member, then the leftmost side.

export interface SideMembers {
  id: number;
  members: readonly string[];
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
