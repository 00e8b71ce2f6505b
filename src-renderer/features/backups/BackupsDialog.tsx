// Backups (#8): the store's backups, newest first; back up now, or restore one (the library is
// replaced, the replaced one is kept as a backup so the restore can be undone). Mounted once by
// the shell; the palette command opens it through openBackups().
import { useCallback, useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { BackupInfo } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import './backups.css';

const OPEN_EVENT = 'quire:open-backups';

/** Opens the backups dialog (the palette command). */
export function openBackups(): void {
  window.dispatchEvent(new Event(OPEN_EVENT));
}

const REASONS: Record<BackupInfo['reason'], string> = {
  auto: 'automatic',
  manual: 'made by hand',
  'before-restore': 'before a restore',
};

const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

export function BackupsDialog({ onError, onRestored }: { onError: (message: string) => void; onRestored: () => void }): JSX.Element | null {
  const [open, setOpen] = useState(false);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [selected, setSelected] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

  const load = useCallback(async () => {
    try {
      setBackups(await api.call('backups.list', {}));
    } catch (err) {
      onError(`Could not list the backups: ${errorMessage(err)}`);
    }
  }, [onError]);

  useEffect(() => {
    const show = (): void => {
      setOpen(true);
      setSelected(0);
      setConfirming(false);
      void load();
    };
    window.addEventListener(OPEN_EVENT, show);
    return () => window.removeEventListener(OPEN_EVENT, show);
  }, [load]);

  useEffect(() => {
    if (open && backups) list.current?.focus();
  }, [open, backups]);

  if (!open) return null;
  const close = (): void => setOpen(false);
  const chosen = backups?.[selected];

  const backUp = async (): Promise<void> => {
    setBusy('Backing up…');
    try {
      await api.call('backups.create', {});
      await load();
      setSelected(0);
    } catch (err) {
      onError(`The backup failed: ${errorMessage(err)}`);
    } finally {
      setBusy(null);
    }
  };

  const restore = async (backup: BackupInfo): Promise<void> => {
    setBusy('Restoring…');
    try {
      await api.call('backups.restore', { name: backup.name });
      setOpen(false);
      onRestored();
    } catch (err) {
      onError(`Could not restore the backup: ${errorMessage(err)}`);
      setConfirming(false);
    } finally {
      setBusy(null);
    }
  };

  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (confirming) setConfirming(false);
      else close();
    } else if (busy || !backups?.length) {
      return;
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setConfirming(false);
      setSelected((i) => Math.max(0, Math.min(backups.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && chosen) {
      e.preventDefault();
      if (confirming) void restore(chosen);
      else setConfirming(true);
    }
  };

  return (
    <div className="palette-backdrop" onMouseDown={close}>
      <div className="backups-dialog" role="dialog" aria-modal="true" aria-label="Backups" onMouseDown={(e) => e.stopPropagation()} onKeyDown={onKey}>
        <header className="backups-head">
          <h2>Backups</h2>
          <span className="muted small">{busy ?? 'Enter restores the selected backup'}</span>
          <button type="button" className="btn small" disabled={busy !== null} onClick={() => void backUp()}>
            Back up now
          </button>
          <button type="button" className="btn small" onClick={close}>
            Close
          </button>
        </header>
        {backups === null ? (
          <div className="backups-empty">Loading…</div>
        ) : backups.length === 0 ? (
          <div className="backups-empty">No backups yet. Quire backs the library up every few hours while it runs; “Back up now” makes one at once.</div>
        ) : (
          <ul ref={list} className="backups-list" role="listbox" aria-label="Backups, newest first" tabIndex={0} aria-activedescendant={chosen ? `backup-${selected}` : undefined}>
            {backups.map((b, i) => (
              <li
                key={b.name}
                id={`backup-${i}`}
                className="backups-row"
                role="option"
                aria-selected={i === selected}
                title={b.name}
                onMouseDown={() => {
                  setSelected(i);
                  setConfirming(false);
                }}
                onDoubleClick={() => setConfirming(true)}
              >
                <span className="backups-when">{when(b.createdAt)}</span>
                <span className="muted">{REASONS[b.reason]}</span>
                <span className="backups-size">{size(b.bytes)}</span>
              </li>
            ))}
          </ul>
        )}
        {chosen && confirming ? (
          <div className="backups-confirm" role="alert">
            <span>
              Replace the whole library with the backup of {when(chosen.createdAt)}? The current library is kept as a backup, so this can be undone.
            </span>
            <button type="button" className="btn small primary" disabled={busy !== null} onClick={() => void restore(chosen)}>
              Restore
            </button>
            <button type="button" className="btn small" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          chosen && (
            <div className="backups-foot">
              <button type="button" className="btn small" disabled={busy !== null} onClick={() => setConfirming(true)}>
                Restore this backup…
              </button>
            </div>
          )
        )}
      </div>
    </div>
  );
}
