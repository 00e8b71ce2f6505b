// A modal dialog over the dimmed backdrop: a click outside it or Escape closes it. Escape stops
// here, so the app's and the reader's own Escape handlers do not see it too. With `onSubmit` the
// dialog is a form (Enter in a field submits).
import type { JSX, KeyboardEvent, MouseEvent, ReactNode } from 'react';

interface Props {
  /** The accessible name. */
  label: string;
  className: string;
  onClose: () => void;
  onSubmit?: () => void;
  children: ReactNode;
}

export function ModalDialog({ label, className, onClose, onSubmit, children }: Props): JSX.Element {
  const common = {
    className,
    role: 'dialog',
    'aria-modal': true,
    'aria-label': label,
    onMouseDown: (e: MouseEvent) => e.stopPropagation(),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      onClose();
    },
  } as const;
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      {onSubmit ? (
        <form
          {...common}
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {children}
        </form>
      ) : (
        <div {...common}>{children}</div>
      )}
    </div>
  );
}
