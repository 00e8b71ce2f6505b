// The compare view's rows: claims of several sides aligned by topic. Greedily, the rarest term
// that claims of the most sides share makes a row of every (not yet placed) claim using it;
// what no other side talks about gets a row of its own.
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
}

/** `sideOf[i]` is the side index (0 … sides-1) of `claims[i]`. */
export function alignRows(claims: readonly CompareClaim[], sideOf: readonly number[], sides: number): AlignedRow[] {
  const features = claims.map(featuresOf);
  const stats = new Map<string, KeyStat>();
  features.forEach((f, i) => {
    for (const [key, use] of f.keys) {
      let s = stats.get(key);
      if (!s) {
        s = { surface: use.surface, members: [], weight: 0 };
        stats.set(key, s);
      }
      s.members.push(i);
    }
  });
  for (const s of stats.values()) s.weight = Math.log(1 + claims.length / s.members.length);

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
    const topic = second ? `${stats.get(key)!.surface} · ${stats.get(second)!.surface}` : stats.get(key)!.surface;
    rows.push({ topic, cells });
  };

  // Rows across sides: the term spanning the most sides, rarest first.
  for (;;) {
    let best: { key: string; sides: number; weight: number; members: number[] } | null = null;
    for (const [key, s] of stats) {
      const members = s.members.filter((i) => !placed[i]);
      if (members.length < 2) continue;
      const covered = new Set(members.map((i) => sideOf[i])).size;
      if (covered < 2) continue;
      if (!best || covered > best.sides || (covered === best.sides && (s.weight > best.weight || (s.weight === best.weight && key < best.key)))) {
        best = { key, sides: covered, weight: s.weight, members };
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
