// `?` or Ctrl/Cmd+/: every keyboard shortcut of the app on one sheet.
import { useEffect, useRef, type JSX } from 'react';
import { shortcutLabel } from './platform';
import type { CommandSpec } from '../commands/registry';
import { shortcutGroups } from '../commands/views';
import './ShortcutsSheet.css';

export function ShortcutsSheet({ commands, onClose }: { commands: readonly CommandSpec[]; onClose: () => void }): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        ref={box}
        className="shortcuts-sheet"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        tabIndex={-1}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <header className="shortcuts-head">
          <h2>Keyboard shortcuts</h2>
          <button type="button" className="btn small" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="shortcuts-groups">
          {shortcutGroups(commands).map((g) => (
            <section key={g.title} className="shortcuts-group" aria-label={g.title}>
              <h3>{g.title}</h3>
              <dl>
                {g.items.map((s) => (
                  <div key={`${s.keys}-${s.what}`} className="shortcut" data-command={s.id}>
                    <dt>
                      <kbd>{s.keys.split(' / ').map(shortcutLabel).join(' / ')}</kbd>
                    </dt>
                    <dd>{s.what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
