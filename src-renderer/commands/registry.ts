// The one command registry: the declarations (catalog.ts) joined with the handlers the mounted
// features attach. The key dispatcher, the command palette and the shortcuts sheet read it, so
// none can list what another lacks; focus rules live in focus.ts.
import { COMMANDS, type CommandDecl } from './catalog';

/** Where the keyboard focus is: the pane or list a key acts in. */
export type CommandContext = 'app' | 'library' | 'reader' | 'claims' | 'compare' | 'notebook' | 'entities';

export interface CommandHandler {
  id: string;
  /** False when the command cannot run now: its key passes on and the palette greys it. */
  enabled?: () => boolean;
  run: () => void;
}

export interface CommandSpec extends CommandDecl {
  /** False when no mounted feature can run it now. */
  enabled: () => boolean;
  run: () => void;
}

type Listener = () => void;

export class Registry {
  private readonly handlers = new Map<string, CommandHandler[]>();
  private readonly listeners = new Set<Listener>();
  private version = 0;

  constructor(private readonly decls: readonly CommandDecl[]) {
    const seen = new Set<string>();
    for (const d of decls) {
      if (seen.has(d.id)) throw new Error(`command ${d.id} is declared twice`);
      seen.add(d.id);
    }
  }

  /** Attaches handlers (the latest attached for an id runs); the returned function detaches them. */
  attach(list: readonly CommandHandler[]): () => void {
    for (const h of list) {
      if (!this.decls.some((d) => d.id === h.id)) throw new Error(`command ${h.id} is not declared in commands/catalog.ts`);
      this.handlers.set(h.id, [...(this.handlers.get(h.id) ?? []), h]);
    }
    this.changed();
    return () => {
      for (const h of list) this.handlers.set(h.id, (this.handlers.get(h.id) ?? []).filter((x) => x !== h));
      this.changed();
    };
  }

  /** Every declared command with its current handler (a command without one is disabled). */
  all(): CommandSpec[] {
    return this.decls.map((d) => {
      const handler = (): CommandHandler | undefined => this.handlers.get(d.id)?.at(-1);
      return {
        ...d,
        enabled: () => {
          const h = handler();
          return !!h && (!h.enabled || h.enabled());
        },
        run: () => handler()?.run(),
      };
    });
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  snapshot(): number {
    return this.version;
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

export const commands = new Registry(COMMANDS);

/** The shortcuts sheet: each group's commands, in declaration order. */
export function sheetGroups(list: readonly CommandSpec[]): { title: string; items: CommandSpec[] }[] {
  const groups = new Map<string, CommandSpec[]>();
  for (const c of list) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups.entries()].map(([title, items]) => ({ title, items }));
}
