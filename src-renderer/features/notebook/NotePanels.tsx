// Below the open note: "Check citations" (every broken citation of the note, with a jump to it)
// and Backlinks (each note linking here, with the sentence around its link).
import { useEffect, useState, type JSX } from 'react';
import type { CitationView, NoteRef, NoteVersion } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import { shortQuote } from './nodes/CitationNode';

interface Props {
  noteId: number;
  citations: readonly CitationView[];
  /** Changes when any note was saved or renamed (backlinks are re-read). */
  revision: string;
  onShowCitation: (target: string) => void;
  onOpenNote: (id: number) => void;
  /** Saves pending edits, then snapshots the note. */
  onSnapshot: () => Promise<void>;
  /** Saves pending edits, then restores the version (the editor reloads). */
  onRestore: (versionId: number) => Promise<void>;
  onError: (message: string) => void;
}

type Tab = 'none' | 'check' | 'backlinks' | 'history';

const REASON: Record<NoteVersion['reason'], string> = {
  auto: 'Autosaved',
  manual: 'Saved version',
  'before-restore': 'Before a restore',
  restore: 'Restored',
};

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function History({ noteId, revision, onSnapshot, onRestore, onError }: { noteId: number; revision: string } & Pick<Props, 'onSnapshot' | 'onRestore' | 'onError'>): JSX.Element {
  const [versions, setVersions] = useState<{ noteId: number; list: NoteVersion[] } | null>(null);
  const [bump, setBump] = useState(0);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    api.call('notes.history', { id: noteId }).then(
      (list) => {
        if (live) setVersions({ noteId, list });
      },
      (err: unknown) => {
        if (live) onError(`Could not read the note’s history: ${errorMessage(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [noteId, revision, bump, onError]);
  const run = async (what: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await what();
    } catch (err) {
      onError(errorMessage(err));
    } finally {
      setBusy(false);
      setBump((b) => b + 1);
    }
  };
  const list = versions?.noteId === noteId ? versions.list : [];
  return (
    <section className="note-panel" aria-label="History">
      <div className="panel-actions">
        <span className="muted small">A version is kept every few minutes while you write, and around every restore.</span>
        <button type="button" className="btn small" disabled={busy} onClick={() => void run(onSnapshot)}>
          Save version
        </button>
      </div>
      {list.length === 0 ? (
        <p className="muted small">No versions yet.</p>
      ) : (
        <ul className="panel-list">
          {list.map((v) => (
            <li key={v.id} className="panel-row version-row" data-version-id={v.id}>
              <div className="version-body">
                <div>
                  <span className="version-when">{when(v.createdAt)}</span> <span className="muted small">· {REASON[v.reason]} · {v.title}</span>
                </div>
                <div className="version-preview muted small">{v.text.slice(0, 140) || '(empty)'}</div>
              </div>
              <button type="button" className="btn small" disabled={busy} onClick={() => void run(() => onRestore(v.id))}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function describe(c: CitationView): string {
  const what = c.quote ? `“${shortQuote(c.quote, 60)}”` : c.target;
  if (c.articleId === null) return `${what} — its source is gone`;
  return `${what} — the source text no longer matches`;
}

export function NotePanels({ noteId, citations, revision, onShowCitation, onOpenNote, onSnapshot, onRestore, onError }: Props): JSX.Element {
  const [backlinks, setBacklinks] = useState<{ noteId: number; refs: NoteRef[] } | null>(null);
  const [open, setOpen] = useState<Tab>('none');

  useEffect(() => {
    let live = true;
    api.call('notes.backlinks', { id: noteId }).then(
      (refs) => {
        if (live) setBacklinks({ noteId, refs });
      },
      () => {
        if (live) setBacklinks({ noteId, refs: [] });
      },
    );
    return () => {
      live = false;
    };
  }, [noteId, revision]);

  const refs = backlinks?.noteId === noteId ? backlinks.refs : [];
  const broken = citations.filter((c) => c.broken);
  const toggle = (which: Exclude<Tab, 'none'>): void => setOpen((o) => (o === which ? 'none' : which));

  return (
    <div className="note-panels">
      <div className="note-panel-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={open === 'check'}
          className={`panel-tab${broken.length ? ' warn' : ''}`}
          onClick={() => toggle('check')}
        >
          Check citations{' '}
          <span className="panel-count">{broken.length ? `${broken.length} broken` : citations.length ? `${citations.length} ok` : ''}</span>
        </button>
        <button type="button" role="tab" aria-selected={open === 'backlinks'} className="panel-tab" onClick={() => toggle('backlinks')}>
          Backlinks <span className="panel-count">{refs.length}</span>
        </button>
        <button type="button" role="tab" aria-selected={open === 'history'} className="panel-tab" onClick={() => toggle('history')}>
          History
        </button>
      </div>
      {open === 'check' && (
        <section className="note-panel" aria-label="Check citations">
          {citations.length === 0 ? (
            <p className="muted small">This note cites nothing yet. Type @ to cite a claim.</p>
          ) : broken.length === 0 ? (
            <p className="muted small">All {citations.length} citations resolve and match their sources.</p>
          ) : (
            <ul className="panel-list">
              {broken.map((c) => (
                <li key={c.target} className="panel-row broken-row">
                  <span>{describe(c)}</span>
                  <button type="button" className="btn small" onClick={() => onShowCitation(c.target)}>
                    Show
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {open === 'history' && <History noteId={noteId} revision={revision} onSnapshot={onSnapshot} onRestore={onRestore} onError={onError} />}
      {open === 'backlinks' && (
        <section className="note-panel" aria-label="Backlinks">
          {refs.length === 0 ? (
            <p className="muted small">No note links here yet. Type [[ in another note to link this one.</p>
          ) : (
            <ul className="panel-list">
              {refs.map((r) => (
                <li key={r.id} className="panel-row backlink-row">
                  <button type="button" className="link-button" onClick={() => onOpenNote(r.id)}>
                    {r.title}
                  </button>
                  {r.context && <span className="backlink-context muted small">{r.context}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
