// Export a brief: which notes and in what order, the format and citation style, and the
// integrity check that runs before anything leaves Quire. Problems are listed with a jump to
// each; the analyst fixes them or exports with them marked.
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import type { ExportCheck, ExportedFile, NoteSummary, SavedExport } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import { shortcutLabel, hasMod } from '../../components/platform';
import './export.css';

type Format = 'md' | 'html' | 'docx' | 'pdf';
type Style = 'statement' | 'chicago' | 'apa';

const FORMATS: { value: Format; label: string }[] = [
  { value: 'md', label: 'Markdown' },
  { value: 'html', label: 'HTML' },
  { value: 'docx', label: 'Word (DOCX)' },
  { value: 'pdf', label: 'PDF' },
];
const STYLES: { value: Style; label: string }[] = [
  { value: 'statement', label: 'Statement (speaker and exact quote first)' },
  { value: 'chicago', label: 'Chicago (notes and bibliography)' },
  { value: 'apa', label: 'APA 7' },
];

/** An export handed to the host, and where the host says it went once the save has ended. */
interface SaveState {
  fileName: string;
  outcome: SavedExport | null;
}

/** Saves an exported file through the browser's download (Electron shows a save dialog). */
export function saveFile(file: ExportedFile): void {
  const body =
    file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Names the saved file and, where the host saved it to a folder, offers to show it there. */
function SavedLine({ saved, onError }: { saved: SaveState; onError: (message: string) => void }): JSX.Element {
  const { fileName, outcome } = saved;
  const reveal = (id: number): void => {
    api.call('export.reveal', { id }).catch((err: unknown) => onError(`Could not open the folder: ${errorMessage(err)}`));
  };
  return (
    <p className={outcome?.where === 'cancelled' ? 'export-saved cancelled' : 'export-saved'} role="status" data-testid="export-saved">
      {outcome === null && (
        <>
          Saving <strong>{fileName}</strong>: choose where in the save dialog.
        </>
      )}
      {outcome?.where === 'downloads' && (
        <>
          Saved <strong>{fileName}</strong> in your browser&apos;s downloads folder.
        </>
      )}
      {outcome?.where === 'cancelled' && (
        <>
          <strong>{fileName}</strong> was not saved: the save was cancelled.
        </>
      )}
      {outcome?.where === 'folder' && (
        <>
          Saved <strong className="export-path">{outcome.path}</strong>{' '}
          <button type="button" className="btn small" onClick={() => reveal(outcome.id)}>
            Show in folder
          </button>
        </>
      )}
    </p>
  );
}

interface Props {
  /** The note the dialog opens on; more notes can be added after it. */
  noteId: number;
  notes: NoteSummary[];
  /** Saves the open note first, so the export sees what is on screen. */
  flush: () => Promise<void>;
  onJump: (noteId: number, target: string) => void;
  onClose: () => void;
}

export function ExportDialog({ noteId, notes, flush, onJump, onClose }: Props): JSX.Element {
  const [order, setOrder] = useState<number[]>([noteId]);
  const [format, setFormat] = useState<Format>('md');
  const [style, setStyle] = useState<Style>('statement');
  const [appendix, setAppendix] = useState(false);
  const [noteOnly, setNoteOnly] = useState(false);
  const [appendLinked, setAppendLinked] = useState(false);
  const [markProblems, setMarkProblems] = useState(false);
  const [saved, setSaved] = useState<SaveState | null>(null);
  // Only the latest save's answer is shown.
  const saveSeq = useRef(0);
  // The check belongs to one order of notes; a stale one is never shown.
  const [checked, setChecked] = useState<{ key: string; result: ExportCheck } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  const titleOf = (id: number): string => notes.find((n) => n.id === id)?.title ?? `Note ${id}`;

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        await flush();
        const result = await api.call('export.check', { noteIds: order });
        if (live) setChecked({ key: order.join(','), result });
      } catch (err) {
        if (live) setError(`Could not check the citations: ${errorMessage(err)}`);
      }
    })();
    return () => {
      live = false;
    };
  }, [order, flush]);

  // A modal keeps focus: the dialog itself takes it (the Export button stays disabled until the
  // check has run) and takes it back from anything behind it, such as the editor restoring its own.
  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.focus();
    const keep = (e: FocusEvent): void => {
      if (dialog && e.target instanceof Node && !dialog.contains(e.target)) dialog.focus();
    };
    document.addEventListener('focusin', keep);
    return () => document.removeEventListener('focusin', keep);
  }, []);

  const run = useCallback(
    async (label: string, call: () => Promise<ExportedFile>): Promise<void> => {
      setBusy(label);
      setError(null);
      setSaved(null);
      try {
        const file = await call();
        saveFile(file);
        const seq = ++saveSeq.current;
        setSaved({ fileName: file.fileName, outcome: null });
        // The desktop app answers when its save dialog closes; a browser at once.
        void api
          .call('export.saved', { fileName: file.fileName })
          .then((outcome) => {
            if (saveSeq.current === seq) setSaved({ fileName: file.fileName, outcome });
          })
          .catch((err: unknown) => {
            if (saveSeq.current === seq) setError(`Could not learn where ${file.fileName} was saved: ${errorMessage(err)}`);
          });
      } catch (err) {
        setError(errorMessage(err));
      } finally {
        setBusy(null);
        // The pressed button was disabled while busy and lost the focus: the dialog keeps it (Esc closes).
        dialogRef.current?.focus();
      }
    },
    [],
  );

  const check = checked?.key === order.join(',') ? checked.result : null;
  const problems = check?.problems ?? [];
  const blocked = !check || check.citations === 0 || (problems.length > 0 && !markProblems);
  const exportBrief = (): Promise<void> =>
    run('brief', () =>
      api.call('export.note', {
        noteIds: order,
        format,
        style,
        appendix,
        citations: noteOnly ? 'note' : 'inline',
        appendLinked,
        markProblems: problems.length > 0 && markProblems,
      }),
    );
  const incomplete = check?.incomplete ?? [];

  const move = (index: number, delta: number): void =>
    setOrder((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item === undefined) return list;
      next.splice(Math.min(Math.max(index + delta, 0), next.length), 0, item);
      return next;
    });
  const others = notes.filter((n) => !order.includes(n.id));

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        ref={dialogRef}
        tabIndex={-1}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Export brief"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          } else if (e.key === 'Enter' && hasMod(e) && !blocked && !busy) {
            e.preventDefault();
            void exportBrief();
          }
        }}
      >
        <header className="export-head">
          <h2>Export brief</h2>
          <button type="button" className="btn small" onClick={onClose} aria-label="Close">
            Esc
          </button>
        </header>

        <section className="export-section" aria-label="Notes in the brief">
          <h3>Notes, in order</h3>
          <ol className="export-notes">
            {order.map((id, i) => (
              <li key={id}>
                <span className="export-note-title">{titleOf(id)}</span>
                <button type="button" className="btn small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${titleOf(id)} up`}>
                  ↑
                </button>
                <button type="button" className="btn small" disabled={i === order.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${titleOf(id)} down`}>
                  ↓
                </button>
                <button type="button" className="btn small" disabled={order.length === 1} onClick={() => setOrder(order.filter((n) => n !== id))} aria-label={`Remove ${titleOf(id)}`}>
                  ✕
                </button>
              </li>
            ))}
          </ol>
          {others.length > 0 && (
            <select
              className="export-add"
              aria-label="Add a note to the brief"
              value=""
              onChange={(e) => e.target.value && setOrder([...order, Number(e.target.value)])}
            >
              <option value="">Add a note…</option>
              {others.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.title}
                </option>
              ))}
            </select>
          )}
        </section>

        <section className="export-section export-options">
          <label>
            Format
            <select aria-label="Format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
              {FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Citation style
            <select aria-label="Citation style" value={style} onChange={(e) => setStyle(e.target.value as Style)}>
              {STYLES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={appendix} onChange={(e) => setAppendix(e.target.checked)} />
            Appendix of quoted statements in context
          </label>
          <label className="check">
            <input type="checkbox" checked={noteOnly} onChange={(e) => setNoteOnly(e.target.checked)} />
            Quotes in the notes only (the sentences keep just your words)
          </label>
          <label className="check">
            <input type="checkbox" checked={appendLinked} onChange={(e) => setAppendLinked(e.target.checked)} />
            Append the notes that [[links]] point to, as cross-referenced sections
          </label>
        </section>

        <section className="export-section" aria-label="Citation check" aria-live="polite">
          <h3>Citation check</h3>
          {!check && <p className="muted">Checking every citation against the stored articles…</p>}
          {check && check.citations === 0 && <p className="export-warn">This brief cites nothing yet: cite a claim before exporting.</p>}
          {check && check.citations > 0 && problems.length === 0 && (
            <p className="export-ok">All {check.citations} citations resolve and match their articles word for word.</p>
          )}
          {problems.length > 0 && (
            <>
              <p className="export-warn">
                {problems.length} of {check?.citations} citations cannot be vouched for:
              </p>
              <ul className="export-problems">
                {problems.map((p) => (
                  <li key={`${p.noteId}-${p.target}`}>
                    <span>
                      <strong>{p.noteTitle}</strong> · {p.message}
                    </span>
                    <button
                      type="button"
                      className="btn small"
                      onClick={() => {
                        onJump(p.noteId, p.target);
                        onClose();
                      }}
                    >
                      Show
                    </button>
                  </li>
                ))}
              </ul>
              <label className="check">
                <input type="checkbox" checked={markProblems} onChange={(e) => setMarkProblems(e.target.checked)} />
                Export anyway, with these citations marked as unverified
              </label>
            </>
          )}
          {incomplete.length > 0 && (
            <>
              <p className="export-note">Sources whose notes and bibliography entries will lack a field (add it in the reader's article details):</p>
              <ul className="export-incomplete">
                {incomplete.map((gap) => (
                  <li key={gap.articleId}>
                    <strong>{gap.title}</strong> · no {gap.missing.join(', no ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        {saved && <SavedLine saved={saved} onError={setError} />}

        {error && (
          <p className="export-error" role="alert">
            {error}
          </p>
        )}

        <footer className="export-foot">
          <span className="export-data">
            Data:
            <button type="button" className="btn small" disabled={busy !== null} onClick={() => void run('sources', () => api.call('export.sources', { noteIds: order, format: 'csl-json' }))}>
              Sources CSL-JSON
            </button>
            <button type="button" className="btn small" disabled={busy !== null} onClick={() => void run('sources', () => api.call('export.sources', { noteIds: order, format: 'bibtex' }))}>
              BibTeX
            </button>
            <button type="button" className="btn small" disabled={busy !== null} onClick={() => void run('claims', () => api.call('export.claims', { format: 'csv' }))}>
              Claims CSV
            </button>
          </span>
          <button
            type="button"
            className="btn primary"
            disabled={blocked || busy !== null}
            onClick={() => void exportBrief()}
            title={`Export (${shortcutLabel('Mod+Enter')})`}
          >
            {busy === 'brief' ? 'Exporting…' : `Export ${FORMATS.find((f) => f.value === format)?.label ?? ''}`}
          </button>
        </footer>
      </div>
    </div>
  );
}
