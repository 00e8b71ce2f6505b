// Keyboard conventions: Cmd on macOS, Ctrl elsewhere.
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function hasMod(e: KeyboardEvent | ReactKeyboardEvent): boolean {
  return isMac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
}

/** How a shortcut is shown: "Ctrl+Shift+C" or "⌘⇧C". */
export function shortcutLabel(keys: string): string {
  if (!isMac) return keys.replace(/Mod/g, 'Ctrl');
  return keys.replace(/Mod\+/g, '⌘').replace(/Shift\+/g, '⇧').replace(/Alt\+/g, '⌥');
}
