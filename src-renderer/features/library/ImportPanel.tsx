// The bulk import's progress bar (count, current file, time left, Cancel) and, once finished,
// a one-line summary that opens the full report.
import { useEffect, useRef, type JSX } from 'react';
import type { ImportLine, ImportProgress, ImportReport } from './importFiles';
import { ModalDialog } from '../../components/ModalDialog';

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

export function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress; onCancel: () => void }): JSX.Element {
  const pct = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="import-progress" role="region" aria-label="Import progress" data-testid="import-progress">
      <div className="import-progress-head">
        <span className="import-count">
          {progress.done.toLocaleString()} / {progress.total.toLocaleString()}
        </span>
        <span className="muted small">{progress.cancelling ? 'cancelling…' : 'importing'}</span>
        <button type="button" className="btn small" onClick={onCancel} disabled={progress.cancelling}>
          Cancel
        </button>
      </div>
      <div
        className="import-bar"
        role="progressbar"
        aria-label="Imported files"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={`${progress.done} of ${progress.total}`}
      >
        <div className="import-bar-fill" style={{ width: `${pct}%` }} />
      </div>
      <div className="import-foot muted small">
        <span className="import-current" title={progress.current ?? ''}>
          {progress.current ?? '\u00a0'}
        </span>
        <span className="import-eta">{progress.remainingMs !== null && !progress.cancelling ? `${formatDuration(progress.remainingMs)} left` : ''}</span>
      </div>
    </div>
  );
}

export function summaryOf(report: ImportReport): string {
  const n = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString()} ${count === 1 ? one : many}`;
  const imported = report.lines.filter((l) => l.status === 'imported').length;
  const dup = report.lines.filter((l) => l.status === 'duplicate').length;
  const failed = report.lines.filter((l) => l.status === 'failed').length;
  const parts = [`${n(imported, 'article')} imported`];
  if (dup) parts.push(n(dup, 'duplicate'));
  if (failed) parts.push(`${failed.toLocaleString()} failed`);
  if (report.cancelled) parts.push(`${report.cancelled.toLocaleString()} not started (cancelled)`);
  return parts.join(' · ');
}

export function ImportSummary({ report, onOpen, onDismiss }: { report: ImportReport; onOpen: () => void; onDismiss: () => void }): JSX.Element {
  return (
    <div className="import-summary" role="status" data-testid="import-summary">
      <span className="import-summary-text">{summaryOf(report)}</span>
      <button type="button" className="btn small" onClick={onOpen}>
        Report
      </button>
      <button type="button" className="banner-close" aria-label="Dismiss import summary" title="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

const STATUS_LABEL: Record<ImportLine['status'], string> = { imported: 'Imported', duplicate: 'Duplicate', failed: 'Failed' };

export function ImportReportDialog({
  report,
  onClose,
  onOpenArticle,
}: {
  report: ImportReport;
  onClose: () => void;
  onOpenArticle: (id: number) => void;
}): JSX.Element {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  // Problems first, then what was imported, each in file order.
  const order: ImportLine['status'][] = ['failed', 'duplicate', 'imported'];
  const lines = order.flatMap((s) => report.lines.filter((l) => l.status === s));
  return (
    <ModalDialog className="import-report" label="Import report" onClose={onClose}>
        <header className="import-report-head">
          <h2>Import report</h2>
          <span className="muted small">
            {summaryOf(report)} · {formatDuration(report.finishedAt - report.startedAt)}
          </span>
          <button ref={close} type="button" className="btn small" onClick={onClose}>
            Close
          </button>
        </header>
        <ul className="import-report-list" aria-label="Files">
          {lines.map((l, i) => (
            <li key={`${l.fileName}-${i}`} className={`import-line ${l.status}`} data-status={l.status}>
              <span className={`import-status ${l.status}`}>{STATUS_LABEL[l.status]}</span>
              <span className="import-file" title={l.fileName}>
                {l.fileName}
              </span>
              <span className="import-detail">
                {l.status === 'failed' && l.message}
                {l.status !== 'failed' && l.article && (
                  <button
                    type="button"
                    className="linkish"
                    onClick={() => {
                      onOpenArticle(l.article!.id);
                      onClose();
                    }}
                  >
                    {l.status === 'duplicate' ? `duplicate of “${l.article.title}” (article ${l.article.id})` : `${l.article.title}${l.claims !== undefined ? ` · ${l.claims} claims` : ''}`}
                  </button>
                )}
              </span>
            </li>
          ))}
          {report.cancelled > 0 && <li className="import-line muted">{report.cancelled.toLocaleString()} files were not started: the import was cancelled.</li>}
        </ul>
    </ModalDialog>
  );
}
