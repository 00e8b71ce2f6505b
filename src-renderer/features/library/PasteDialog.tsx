// "Import from clipboard": a paste area. Ctrl/Cmd+V in it sends the clipboard's HTML flavour
// (when there is one) and its plain text to articles.importPaste.
import { useEffect, useRef, useState, type JSX } from 'react';
import { shortcutLabel } from '../../components/platform';

export function PasteDialog({ onPaste, onClose }: { onPaste: (content: { text?: string; html?: string }) => Promise<void>; onClose: () => void }): JSX.Element {
  const area = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => area.current?.focus(), []);
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div className="import-report" role="dialog" aria-modal="true" aria-label="Import from clipboard" onMouseDown={(e) => e.stopPropagation()}>
        <header className="import-report-head">
          <h2>Import from clipboard</h2>
          <span className="muted small">Paste an article ({shortcutLabel('Mod+V')}); web pages keep their headline and byline.</span>
          <button type="button" className="btn small" onClick={onClose}>
            Close
          </button>
        </header>
        <div
          ref={area}
          className="paste-area"
          role="textbox"
          aria-label="Paste area"
          aria-busy={busy}
          tabIndex={0}
          contentEditable={!busy}
          suppressContentEditableWarning
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              onClose();
            } else if (!((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V'))) {
              e.preventDefault(); // nothing is typed here: the area only receives pastes
            }
          }}
          onPaste={(e) => {
            e.preventDefault();
            const html = e.clipboardData.getData('text/html');
            const text = e.clipboardData.getData('text/plain');
            if (!html.trim() && !text.trim()) return;
            setBusy(true);
            void onPaste({ ...(html.trim() ? { html } : {}), ...(text.trim() ? { text } : {}) }).finally(() => setBusy(false));
          }}
        >
          {busy ? 'Importing…' : 'Paste here'}
        </div>
      </div>
    </div>
  );
}
