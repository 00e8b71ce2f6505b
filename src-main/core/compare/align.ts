// The compare view's rows: claims of several sides aligned by topic. Greedily, the term that
// claims of the most sides share, and that carries the most weight among them (claims × rarity:
// a topic several statements are about, not a word two happen to share), makes a row of every
// (not yet placed) claim using it; names alone make no topic. What no other side talks about
// gets a row of its own.
import { featuresOf, type CompareClaim } from './features';

export interface AlignedRow {
  /** The shared term(s) that define the row ("expulsion", "expulsion · diplomats"). */
  topic: string;
  /** Claim ids per side, in the order of the sides given. */
  cells: number[][];
}

interface KeyStat {
  surface: string;
  members: number[];
  weight: number;
  /** Written as a name ("Moscow"): a row's second term, never its first. */
  name: boolean;
}

/** `sideOf[i]` is the side index (0 … sides-1) of `claims[i]`. */
export function alignRows(claims: readonly CompareClaim[], sideOf: readonly number[], sides: number): AlignedRow[] {
  const features = claims.map(featuresOf);
  const stats = new Map<string, KeyStat>();
  features.forEach((f, i) => {
    for (const [key, use] of f.keys) {
      let s = stats.get(key);
      if (!s) {
        s = { surface: use.surface, members: [], weight: 0, name: use.term.name };
        stats.set(key, s);
      }
      s.members.push(i);
    }
  });
  for (const s of stats.values()) s.weight = Math.log(1 + claims.length / s.members.length);

  /** How the row's claims most often write the term ("expulsion" rather than "expelling"). */
  const surfaceIn = (key: string, members: readonly number[]): string => {
    const counts = new Map<string, number>();
    for (const i of members) {
      const surface = features[i]!.keys.get(key)?.surface;
      if (surface) counts.set(surface, (counts.get(surface) ?? 0) + 1);
    }
    return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? stats.get(key)!.surface;
  };
  const placed = new Array<boolean>(claims.length).fill(false);
  const rows: AlignedRow[] = [];
  const makeRow = (key: string, members: number[]): void => {
    const cells: number[][] = Array.from({ length: sides }, () => []);
    for (const i of members) {
      placed[i] = true;
      cells[sideOf[i]!]!.push(claims[i]!.id);
    }
    for (const c of cells) c.sort((x, y) => x - y);
    // A second term every claim of the row uses makes the topic clearer.
    const second = [...(features[members[0]!]?.keys.keys() ?? [])]
      .filter((k) => k !== key && members.every((i) => features[i]!.keys.has(k)))
      .sort((x, y) => (stats.get(y)?.weight ?? 0) - (stats.get(x)?.weight ?? 0))[0];
    const topic = second ? `${surfaceIn(key, members)} · ${surfaceIn(second, members)}` : surfaceIn(key, members);
    rows.push({ topic, cells });
  };

  // Rows across sides: the term spanning the most sides, rarest first.
  for (;;) {
    let best: { key: string; sides: number; mass: number; members: number[] } | null = null;
    for (const [key, s] of stats) {
      // A name, or a word most claims use (the subject of the whole view), is no row's topic.
      if (s.name || (claims.length >= 4 && s.members.length > claims.length / 2)) continue;
      const members = s.members.filter((i) => !placed[i]);
      if (members.length < 2) continue;
      const covered = new Set(members.map((i) => sideOf[i])).size;
      if (covered < 2) continue;
      const mass = members.length * s.weight;
      if (!best || covered > best.sides || (covered === best.sides && (mass > best.mass || (mass === best.mass && key < best.key)))) {
        best = { key, sides: covered, mass, members };
      }
    }
    if (!best) break;
    makeRow(best.key, best.members);
  }

  // What one side alone says: each claim its own row, under its rarest term.
  claims.forEach((c, i) => {
    if (placed[i]) return;
    const key = [...features[i]!.keys.keys()].sort((x, y) => (stats.get(y)?.weight ?? 0) - (stats.get(x)?.weight ?? 0) || (x < y ? -1 : 1))[0];
    if (key) makeRow(key, [i]);
    else {
      const cells: number[][] = Array.from({ length: sides }, () => []);
      cells[sideOf[i]!]!.push(c.id);
      placed[i] = true;
      rows.push({ topic: c.text.split(/\s+/).slice(0, 4).join(' '), cells });
    }
  });
  return rows;
}

/**
 * Each related pair (an accepted relation) on one row: the second claim joins the first one's row
 * in its own side's cell. Rows left empty are dropped.
 */
export function joinRelated(rows: readonly AlignedRow[], pairs: readonly (readonly [number, number])[]): AlignedRow[] {
  const out = rows.map((r) => ({ topic: r.topic, cells: r.cells.map((c) => [...c]) }));
  const where = (id: number): { row: number; side: number } | null => {
    for (let row = 0; row < out.length; row++) {
      const side = (out[row] as AlignedRow).cells.findIndex((c) => c.includes(id));
      if (side >= 0) return { row, side };
    }
    return null;
  };
  for (const [a, b] of pairs) {
    const pa = where(a);
    const pb = where(b);
    if (!pa || !pb || pa.row === pb.row) continue;
    const from = (out[pb.row] as AlignedRow).cells[pb.side] as number[];
    from.splice(from.indexOf(b), 1);
    ((out[pa.row] as AlignedRow).cells[pb.side] as number[]).push(b);
  }
  return out.filter((r) => r.cells.some((c) => c.length > 0));
}
