// Keys as the registry writes them ("Mod+Shift+K", "Y", "j", "ArrowDown", "?") matched against
// keyboard events, and the key dispatcher: the one place that decides which command a key runs.
import { hasMod } from '../components/platform';
import { commands, type CommandContext, type CommandSpec } from './registry';
import { contextOf } from './focus';

interface ParsedKey {
  mod: boolean;
  shift: boolean | null;
  alt: boolean;
  key: string;
}

function parse(spec: string): ParsedKey {
  const parts = spec.split('+');
  const key = parts.pop() ?? '';
  const has = (m: string): boolean => parts.includes(m);
  // A printable symbol ("?", "/") carries its own Shift; letters name no case.
  const symbol = key.length === 1 && !/[\p{L}\p{N}]/u.test(key);
  return { mod: has('Mod'), shift: symbol ? null : has('Shift'), alt: has('Alt'), key };
}

/** Does the event press this key? */
export function matchesKey(e: KeyboardEvent, spec: string): boolean {
  const k = parse(spec);
  if (hasMod(e) !== k.mod || e.altKey !== k.alt) return false;
  if (!k.mod && (e.ctrlKey || e.metaKey)) return false;
  if (k.shift !== null && e.shiftKey !== k.shift) return false;
  if (k.key.length === 1 && /\p{L}/u.test(k.key)) return e.key.toLowerCase() === k.key.toLowerCase() || e.code === `Key${k.key.toUpperCase()}`;
  if (k.key === '/') return e.key === '/' || e.code === 'Slash';
  return e.key === k.key;
}

/** Is the target something that takes typing (single-letter keys are its own there)? */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');
}

/** A key without Mod or Alt: typing, never a command, inside a text field. */
const plain = (spec: string): boolean => !parse(spec).mod && !parse(spec).alt;

/** The command this key runs where the focus is, or undefined. */
export function commandForKey(e: KeyboardEvent, context: CommandContext, list: readonly CommandSpec[] = commands.all()): CommandSpec | undefined {
  const typing = isTyping(e.target);
  return list.find(
    (c) =>
      c.contexts.includes(context) &&
      (c.keys ?? []).some((k) => matchesKey(e, k) && !(typing && plain(k))) &&
      (!c.enabled || c.enabled()),
  );
}

/** Installs the one keydown listener (capture phase, so no pane swallows a command's key). */
export function installKeyDispatcher(): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.isComposing) return;
    const command = commandForKey(e, contextOf(e.target instanceof Element ? e.target : document.activeElement));
    if (!command) return;
    e.preventDefault();
    e.stopPropagation();
    command.run();
  };
  window.addEventListener('keydown', onKey, true);
  return () => window.removeEventListener('keydown', onKey, true);
}
