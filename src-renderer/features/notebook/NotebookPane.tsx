// The notebook: the list of notes, New note, and the open note's editor. Other panes reach it
// through its handle (cite, new note, export, open).
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type JSX } from 'react';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $getRoot, $getSelection, type LexicalEditor } from 'lexical';
import type { CitationRef, CitationView, Note, NoteSummary, SavedNote } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import type { CitedTable } from '../../components/citedTable';
import { shortcutLabel } from '../../components/platform';
import { ExportDialog } from '../export';
import { seedFromNote } from './citationStore';
import { NotebookContext, type NotebookActions } from './NotebookContext';
import { NoteEditor } from './NoteEditor';
import { sharedNoteOf } from './collab/sharedNote';
import { TEAM_SAVE_POINT_COMMAND, type SharedNote } from './collab/TeamCollabPlugin';
import { TeamDialog } from './collab/TeamDialog';
import { NotePanels } from './NotePanels';
import { setNoteList } from './noteTitles';
import type { AutosaveHandle } from './plugins/AutosavePlugin';
import { INSERT_CITATION_COMMAND } from './plugins/CitationPlugin';
import { INSERT_CITED_TABLE_COMMAND } from './plugins/CitedTablePlugin';
import './notebook.css';

export { seedClaim } from './citationStore';

export interface NotebookHandle {
  newNote(): Promise<void>;
  openNote(id: number): Promise<void>;
  insertCitation(ref: CitationRef): Promise<void>;
  /** Inserts a table whose cells hold text and real citations (starts a note when none is open). */
  insertTable(table: CitedTable): Promise<void>;
  /** Inserts an empty table with a header row at the caret. */
  insertEmptyTable(rows: number, columns: number): Promise<void>;
  /** Opens the export dialog on the open note. */
  openExport(): void;
  /** Re-reads the note list (after the sample was loaded, say). */
  refresh(): Promise<NoteSummary[]>;
  focusEditor(): void;
  hasOpenNote(): boolean;
}

interface Props {
  onOpenArticle: (articleId: number, claimId: number | null, span?: { start: number; end: number }) => void;
  onError: (message: string) => void;
  onNotesChange: (notes: NoteSummary[]) => void;
}

function shortDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const today = new Date();
  return d.toDateString() === today.toDateString()
    ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Whether two ISO times fall in the same minute (as the list shows them). */
const sameMinute = (a: string, b: string): boolean => a.slice(0, 16) === b.slice(0, 16) && a.length >= 16;

/** Whether two saves' citations read the same in the "Check citations" panel. */
function sameCitationChecks(a: readonly CitationView[], b: readonly CitationView[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => {
      const d = b[i];
      return d !== undefined && c.target === d.target && c.broken === d.broken && c.quote === d.quote && c.articleId === d.articleId;
    })
  );
}

/** What a save (or a restore) tells the pane: citations only when their checks changed. */
type SaveAnswer = Pick<SavedNote, 'id' | 'title' | 'updatedAt' | 'citations'>;
/** The open note's citations as last checked by the service. */
interface Checked {
  id: number;
  citations: CitationView[];
}

const LAST_NOTE_KEY = 'quire.lastNote';

function readLastNote(): string | null {
  try {
    return localStorage.getItem(LAST_NOTE_KEY);
  } catch {
    return null;
  }
}

function writeLastNote(id: number): void {
  try {
    localStorage.setItem(LAST_NOTE_KEY, String(id));
  } catch {
    /* not fatal */
  }
}

