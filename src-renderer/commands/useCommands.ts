// A feature's command handlers, attached while it is mounted. Handlers read the feature's latest
// state through a ref, so re-renders attach nothing new.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { commands, type CommandHandler, type CommandSpec } from './registry';

export function useCommands(handlers: readonly CommandHandler[]): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const ids = handlers.map((h) => h.id).join('\n');
  useEffect(() => {
    const current = (id: string): CommandHandler | undefined => latest.current.find((x) => x.id === id);
    return commands.attach(
      ids.split('\n').map((id) => ({
        id,
        enabled: () => {
          const h = current(id);
          return !!h && (!h.enabled || h.enabled());
        },
        run: () => current(id)?.run(),
      })),
    );
  }, [ids]);
}

/** Every command, re-read when handlers come and go. */
export function useAllCommands(): CommandSpec[] {
  useSyncExternalStore(
    (l) => commands.subscribe(l),
    () => commands.snapshot(),
  );
  return commands.all();
}
