// What the palette and the shortcuts sheet show, made from the registry's commands (pure, so a
// unit test can check that nothing registered is missing from either).
import { sheetGroups, type CommandSpec } from './registry';

export interface ShortcutGroup {
  title: string;
  items: { id?: string; keys: string; what: string }[];
}

/**
 * The commands a query shows: every word in the title (all commands for an empty query); titles
 * beginning with the query come first, then those with a word beginning so, then the rest.
 */
export function paletteCommands(list: readonly CommandSpec[], query: string): CommandSpec[] {
  const q = query.trim().toLowerCase();
  const words = q.split(/\s+/).filter(Boolean);
  const rank = (title: string): number => {
    const t = title.toLowerCase();
    if (t.startsWith(q)) return 0;
    return words.every((w) => t.split(/[^\p{L}\p{N}]+/u).some((tw) => tw.startsWith(w))) ? 1 : 2;
  };
  const shown = list.filter((c) => words.every((w) => c.title.toLowerCase().includes(w)));
  return q ? shown.map((c, i) => ({ c, i, r: rank(c.title) })).sort((x, y) => x.r - y.r || x.i - y.i).map((x) => x.c) : shown;
}

/**
 * Keys that are typing conventions of the note editor and the span editor rather than commands
 * (the editor handles them itself while it has the focus).
 */
export const TYPING_KEYS: ShortcutGroup[] = [
  {
    title: 'While editing a claim’s span',
    items: [
      { keys: '← → / Shift+← →', what: 'Move its end / start by a word' },
      { keys: 'Enter / Escape', what: 'Save the span (or the selected words) / cancel' },
    ],
  },
  {
    title: 'Note editor (typing)',
    items: [
      { keys: '@', what: 'Cite a claim (type words of the quote or a speaker)' },
      { keys: '[[', what: 'Link a note (or create one)' },
      { keys: 'Mod+B / Mod+I / Mod+U', what: 'Bold / italic / underline' },
      { keys: 'Mod+Z / Mod+Shift+Z', what: 'Undo / redo typing (the editor’s own history)' },
      { keys: '# ␣ … ###### ␣', what: 'Heading' },
      { keys: '- ␣ or 1. ␣', what: 'Bulleted or numbered list' },
      { keys: '> ␣', what: 'Block quote' },
      { keys: '**bold** *italic*', what: 'Inline formatting' },
    ],
  },
];

/** The sheet: every registered command with its keys, by group, then the typing conventions. */
export function shortcutGroups(list: readonly CommandSpec[]): ShortcutGroup[] {
  const fromCommands = sheetGroups(list).map((g) => ({
    title: g.title,
    items: g.items.map((c) => ({ id: c.id, keys: c.keys?.length ? c.keys.join(' / ') : '—', what: c.title })),
  }));
  return [...fromCommands, ...TYPING_KEYS];
}
