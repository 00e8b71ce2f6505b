// Error (and notice) banners: one line each, dismissible, newest last.
import type { JSX } from 'react';

export interface Banner {
  id: number;
  kind: 'error' | 'info';
  message: string;
  /** Banners of one group replace each other (the undo / redo toast). */
  group?: string;
}

export function Banners({ banners, onDismiss }: { banners: Banner[]; onDismiss: (id: number) => void }): JSX.Element | null {
  if (banners.length === 0) return null;
  return (
    <div className="banners" role="region" aria-label="Messages">
      {banners.map((b) => (
        <div key={b.id} className={`banner banner-${b.kind}`} role={b.kind === 'error' ? 'alert' : 'status'}>
          <span className="banner-text">{b.message}</span>
          <button type="button" className="banner-close" aria-label="Dismiss" title="Dismiss" onClick={() => onDismiss(b.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
