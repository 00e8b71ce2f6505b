// Narrowing the stance matrix to the propositions a filter's words match: in the proposition's
// text or in the words and speakers of the evidence filed under it (every word must match, any
// case). The cells stay aligned with the propositions kept.
import type { StanceMatrix } from '../../../src-main/api/contract/methods';

export function narrowMatrix(matrix: StanceMatrix, q: string): StanceMatrix {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return matrix;
  const keep = matrix.propositions.map((p, i) => {
    const evidence = (matrix.cells[i] ?? []).flatMap((cell) => [...cell.supports, ...cell.denies].map((c) => `${c.text} ${c.speaker ?? ''}`));
    const text = [p.text, ...evidence].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
  return {
    sides: matrix.sides,
    propositions: matrix.propositions.filter((_, i) => keep[i]),
    cells: matrix.cells.filter((_, i) => keep[i]),
  };
}
