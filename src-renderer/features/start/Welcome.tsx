// First start: a calm offer of the sample notebook, or importing one's own articles.
import type { JSX } from 'react';
import { shortcutLabel } from '../../components/platform';
import './start.css';

export function Welcome({ busy, onSample, onImport }: { busy: boolean; onSample: () => void; onImport: () => void }): JSX.Element {
  return (
    <div className="welcome">
      <h1>Welcome to Quire</h1>
      <p className="welcome-lead">
        Import news articles, see who said what, and write briefs where every claim is cited back to its source.
      </p>
      <div className="welcome-actions">
        <button type="button" className="btn primary" onClick={onSample} disabled={busy}>
          {busy ? 'Opening…' : 'Open the sample notebook'}
        </button>
        <button type="button" className="btn" onClick={onImport} disabled={busy}>
          Import articles…
        </button>
      </div>
      <p className="muted small">
        The sample holds three short articles about one consulate and a brief citing them. You can also drop text, Markdown,
        HTML, PDF or Word files, or whole folders, anywhere on the window. {shortcutLabel('Mod+K')} lists every command.
      </p>
    </div>
  );
}
