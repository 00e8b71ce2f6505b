// `?` or Ctrl/Cmd+/: every keyboard shortcut of the app on one sheet.
import { useEffect, useRef, type JSX } from 'react';
import { shortcutLabel } from './platform';
import './ShortcutsSheet.css';

export interface ShortcutGroup {
  title: string;
  items: { keys: string; what: string }[];
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: 'Anywhere',
    items: [
      { keys: 'Mod+K', what: 'Command palette' },
      { keys: 'Mod+Shift+F', what: 'Find anything' },
      { keys: 'Mod+Shift+K', what: 'Compare statements' },
      { keys: 'Mod+Shift+E', what: 'Entities: people, organisations, places' },
      { keys: 'Mod+/', what: 'This sheet (also ? outside text)' },
      { keys: 'Mod+O', what: 'Import articles' },
      { keys: 'Mod+N', what: 'New note' },
      { keys: 'Mod+E', what: 'Export brief' },
      { keys: 'Mod+1', what: 'Focus library' },
      { keys: 'Mod+2', what: 'Focus reader' },
      { keys: 'Mod+3', what: 'Focus notebook' },
      { keys: 'Escape', what: 'Close a dialog or picker' },
    ],
  },
  {
    title: 'Reader',
    items: [
      { keys: '↑ ↓', what: 'Previous / next article or claim' },
      { keys: 'Enter', what: 'Cite the selected claim' },
      { keys: 'Mod+Shift+C', what: 'Cite the selected claim' },
      { keys: 'E', what: 'Edit the selected claim’s span' },
      { keys: '← → / Shift+← →', what: 'While editing a span: move its end / start by a word' },
      { keys: 'Enter / Escape', what: 'Save the span (or the selected words) / cancel' },
      { keys: 'Mod+Z', what: 'Undo the last span edit' },
    ],
  },
  // annotations (#5)
  {
    title: 'Annotations (words selected in the reader)',
    items: [
      { keys: 'H', what: 'Highlight (in the last tag’s colour)' },
      { keys: 'C', what: 'Comment' },
      { keys: 'T', what: 'Tags' },
      { keys: 'Enter · C · T · Del', what: 'On a margin card: cite · comment · tags · delete' },
    ],
  },
  {
    title: 'Compare statements',
    items: [
      { keys: '1 – 4', what: 'Suggestions / Compare / Matrix / Timeline' },
      { keys: 'j k', what: 'Next / previous suggestion' },
      { keys: 'A / R', what: 'Accept / reject the suggestion' },
      { keys: 'U', what: 'Undo the last accept or reject' },
      { keys: 'O', what: 'Open the first claim in the reader' },
    ],
  },
  {
    title: 'Note editor',
    items: [
      { keys: '@', what: 'Cite a claim (type words of the quote or a speaker)' },
      { keys: '[[', what: 'Link a note (or create one)' },
      { keys: 'Mod+B / Mod+I / Mod+U', what: 'Bold / italic / underline' },
      { keys: 'Mod+Z / Mod+Shift+Z', what: 'Undo / redo' },
      { keys: '# ␣ … ###### ␣', what: 'Heading' },
      { keys: '- ␣ or 1. ␣', what: 'Bulleted or numbered list' },
      { keys: '> ␣', what: 'Block quote' },
      { keys: '**bold** *italic*', what: 'Inline formatting' },
    ],
  },
];

export function ShortcutsSheet({ onClose }: { onClose: () => void }): JSX.Element {
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
          {SHORTCUTS.map((g) => (
            <section key={g.title} className="shortcuts-group" aria-label={g.title}>
              <h3>{g.title}</h3>
              <dl>
                {g.items.map((s) => (
                  <div key={`${s.keys}-${s.what}`} className="shortcut">
                    <dt>
                      <kbd>{shortcutLabel(s.keys)}</kbd>
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
