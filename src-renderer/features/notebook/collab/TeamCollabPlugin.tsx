// A shared note co-edited through the team server: Lexical's CollaborationPlugin over a Hocuspocus
// connection. Only the analyst who shared the note seeds the shared document (once, with the
// note's content); everyone else opens it as the server holds it (no bootstrap over an existing
// document). The editor stays read-only until the first sync, and for a viewer.
import { useCallback, useEffect, useRef, type JSX } from 'react';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand } from 'lexical';
import * as Y from 'yjs';
import type { TeamNoteLink, TeamServer } from '../../../../src-main/api/contract/team';
import { api } from '../../../api/client';
import { TeamProvider, cursorColor } from './provider';

export interface SharedNote {
  link: TeamNoteLink;
  server: TeamServer;
}

export interface TeamState {
  connection: 'connecting' | 'connected' | 'disconnected';
  synced: boolean;
  scope: 'read-write' | 'readonly' | null;
  refused: string | null;
  denied: string | null;
}

/** Asks the team server for a save point of the shared note (a full-state copy), with a label. */
export const TEAM_SAVE_POINT_COMMAND: LexicalCommand<string> = createCommand('TEAM_SAVE_POINT');

export const INITIAL_TEAM_STATE: TeamState = { connection: 'connecting', synced: false, scope: null, refused: null, denied: null };

interface Props {
  shared: SharedNote;
  /** The note's stored content: what the sharer seeds the shared document with. */
  initialContent: string;
  onState: (state: TeamState) => void;
}

export function TeamCollabPlugin({ shared, initialContent, onState }: Props): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const state = useRef<TeamState>(INITIAL_TEAM_STATE);
  const provider = useRef<TeamProvider | null>(null);
  const report = useRef(onState);
  useEffect(() => {
    report.current = onState;
  }, [onState]);

  const update = useCallback(
    (change: Partial<TeamState>): void => {
      const next = { ...state.current, ...change };
      state.current = next;
      editor.setEditable(next.synced && next.scope === 'read-write' && next.refused === null && next.denied === null);
      report.current(next);
    },
    [editor],
  );

  const { link, server } = shared;
  const providerFactory = useCallback(
    (id: string, docs: Map<string, Y.Doc>): TeamProvider => {
      let doc = docs.get(id);
      if (doc) doc.load();
      else {
        doc = new Y.Doc();
        docs.set(id, doc);
      }
      const p = new TeamProvider(server.url, server.token, id, doc, {
        onScope: (scope) => update({ scope }),
        onRefused: (reason) => update({ refused: reason }),
        onDenied: (reason) => update({ denied: reason }),
        onSynced: () => {
          if (!state.current.synced && !link.seeded) void api.call('team.seeded', { noteId: link.noteId });
          update({ synced: true });
        },
      });
      p.on('status', ({ status }: { status: string }) => update({ connection: status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'disconnected' }));
      provider.current = p;
      return p;
    },
    [server.url, server.token, link.noteId, link.seeded, update],
  );

  useEffect(
    () =>
      editor.registerCommand(
        TEAM_SAVE_POINT_COMMAND,
        (label) => {
          provider.current?.hocuspocus.sendStateless(JSON.stringify({ type: 'savePoint', label }));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  // CollaborationPlugin disconnects on unmount; the connection's timers go with it afterwards.
  useEffect(
    () => () => {
      const p = provider.current;
      window.setTimeout(() => p?.destroy(), 0);
    },
    [],
  );

  return (
    <LexicalCollaboration>
      <CollaborationPlugin
        id={link.documentName}
        providerFactory={providerFactory}
        shouldBootstrap={!link.seeded}
        initialEditorState={initialContent}
        username={server.name}
        cursorColor={cursorColor(server.name)}
      />
    </LexicalCollaboration>
  );
}

/** The line above a shared note: the case, the connection, and why it cannot be edited. */
export function teamNotice(shared: SharedNote, s: TeamState): { text: string; alert: boolean } {
  if (s.denied) return { text: `The team server refused this note: ${s.denied}.`, alert: true };
  if (s.refused) return { text: `The team server refused your change: ${s.refused}. Reopen the note to see the shared text.`, alert: true };
  if (s.scope === 'readonly') return { text: `Read-only: you are a viewer of case ${shared.link.caseName}; the team server refuses changes.`, alert: false };
  if (!s.synced) return { text: `Connecting to the team server for case ${shared.link.caseName}…`, alert: false };
  if (s.connection !== 'connected') return { text: `Offline: your edits to case ${shared.link.caseName} are kept and sent when the team server is back.`, alert: false };
  return { text: `Shared in case ${shared.link.caseName}`, alert: false };
}
