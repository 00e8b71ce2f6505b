// Statements by date and actor as an SVG chart: a lane per speaker, grouped and coloured by
// side; filter by side, speaker and dates; a click (or Enter on a focused dot) opens the source.
import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import type { MethodInput, TimelineEntry } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import type { CitedTable } from '../../components/citedTable';
import { speakerClass } from '../../components/speaker';
import { shortDate } from './format';
import { tableSideName } from './sideNames';
import { useTabFilter } from './tabFilter';
import { timelineTable } from './tables';
import { layoutTimeline } from './timelineLayout';
import type { CompareData } from './useCompareData';

interface Props {
  data: CompareData;
  onOpen: (articleId: number, claimId: number) => void;
  onInsert: (table: CitedTable) => void;
  onError: (message: string) => void;
}

const LANE = 28;
/** Side tag, then speaker name, then the plot. */
const SPEAKER_X = 92;
const LABEL_W = 225;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function TimelineTab({ data, onOpen, onInsert, onError }: Props): JSX.Element {
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  // The filters stay with the tab across tab switches (as Compare's), so Insert takes what is shown.
  const [sideText, setSideText] = useTabFilter('timeline.side');
  const [speaker, setSpeaker] = useTabFilter('timeline.speaker');
  const [from, setFrom] = useTabFilter('timeline.from');
  const [to, setTo] = useTabFilter('timeline.to');
  const sideId: number | '' = sideText === '' ? '' : Number(sideText);
  const setSideId = useCallback((id: number | '') => setSideText(id === '' ? '' : String(id)), [setSideText]);
  const [hover, setHover] = useState<number | null>(null);
  const [width, setWidth] = useState(900);
  const box = useRef<HTMLDivElement>(null);
  const sides = useMemo(() => data.sides ?? [], [data.sides]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(480, el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const fetchEntries = useCallback(async (): Promise<TimelineEntry[]> => {
    const input: MethodInput<'compare.timeline'> = {
      ...(sideId !== '' ? { sideIds: [sideId] } : {}),
      ...(speaker ? { speaker } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    try {
      return await api.call('compare.timeline', input);
    } catch (err) {
      onError(`Could not build the timeline: ${errorMessage(err)}`);
      return [];
    }
  }, [sideId, speaker, from, to, onError]);

  useEffect(() => {
    let live = true;
    void fetchEntries().then((e) => live && setEntries(e));
    return () => {
      live = false;
    };
  }, [fetchEntries]);

  const layout = useMemo(() => layoutTimeline(entries ?? [], sides, { width, labelWidth: LABEL_W, laneHeight: LANE, top: 26, stack: 9 }), [entries, sides, width]);
  const sideName = useCallback((id: number | null) => tableSideName(sides, id), [sides]);
  const hovered = layout.points.find((p) => p.entry.claim.id === hover) ?? null;

  return (
    <div className="cmp-timeline">
      <div className="cmp-toolbar">
        <label className="small">
          Side{' '}
          <select className="cmp-input" aria-label="Side" value={sideId} onChange={(e) => setSideId(e.target.value ? Number(e.target.value) : '')}>
            <option value="">all</option>
            {sides.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="small">
          Speaker{' '}
          <select className="cmp-input" aria-label="Speaker" value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
            <option value="">all</option>
            {data.speakers.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="small">
          From <input className="cmp-input" type="date" aria-label="From" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="small">
          To <input className="cmp-input" type="date" aria-label="To" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <span className="muted small">{entries ? `${entries.length} statement${entries.length === 1 ? '' : 's'}` : ''}</span>
        <span className="muted small tl-legend">
          <svg width="10" height="10" aria-hidden="true">
            <circle cx="5" cy="5" r="4" className="tl-dot legend" />
          </svg>{' '}
          date stated{' '}
          <svg width="10" height="10" aria-hidden="true">
            <circle cx="5" cy="5" r="3.5" className="tl-dot vague legend" />
          </svg>{' '}
          placed at the article’s date
        </span>
        <button type="button" className="btn small" style={{ marginLeft: 'auto' }} disabled={!entries || entries.length === 0} onClick={() => entries && onInsert(timelineTable(entries, sideName))}>
          Insert into note
        </button>
      </div>
      <div className="timeline-box" ref={box}>
        {entries === null ? (
          <div className="cmp-empty">Placing the statements…</div>
        ) : entries.length === 0 ? (
          <div className="cmp-empty">
            <p>No dated statement{sideId !== '' || speaker || from || to ? ' matches these filters' : ' yet'}.</p>
            <p className="muted small">A statement is placed at the date it was made, else at its article’s publication date: set an article’s date in the reader (“Add date” under its title).</p>
          </div>
        ) : (
          <svg className="timeline-chart" width={layout.width} height={layout.height} role="img" aria-label="Timeline of statements by date and speaker">
            {layout.lanes.map((lane, i) => (
              <g key={lane.label} className="tl-lane">
                {i % 2 === 0 && <rect x={0} y={lane.y - LANE / 2} width={layout.width} height={LANE} className="tl-band" />}
                <text x={8} y={lane.y + 4} className="tl-side">
                  {lane.sideId !== null ? clip(sideName(lane.sideId), 11) : ''}
                </text>
                <text x={SPEAKER_X} y={lane.y + 4} className="tl-label">
                  <title>{lane.label}</title>
                  {clip(lane.label, 19)}
                </text>
              </g>
            ))}
            {layout.ticks.map((t) => (
              <g key={t.x}>
                <line x1={t.x} x2={t.x} y1={18} y2={layout.height - 24} className="tl-grid" />
                <text x={t.x} y={12} className="tl-tick" textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
            {layout.points.map((p) => (
              <g
                key={p.entry.claim.id}
                className={`tl-point ${speakerClass(p.entry.claim.speaker)}`}
                tabIndex={0}
                role="link"
                aria-label={`${shortDate(p.entry.date)}, ${p.entry.claim.speaker ?? 'unattributed'}: “${p.entry.claim.text}”`}
                data-claim-id={p.entry.claim.id}
                onMouseEnter={() => setHover(p.entry.claim.id)}
                onMouseLeave={() => setHover(null)}
                onFocus={() => setHover(p.entry.claim.id)}
                onBlur={() => setHover(null)}
                onClick={() => onOpen(p.entry.claim.articleId, p.entry.claim.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onOpen(p.entry.claim.articleId, p.entry.claim.id);
                  }
                }}
              >
                <circle cx={p.x} cy={p.y} r={p.entry.precision === 'unknown' ? 4 : 5.5} className={p.entry.precision === 'unknown' ? 'tl-dot vague' : 'tl-dot'} />
              </g>
            ))}
          </svg>
        )}
        {hovered && (
          <div className="tl-tip" style={{ left: Math.min(hovered.x + 12, layout.width - 340), top: hovered.y + 12 }} role="tooltip">
            <div className="muted small">
              {shortDate(hovered.entry.date)}
              {hovered.entry.precision === 'unknown' ? ' (article’s date)' : hovered.entry.precision !== 'day' ? ` (${hovered.entry.precision})` : ''} · {hovered.entry.claim.outlet ?? hovered.entry.claim.articleTitle}
            </div>
            <b>{hovered.entry.claim.speaker ?? 'Unattributed'}</b>: “{hovered.entry.claim.text}”
          </div>
        )}
      </div>
    </div>
  );
}
