// One open note: title, save status, export, and the Lexical rich-text editor with its plugins.
import { memo, useCallback, useMemo, useState, type JSX, type MouseEvent as ReactMouseEvent, type Ref, type RefObject } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import {
  BOLD_STAR,
  HEADING,
  ITALIC_STAR,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';
import { $getRoot, $isElementNode, type LexicalEditor } from 'lexical';
import type { Note, SavedNote } from '../../../src-main/api/contract/methods';
import { shortcutLabel } from '../../components/platform';
import { NOTE_NODES, NOTE_THEME, parseNoteContent } from './editorConfig';
import { AutosavePlugin, type AutosaveHandle, type SaveStatus } from './plugins/AutosavePlugin';
import { CitationChipsPlugin } from './plugins/CitationChipsPlugin';
import { CitationPickerPlugin } from './plugins/CitationPickerPlugin';
import { ChipSpacingPlugin } from './plugins/ChipSpacingPlugin';
import { FormatToolbarPlugin } from './plugins/FormatToolbarPlugin';
import { CitationPlugin } from './plugins/CitationPlugin';
import { CitedTablePlugin } from './plugins/CitedTablePlugin';
import { ClaimDropPlugin } from './plugins/ClaimDropPlugin';
import { NoteLinkPickerPlugin } from './plugins/NoteLinkPickerPlugin';
import { PasteSanitizePlugin } from './plugins/PasteSanitizePlugin';
import { SaveStatusLabel, createSaveStatusStore } from './SaveStatus';
import { INITIAL_TEAM_STATE, TeamCollabPlugin, teamNotice, type SharedNote, type TeamState } from './collab/TeamCollabPlugin';

const TRANSFORMERS: Transformer[] = [HEADING, QUOTE, UNORDERED_LIST, ORDERED_LIST, BOLD_STAR, ITALIC_STAR];

interface Props {
  note: Note;
  onSaved: (note: SavedNote) => void;
  onExport: () => void;
  onError: (message: string) => void;
  editorRef: RefObject<LexicalEditor | null>;
  autosaveRef: Ref<AutosaveHandle>;
  /** Set when the note is a shared document of a case: it is co-edited through the team server. */
  shared?: SharedNote | null;
}

/**
 * A click in the blank space below the last block puts the caret at the end of the note
 * (Chromium otherwise may leave the selection outside the editor when the last line ends in a
 * chip).
 */
function caretToEndOnBlankClick(e: ReactMouseEvent<HTMLDivElement>, editor: LexicalEditor | null): void {
  const root = editor?.getRootElement();
  if (!editor || !root || !editor.isEditable()) return;
  if (e.target !== root && e.target !== e.currentTarget) return;
  const last = root.lastElementChild;
  if (last && e.clientY <= last.getBoundingClientRect().bottom) return;
  e.preventDefault();
  editor.update(() => {
    const block = $getRoot().getLastChild();
    if ($isElementNode(block)) block.selectEnd();
    else $getRoot().selectEnd();
  });
  editor.focus();
}

/**
 * Memoised: the pane re-renders after every autosave (the list's time), and the editor with all
 * its plugins need not follow (its props are stable while the note stays open).
 */
export const NoteEditor = memo(function NoteEditor({ note, onSaved, onExport, onError, editorRef, autosaveRef, shared = null }: Props): JSX.Element {
  const [title, setTitle] = useState(note.title);
  const [status] = useState(createSaveStatusStore);
  const setStatus = useCallback(
    (next: SaveStatus) => {
      if (next.state === 'error' && status.get().state !== 'error') onError(`The note could not be saved: ${next.message}`);
      status.set(next);
    },
    [status, onError],
  );
  const parsed = useMemo(() => parseNoteContent(note.content), [note.content]);
  const problem = parsed.problem;
  const [team, setTeam] = useState<TeamState>(INITIAL_TEAM_STATE);
  const notice = shared ? teamNotice(shared, team) : null;

  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'quire-note',
      nodes: NOTE_NODES,
      theme: NOTE_THEME,
      // A shared note's content comes from the shared document (the collaboration plugin fills it).
      editable: problem === null && shared === null,
      editorState: shared ? null : (parsed.state ?? undefined),
      onError: (error) => onError(`Editor error: ${error.message}`),
    }),
    // The composer reads its config once; a new note mounts a new editor (keyed by id).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <div className="note">
      <div className="note-head">
        <div className="note-toolbar">
          <SaveStatusLabel store={status} />
          <button type="button" className="btn small" onClick={onExport} title={`Export brief (${shortcutLabel('Mod+E')})`}>
            Export…
          </button>
        </div>
        <input
          className="note-title"
          aria-label="Note title"
          value={title}
          maxLength={300}
          placeholder="Untitled note"
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || (e.key === 'ArrowDown' && !e.shiftKey)) {
              e.preventDefault();
              editorRef.current?.focus();
            }
          }}
          readOnly={problem !== null}
        />
      </div>
      {problem !== null && (
        <div className="banner banner-error inline" role="alert">
          This note cannot be opened for editing ({problem}). It is shown read-only and will not be changed.
        </div>
      )}
      {notice && (
        <div className={`banner inline team-status${notice.alert ? ' banner-error' : ''}`} role={notice.alert ? 'alert' : 'status'} data-testid="team-status">
          {notice.text}
        </div>
      )}
      <LexicalComposer initialConfig={initialConfig}>
        {problem === null && <FormatToolbarPlugin />}
        <div className="editor-shell" onMouseDown={(e) => caretToEndOnBlankClick(e, editorRef.current)}>
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="editor"
                aria-label="Note text"
                aria-placeholder="Write here. Type @ to cite a claim, [[ to link a note."
                placeholder={
                  <div className="editor-placeholder">
                    Write here. Type @ to cite a claim, [[ to link a note, or cite from the reader with {shortcutLabel('Mod+Shift+C')}.
                  </div>
                }
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          {shared && problem === null ? <TeamCollabPlugin shared={shared} initialContent={note.content} onState={setTeam} /> : <HistoryPlugin />}
          <ListPlugin />
          <LinkPlugin />
          <MarkdownShortcutPlugin transformers={TRANSFORMERS} />
          <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
          <PasteSanitizePlugin />
          <CitationPlugin />
          <CitationChipsPlugin />
          <CitedTablePlugin />
          {problem === null && (
            <>
              <ChipSpacingPlugin />
              <CitationPickerPlugin />
              <NoteLinkPickerPlugin noteId={note.id} />
              <ClaimDropPlugin />
            </>
          )}
          <EditorRefPlugin editorRef={editorRef} />
          {problem === null && (shared === null || team.synced) && <AutosavePlugin noteId={note.id} title={title} onStatus={setStatus} onSaved={onSaved} handle={autosaveRef} />}
        </div>
      </LexicalComposer>
    </div>
  );
});
