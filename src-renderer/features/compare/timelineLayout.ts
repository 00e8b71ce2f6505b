// Lays statements out for the timeline chart: one lane per actor (grouped by side, in side
// order), x by date, statements on the same day in the same lane set side by side.
import type { Side, TimelineEntry } from '../../../src-main/api/contract/methods';

export interface TimelinePoint {
  entry: TimelineEntry;
  x: number;
  y: number;
}

export interface TimelineLane {
  label: string;
  sideId: number | null;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  lanes: TimelineLane[];
  ticks: { x: number; label: string }[];
  points: TimelinePoint[];
}

export interface LayoutOptions {
  width: number;
  /** Room for the lane labels on the left. */
  labelWidth: number;
  laneHeight: number;
  top: number;
  /** Horizontal step between statements of one lane on one day. */
  stack: number;
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Milliseconds (UTC) of an ISO date "YYYY-MM-DD" / "YYYY-MM" / "YYYY"; null when unreadable. */
export function dayOf(iso: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

function tickLabel(ms: number, withYear: boolean): string {
  const d = new Date(ms);
  const base = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${base} ${d.getUTCFullYear()}` : base;
}

export function laneKey(e: TimelineEntry): string {
  return (e.claim.speaker ?? 'Unattributed').trim();
}

export function layoutTimeline(entries: readonly TimelineEntry[], sides: readonly Side[], o: LayoutOptions): TimelineLayout {
  const dated = entries.flatMap((entry) => {
    const day = dayOf(entry.date);
    return day === null ? [] : [{ entry, day }];
  });
  const order = new Map(sides.map((s, i) => [s.id, i]));
  const laneOf = new Map<string, { label: string; sideId: number | null; named: boolean }>();
  for (const { entry } of dated) if (!laneOf.has(laneKey(entry))) laneOf.set(laneKey(entry), { label: laneKey(entry), sideId: entry.sideId, named: !!entry.claim.speaker?.trim() });
  const rank = (sideId: number | null): number => (sideId === null ? sides.length : (order.get(sideId) ?? sides.length));
  const lanes = [...laneOf.values()]
    // By side, unattributed statements last, then by name.
    .sort((a, b) => rank(a.sideId) - rank(b.sideId) || Number(b.named) - Number(a.named) || a.label.localeCompare(b.label))
    .map(({ label, sideId }, i) => ({ label, sideId, y: o.top + i * o.laneHeight + o.laneHeight / 2 }));
  const laneY = new Map(lanes.map((l) => [l.label, l.y]));

  const days = dated.map((d) => d.day);
  const first = days.length ? Math.min(...days) : 0;
  // At least a week wide, so a single day does not fill the chart edge to edge.
  const last = Math.max(days.length ? Math.max(...days) : 0, first + 6 * DAY);
  // Room on the right for the widest stack of same-day statements.
  const perDay = new Map<string, number>();
  for (const { entry, day } of dated) perDay.set(`${laneKey(entry)}@${day}`, (perDay.get(`${laneKey(entry)}@${day}`) ?? 0) + 1);
  const widest = Math.max(1, ...perDay.values());
  const plotLeft = o.labelWidth + 16;
  const plotWidth = Math.max(o.width - plotLeft - 24 - (widest - 1) * o.stack, 50);
  const xOf = (ms: number): number => plotLeft + ((ms - first) / (last - first)) * plotWidth;

  const seen = new Map<string, number>();
  const points = dated
    .sort((a, b) => a.day - b.day)
    .map(({ entry, day }) => {
      const key = `${laneKey(entry)}@${day}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return { entry, x: xOf(day) + n * o.stack, y: laneY.get(laneKey(entry)) ?? o.top };
    });

  const spanDays = Math.round((last - first) / DAY);
  const step = Math.max(1, Math.ceil(spanDays / 8));
  const multiYear = new Date(first).getUTCFullYear() !== new Date(last).getUTCFullYear();
  const ticks: { x: number; label: string }[] = [];
  for (let d = 0; d <= spanDays; d += step) ticks.push({ x: xOf(first + d * DAY), label: tickLabel(first + d * DAY, multiYear || d === 0) });

  return { width: o.width, height: o.top + Math.max(lanes.length, 1) * o.laneHeight + 28, lanes, ticks, points };
}
