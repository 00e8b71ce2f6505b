// The command registry: every declared command is in the palette and on the shortcuts sheet
// with its keys, no two commands share a key where both work, and a key runs the command of
// the context the focus is in (and nothing in the note editor, which keeps its own keys).
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src-renderer/commands/catalog';
import { commandForKey } from '../../../src-renderer/commands/keys';
import { Registry, type CommandContext } from '../../../src-renderer/commands/registry';
import { paletteCommands, shortcutGroups } from '../../../src-renderer/commands/views';

/** Enough of a KeyboardEvent for the dispatcher (Ctrl is Mod off macOS, as under Node). */
function press(spec: string): KeyboardEvent {
  const parts = spec.split('+');
  const key = parts.pop() ?? '';
  return {
    key,
    code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key,
    ctrlKey: parts.includes('Mod'),
    metaKey: false,
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
    isComposing: false,
    target: null,
  } as unknown as KeyboardEvent;
}

describe('command registry', () => {
  it('shows every declared command in the palette and on the sheet, with its keys', () => {
    const all = new Registry(COMMANDS).all();
    expect(all.length).toBe(COMMANDS.length);
    const palette = new Set(paletteCommands(all, '').map((c) => c.id));
    const sheet = new Map(shortcutGroups(all).flatMap((g) => g.items.filter((i) => i.id).map((i) => [i.id as string, i] as const)));
    for (const c of COMMANDS) {
      expect(palette.has(c.id), `${c.id} in the palette`).toBe(true);
      expect(sheet.get(c.id)?.what, `${c.id} on the sheet`).toBe(c.title);
      for (const k of c.keys ?? []) expect(sheet.get(c.id)?.keys, `${c.id}'s key ${k} on the sheet`).toContain(k);
      // Typing words of its title finds it.
      const words = c.title.split(/\s+/).slice(0, 2).join(' ');
      expect(paletteCommands(all, words).map((x) => x.id), `palette query “${words}”`).toContain(c.id);
    }
  });

  it('lists the review keys the analyst needs', () => {
    const byId = new Map(COMMANDS.map((c) => [c.id, c]));
    expect(byId.get('claim-confirm')?.keys).toContain('Y');
    expect(byId.get('claim-reject')?.keys).toContain('X');
    expect(byId.get('claim-speaker')?.keys).toContain('S');
    expect(byId.get('claim-from-selection')?.keys).toContain('Mod+Shift+M');
    expect(byId.get('undo')?.keys).toContain('Mod+Z');
    expect(byId.get('redo')?.keys).toContain('Mod+Shift+Z');
    for (const k of ['j', 'k', 'A', 'R']) expect(COMMANDS.some((c) => c.contexts.includes('compare') && c.keys?.includes(k)), `compare key ${k}`).toBe(true);
  });

  it('gives no key two commands in one context', () => {
    const seen = new Map<string, string>();
    for (const c of COMMANDS) {
      for (const k of c.keys ?? []) {
        for (const ctx of c.contexts) {
          const slot = `${ctx}|${k.toLowerCase()}`;
          expect(seen.get(slot), `${k} in ${ctx}: ${c.id} and ${seen.get(slot)}`).toBeUndefined();
          seen.set(slot, c.id);
        }
      }
    }
  });

  it('runs the command of the focused context, only while a handler can run it', () => {
    const registry = new Registry(COMMANDS);
    const ran: string[] = [];
    let hasClaim = false;
    const detach = registry.attach([
      { id: 'claim-confirm', enabled: () => hasClaim, run: () => ran.push('confirm') },
      { id: 'undo', run: () => ran.push('undo') },
      { id: 'suggestion-next', run: () => ran.push('next suggestion') },
    ]);
    const key = (spec: string, ctx: CommandContext): string | undefined => commandForKey(press(spec), ctx, registry.all())?.id;
    expect(key('Y', 'reader')).toBeUndefined();
    hasClaim = true;
    expect(key('Y', 'reader')).toBe('claim-confirm');
    expect(key('Y', 'claims')).toBe('claim-confirm');
    expect(key('Y', 'compare')).toBeUndefined();
    expect(key('j', 'compare')).toBe('suggestion-next');
    expect(key('Mod+Z', 'reader')).toBe('undo');
    expect(key('Mod+Z', 'compare')).toBe('undo');
    // The note editor keeps its own undo.
    expect(key('Mod+Z', 'notebook')).toBeUndefined();
    registry.all().find((c) => c.id === 'claim-confirm')?.run();
    expect(ran).toEqual(['confirm']);
    detach();
    expect(key('Y', 'reader')).toBeUndefined();
  });
});
