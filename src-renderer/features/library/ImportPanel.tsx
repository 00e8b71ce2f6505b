// The bulk import's progress bar (count, current file, time left, Cancel) and, once finished,
// a one-line summary that opens the full report: per imported file, the metadata found (with
// where it came from) and what is missing, each missing field fillable in place (Enter saves,
// Escape cancels; keyboard only).
import { useEffect, useRef, useState, type JSX } from 'react';
import type { ArticleSummary } from '../../../src-main/api/contract/methods';
import { FILLABLE_FIELDS, METADATA_SOURCE_LABELS, type ArticleMetadataField } from '../../../src-main/api/contract/metadata';
import { api, errorMessage } from '../../api/client';
import type { ImportLine, ImportProgress, ImportReport } from './importFiles';
import { ModalDialog } from '../../components/ModalDialog';

const FIELD_NAME: Record<ArticleMetadataField, string> = { title: 'title', outlet: 'outlet', author: 'author', published: 'date', updated: 'update date', language: 'language', url: 'URL' };
const FIELD_PLACEHOLDER: Partial<Record<ArticleMetadataField, string>> = { published: 'YYYY-MM-DD', language: 'en, ru, uk…', url: 'https://…' };

type Found = { id: number; title: string } & Partial<ArticleSummary>;

/** One missing field: a button that opens an input; Enter saves it as the analyst's value. */
function FillField({ article, field, onSaved }: { article: Found; field: ArticleMetadataField; onSaved: (a: ArticleSummary) => void }): JSX.Element {
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (value === null) {
    return (
      <button type="button" className="linkish meta-fill" data-fill={field} onClick={() => setValue('')}>
        add {FIELD_NAME[field]}
      </button>
    );
  }
  return (
    <span className="meta-fill-edit">
      <input
        className="meta-input"
        aria-label={`${FIELD_NAME[field]} of ${article.title}`}
        placeholder={FIELD_PLACEHOLDER[field] ?? FIELD_NAME[field]}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setValue(null);
            setError(null);
          } else if (e.key === 'Enter' && value.trim()) {
            e.preventDefault();
            api
              .call('articles.setMetadata', { id: article.id, field, value: value.trim() })
              .then((saved) => {
                setValue(null);
                setError(null);
                onSaved(saved);
              })
              .catch((err: unknown) => setError(errorMessage(err)));
          }
        }}
      />
      {error && (
        <span className="error small" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}

/** "outlet UPI (dateline) · date 2022-02-28 (dateline) · missing: author [add author]". */
function MetadataFound({ article, onChanged }: { article: Found; onChanged?: (() => void) | undefined }): JSX.Element {
  const [current, setCurrent] = useState<Found>(article);
  const box = useRef<HTMLSpanElement>(null);
  const sources = (current.sources ?? {}) as Partial<Record<ArticleMetadataField, string>>;
  const value = (f: ArticleMetadataField): string | null => {
    const v = (current as Partial<Record<ArticleMetadataField, unknown>>)[f];
    return typeof v === 'string' && v ? v : null;
  };
  const found = FILLABLE_FIELDS.filter((f) => value(f) && f !== 'url');
  const missing = FILLABLE_FIELDS.filter((f) => !value(f));
  return (
    <span className="import-meta small" data-testid="import-metadata" ref={box} tabIndex={-1}>
      {found.map((f) => (
        <span key={f} className="import-meta-found" data-field={f} data-source={sources[f] ?? ''}>
          {' · '}
          {FIELD_NAME[f]} {value(f)}
          {sources[f] && <span className="muted"> ({(METADATA_SOURCE_LABELS as Record<string, string>)[sources[f]!] ?? sources[f]})</span>}
        </span>
      ))}
      {missing.length > 0 && (
        <span className="import-meta-missing">
          {' · missing: '}
          {missing.map((f, i) => (
            <span key={f}>
              {i > 0 && ', '}
              <FillField
                article={current}
                field={f}
                onSaved={(a) => {
                  setCurrent({ ...current, ...a });
                  onChanged?.();
                  // The filled field's input is gone: focus stays in the report (Escape still closes it).
                  box.current?.focus();
                }}
              />
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

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
  onChanged,
}: {
  report: ImportReport;
  onClose: () => void;
  onOpenArticle: (id: number) => void;
  /** An article's metadata was filled in the report (the library and reader re-read it). */
  onChanged?: () => void;
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
                {l.status === 'imported' && l.article && <MetadataFound article={l.article} onChanged={onChanged} />}
              </span>
            </li>
          ))}
          {report.cancelled > 0 && <li className="import-line muted">{report.cancelled.toLocaleString()} files were not started: the import was cancelled.</li>}
        </ul>
    </ModalDialog>
  );
}