export const NotebookPane = forwardRef<NotebookHandle, Props>(function NotebookPane({ onOpenArticle, onError, onNotesChange }, ref): JSX.Element {
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  /** The open note's case and team server, when it is a shared document. */
  const [shared, setShared] = useState<SharedNote | null>(null);
  const [teamOpen, setTeamOpen] = useState(false);
  /** The open note as last saved (citations checked by the service). */
  const [saved, setSaved] = useState<Checked | null>(null);
  /** Bumped when the open note's content is replaced from outside the editor (a restore). */
  const [generation, setGeneration] = useState(0);
  const editorRef = useRef<LexicalEditor | null>(null);
  const autosaveRef = useRef<AutosaveHandle>(null);
  /** Edits asked for before the editor existed, applied once it does. */
  const pending = useRef<((editor: LexicalEditor) => void)[]>([]);
  /** Whether the editor takes the focus once the pending edits are in. */
  const focusAfter = useRef(true);
  const noteRef = useRef<Note | null>(null);
  useEffect(() => {
    noteRef.current = note;
  }, [note]);

  useEffect(() => {
    setNoteList(notes ?? []);
  }, [notes]);

  const publish = useCallback(
    (list: NoteSummary[]) => {
      setNotes(list);
      onNotesChange(list);
    },
    [onNotesChange],
  );

  const refresh = useCallback(async (): Promise<NoteSummary[]> => {
    try {
      const list = await api.call('notes.list', {});
      publish(list);
      return list;
    } catch (err) {
      onError(`Could not list notes: ${errorMessage(err)}`);
      return [];
    }
  }, [publish, onError]);


  const openNote = useCallback(
    async (id: number): Promise<void> => {
      if (noteRef.current?.id === id) return;
      await autosaveRef.current?.flush();
      try {
        const [loaded, sharedAs] = await Promise.all([api.call('notes.get', { id }), sharedNoteOf(id)]);
        seedFromNote(loaded);
        editorRef.current = null;
        noteRef.current = loaded;
        setShared(sharedAs);
        setNote(loaded);
        setSaved(null);
        writeLastNote(loaded.id);
      } catch (err) {
        onError(`Could not open the note: ${errorMessage(err)}`);
      }
    },
    [onError],
  );

  /** The open note again, as a shared note now: a new editor, connected to the team server. */
  const reopenShared = useCallback(
    async (id: number): Promise<void> => {
      await autosaveRef.current?.flush();
      try {
        const [loaded, sharedAs] = await Promise.all([api.call('notes.get', { id }), sharedNoteOf(id)]);
        editorRef.current = null;
        noteRef.current = loaded;
        setShared(sharedAs);
        setNote(loaded);
        setGeneration((g) => g + 1);
      } catch (err) {
        onError(`Could not open the shared note: ${errorMessage(err)}`);
      }
    },
    [onError],
  );

  const openNoteRef = useRef(openNote);
  useEffect(() => {
    openNoteRef.current = openNote;
  }, [openNote]);

  // On start, reopen the note that was open last time (if it still exists).
  useEffect(() => {
    let live = true;
    void refresh().then((list) => {
      const last = Number(readLastNote());
      if (live && list.some((n) => n.id === last)) void openNoteRef.current(last);
    });
    return () => {
      live = false;
    };
  }, [refresh]);

  const newNote = useCallback(async (): Promise<void> => {
    await autosaveRef.current?.flush();
    try {
      const created = await api.call('notes.create', { title: 'Untitled note' });
      editorRef.current = null;
      noteRef.current = created;
      setShared(null);
      setNote(created);
      setSaved(null);
      writeLastNote(created.id);
      setNotes((list) => {
        const next = [{ id: created.id, title: created.title, updatedAt: created.updatedAt }, ...(list ?? [])];
        onNotesChange(next);
        return next;
      });
      // The caret goes into the new note's text (its title stays "Untitled note" until renamed),
      // unless the analyst is already typing in the note (its title or its text) by then.
      pending.current.push((editor) => {
        if (document.activeElement instanceof HTMLElement && document.activeElement.closest('.note')) return;
        editor.update(() => $getRoot().selectStart());
        editor.focus();
      });
      focusAfter.current = false;
    } catch (err) {
      onError(`Could not create a note: ${errorMessage(err)}`);
    }
  }, [onError, onNotesChange]);

  // Citations and tables asked for before the editor existed are inserted once it does.
  const drain = useCallback(() => {
    const editor = editorRef.current;
    if (!editor || pending.current.length === 0) return;
    for (const edit of pending.current.splice(0)) edit(editor);
    // A table inserted from another view (compare) leaves the focus there.
    if (!focusAfter.current) return;
    editor.focus();
  }, []);

  useEffect(() => {
    if (!note) return;
    const t = window.setInterval(() => {
      if (editorRef.current) {
        window.clearInterval(t);
        drain();
      }
    }, 20);
    return () => window.clearInterval(t);
  }, [note, drain]);

  const enqueue = useCallback(
    async (edit: (editor: LexicalEditor) => void, focus = true): Promise<void> => {
      pending.current.push(edit);
      focusAfter.current = focus;
      if (!noteRef.current) await newNote();
      drain();
    },
    [newNote, drain],
  );

  const insertCitation = useCallback(
    (citation: CitationRef) => enqueue((editor) => editor.dispatchCommand(INSERT_CITATION_COMMAND, citation)),
    [enqueue],
  );
  const insertTable = useCallback(
    (table: CitedTable) => enqueue((editor) => editor.dispatchCommand(INSERT_CITED_TABLE_COMMAND, table), false),
    [enqueue],
  );
  const insertEmptyTable = useCallback(
    (rows: number, columns: number) =>
      enqueue((editor) =>
        editor.update(() => {
          // Lexical inserts a table at the selection: without one, at the end of the note.
          if (!$getSelection()) $getRoot().selectEnd();
          editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: String(rows), columns: String(columns), includeHeaders: { rows: true, columns: false } });
        }),
      ),
    [enqueue],
  );

  const [exporting, setExporting] = useState(false);
  const openExport = useCallback((): void => {
    if (!noteRef.current) {
      onError('Open a note to export it.');
      return;
    }
    setExporting(true);
  }, [onError]);
  const flush = useCallback(async (): Promise<void> => {
    await autosaveRef.current?.flush();
  }, []);

  /** Opens a note and scrolls to one of its citations (the export check's "Show"). */
  const showCitation = useCallback(
    async (noteId: number, target: string): Promise<void> => {
      await openNote(noteId);
      const find = (tries: number): void => {
        const chip = document.querySelector<HTMLElement>(`.citation[data-citation="${CSS.escape(target)}"]`);
        if (chip) {
          chip.scrollIntoView({ block: 'center' });
          chip.classList.add('flash');
          window.setTimeout(() => chip.classList.remove('flash'), 1600);
        } else if (tries > 0) window.setTimeout(() => find(tries - 1), 50);
      };
      find(40);
    },
    [openNote],
  );

  const onSaved = useCallback(
    (saved: SaveAnswer) => {
      // Autosave lands here every second while the analyst types: what did not change (the
      // citations' check, which the answer then leaves out, the list's titles) re-renders nothing.
      const { citations } = saved;
      if (citations) {
        seedFromNote({ citations });
        setSaved((prev) => {
          // Compared with the last answer, or with the note as opened before any answer came.
          const shown = prev?.id === saved.id ? prev.citations : noteRef.current?.id === saved.id ? noteRef.current.citations : null;
          return shown && sameCitationChecks(shown, citations) ? prev : { id: saved.id, citations };
        });
      }
      setNotes((list) => {
        const before = list ?? [];
        // The row shows the title and the time to the minute: while both read the same, the list
        // stays as it is. Any React commit while the editor has focus costs a walk of the note's
        // DOM (React saves the selection around it), and with it the panels' re-reads that follow
        // a new list. Backlinks do not change with the open note's own saves; its history shows a
        // new automatic version within the minute.
        const old = before.find((n) => n.id === saved.id);
        if (old && old.title === saved.title && sameMinute(old.updatedAt, saved.updatedAt)) return list;
        const next = before.map((n) => (n.id === saved.id ? { id: saved.id, title: saved.title, updatedAt: saved.updatedAt } : n));
        if (before.some((n) => n.id === saved.id && n.title !== saved.title)) onNotesChange(next);
        return next;
      });
    },
    [onNotesChange],
  );

  useImperativeHandle(
    ref,
    () => ({
      newNote,
      openNote,
      insertCitation,
      insertTable,
      insertEmptyTable,
      openExport,
      refresh,
      focusEditor: () => {
        if (editorRef.current) editorRef.current.focus();
        else document.querySelector<HTMLElement>('.note-list')?.focus();
      },
      hasOpenNote: () => noteRef.current !== null,
    }),
    [newNote, openNote, insertCitation, insertTable, insertEmptyTable, openExport, refresh],
  );

  const noteCreated = useCallback(
    (created: NoteSummary) => {
      setNotes((list) => {
        const next = [{ id: created.id, title: created.title, updatedAt: created.updatedAt }, ...(list ?? []).filter((n) => n.id !== created.id)];
        onNotesChange(next);
        return next;
      });
    },
    [onNotesChange],
  );

  const actions = useMemo<NotebookActions>(
    () => ({ openArticle: onOpenArticle, openNote: (id) => void openNote(id), noteCreated, reportError: onError }),
    [onOpenArticle, openNote, noteCreated, onError],
  );
  const current = saved && saved.id === note?.id ? saved : note;

  const snapshot = useCallback(async (): Promise<void> => {
    const id = noteRef.current?.id;
    if (id === undefined) return;
    await autosaveRef.current?.flush();
    await api.call('notes.snapshot', { id });
    // A shared note gets a save point on the team server too (only the shared editor handles it).
    editorRef.current?.dispatchCommand(TEAM_SAVE_POINT_COMMAND, `Version of “${noteRef.current?.title ?? ''}” saved by hand`);
  }, []);

  const restoreVersion = useCallback(
    async (versionId: number): Promise<void> => {
      const id = noteRef.current?.id;
      if (id === undefined) return;
      await autosaveRef.current?.flush();
      const restored = await api.call('notes.restore', { id, versionId });
      seedFromNote(restored);
      editorRef.current = null;
      noteRef.current = restored;
      setNote(restored);
      setSaved(null);
      setGeneration((g) => g + 1);
      onSaved(restored);
    },
    [onSaved],
  );
  const revision = useMemo(() => (notes ?? []).map((n) => `${n.id}:${n.updatedAt}`).join(','), [notes]);

  const moveInList = (delta: number): void => {
    if (!notes || notes.length === 0) return;
    const at = notes.findIndex((n) => n.id === note?.id);
    const next = notes[at < 0 ? 0 : Math.min(Math.max(at + delta, 0), notes.length - 1)];
    if (next) void openNote(next.id);
  };

  return (
    <section className="pane notebook" aria-label="Notebook">
      <header className="pane-head">
        <h2>Notebook</h2>
        <span className="muted count">{notes ? notes.length : ''}</span>
        <button type="button" className="btn" onClick={() => void newNote()} title={`New note (${shortcutLabel('Mod+N')})`}>
          New note
        </button>
        <button type="button" className="btn" onClick={() => setTeamOpen(true)} title="Team server and shared notes">
          Team…
        </button>
      </header>
      {notes && notes.length > 0 && (
        <ul
          className="note-list"
          role="listbox"
          aria-label="Notes"
          tabIndex={0}
          aria-activedescendant={note ? `note-row-${note.id}` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') moveInList(1);
            else if (e.key === 'ArrowUp') moveInList(-1);
            else return;
            e.preventDefault();
          }}
        >
          {notes.map((n) => (
            <li
              key={n.id}
              id={`note-row-${n.id}`}
              role="option"
              aria-selected={n.id === note?.id}
              className={`note-row${n.id === note?.id ? ' selected' : ''}`}
              onClick={() => void openNote(n.id)}
            >
              <span className="note-row-title">{n.title}</span>
              <span className="muted small">{shortDate(n.updatedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <NotebookContext.Provider value={actions}>
        {note ? (
          <NoteEditor
            key={`${note.id}:${generation}`}
            note={note}
            onSaved={onSaved}
            onExport={openExport}
            onError={onError}
            editorRef={editorRef}
            autosaveRef={autosaveRef}
            shared={shared?.link.noteId === note.id ? shared : null}
          />
        ) : (
          <div className="pane-empty">
            <p>{notes && notes.length > 0 ? 'Pick a note, or start a new one.' : 'No notes yet.'}</p>
            <p className="muted small">
              {shortcutLabel('Mod+N')} starts a note; citing a claim starts one for you.
            </p>
          </div>
        )}
      </NotebookContext.Provider>
      {current && (
        <NotePanels
          noteId={current.id}
          citations={current.citations}
          revision={revision}
          onShowCitation={(target) => void showCitation(current.id, target)}
          onOpenNote={(id) => void openNote(id)}
          onSnapshot={snapshot}
          onRestore={restoreVersion}
          onError={onError}
        />
      )}
      {teamOpen && (
        <TeamDialog
          noteId={note?.id ?? null}
          shared={shared?.link.noteId === note?.id ? shared : null}
          onShared={(id) => {
            setTeamOpen(false);
            void reopenShared(id);
          }}
          onOpened={(id) => {
            setTeamOpen(false);
            void refresh().then(() => openNote(id));
          }}
          onClose={() => setTeamOpen(false)}
        />
      )}
      {exporting && note && (
        <ExportDialog
          noteId={note.id}
          notes={notes ?? []}
          flush={flush}
          onJump={(noteId, target) => void showCitation(noteId, target)}
          onClose={() => setExporting(false)}
        />
      )}
    </section>
  );
});
