import type { Side } from '../../../src-main/api/contract/methods';

/** A side's name for a table or a chart, "—" for speakers on no side. */
export function tableSideName(sides: readonly Side[], id: number | null): string {
  return (id !== null ? sides.find((s) => s.id === id)?.name : undefined) ?? '—';
}
