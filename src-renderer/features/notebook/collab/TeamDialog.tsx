// Team mode from the notebook: the team server to connect to (its URL, the token its admin gave,
// the name others see), sharing the open note with a case, and opening a case's shared note.
import { useEffect, useState, type JSX } from 'react';
import type { TeamServer } from '../../../../src-main/api/contract/team';
import { ModalDialog } from '../../../components/ModalDialog';
import { api, errorMessage } from '../../../api/client';
import type { SharedNote } from './TeamCollabPlugin';

interface Props {
  /** The open note, if any, and whether it is shared already. */
  noteId: number | null;
  shared: SharedNote | null;
  onShared: (noteId: number) => void;
  onOpened: (noteId: number) => void;
  onClose: () => void;
}

export function TeamDialog({ noteId, shared, onShared, onOpened, onClose }: Props): JSX.Element {
  const [server, setServer] = useState<TeamServer | null>(null);
  const [form, setForm] = useState({ url: '', token: '', name: '' });
  const [caseName, setCaseName] = useState('');
  const [open, setOpen] = useState({ documentName: '', title: '' });
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void api.call('team.get', {}).then(({ server: s }) => {
      setServer(s);
      if (s) setForm({ url: s.url, token: s.token, name: s.name });
    });
  }, []);

  const attempt = async (work: () => Promise<void>): Promise<void> => {
    setProblem(null);
    try {
      await work();
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };

  return (
    <ModalDialog className="team-dialog" label="Team" onClose={onClose}>
      <h2>Team</h2>
      <p className="muted small">Shared notes are co-edited through a team server; everything else stays in this Quire.</p>
      <fieldset>
        <legend>Team server</legend>
        <label>
          Server URL <input aria-label="Team server URL" value={form.url} placeholder="wss://team.example.org" onChange={(e) => setForm({ ...form, url: e.target.value })} />
        </label>
        <label>
          Token <input aria-label="Team token" value={form.token} onChange={(e) => setForm({ ...form, token: e.target.value })} />
        </label>
        <label>
          Your name <input aria-label="Your name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void attempt(async () => {
              await api.call('team.set', form);
              // The page's policy admits the new server from its next load.
              window.location.reload();
            })
          }
        >
          Connect
        </button>
      </fieldset>
      {server && noteId !== null && (
        <fieldset>
          <legend>This note</legend>
          {shared ? (
            <label>
              Shared as <input aria-label="Shared note name" readOnly value={shared.link.documentName} onFocus={(e) => e.target.select()} />
            </label>
          ) : (
            <>
              <label>
                Case <input aria-label="Case name" value={caseName} onChange={(e) => setCaseName(e.target.value)} />
              </label>
              <button type="button" className="btn" onClick={() => void attempt(async () => onShared((await api.call('team.share', { noteId, caseName })).noteId))}>
                Share with the case
              </button>
            </>
          )}
        </fieldset>
      )}
      {server && (
        <fieldset>
          <legend>Open a shared note</legend>
          <label>
            Shared note name <input aria-label="Shared note to open" value={open.documentName} placeholder="case/note/…" onChange={(e) => setOpen({ ...open, documentName: e.target.value })} />
          </label>
          <label>
            Title <input aria-label="Title for the shared note" value={open.title} onChange={(e) => setOpen({ ...open, title: e.target.value })} />
          </label>
          <button type="button" className="btn" onClick={() => void attempt(async () => onOpened((await api.call('team.open', { ...open, title: open.title || 'Shared note' })).id))}>
            Open
          </button>
        </fieldset>
      )}
      {problem && (
        <p className="banner banner-error inline" role="alert">
          {problem}
        </p>
      )}
    </ModalDialog>
  );
}
