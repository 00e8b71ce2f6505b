// Undo and redo of the analyst's review decisions. Each decision runs through decide(): the rows
// it may touch are read before and after, in the same transaction, and kept in the store's
// decision log; decisions.undo puts the "before" rows back, decisions.redo the "after" rows.
import type { DecisionKind, DecisionStep } from '../contract/methods';
import type { Store } from '../../store/index';
import type { DecisionScope } from '../../store/index';
import type { ServiceImpl } from './dispatch';

/**
 * Runs `change` in a transaction and records it as one undoable decision. `scope` names the rows
 * it touches; `created`, learnt from the result, names rows that did not exist before (a new
 * claim, the entity a split makes), so undo removes them and redo puts them back.
 */
export function decide<T>(store: Store, kind: DecisionKind, scope: DecisionScope[], label: (result: T) => string, change: () => T, created?: (result: T) => DecisionScope[]): T {
  return store.transaction(() => {
    const was = store.decisions.capture(scope);
    const result = change();
    const added = created?.(result) ?? [];
    const touched = [...scope, ...added];
    const now = store.decisions.capture(touched);
    const none = store.decisions.capture(added).map(() => []);
    store.decisions.record(kind, label(result), touched, [...was, ...none], now);
    return result;
  });
}

/** A short quote of a claim for a toast. */
export function quoted(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > 60 ? `${t.slice(0, 57).trimEnd()}…` : t}”`;
}

function step(store: Store, row: { id: number; kind: string; label: string }): DecisionStep {
  return {
    id: row.id,
    kind: row.kind as DecisionKind,
    label: row.label,
    nextUndo: store.decisions.lastDone()?.label ?? null,
    nextRedo: store.decisions.firstUndone()?.label ?? null,
  };
}

export function decisionMethods(store: Store): Pick<ServiceImpl, 'decisions.undo' | 'decisions.redo'> {
  return {
    'decisions.undo': (): DecisionStep | null =>
      store.transaction(() => {
        const last = store.decisions.lastDone();
        if (!last) return null;
        store.decisions.apply(last.id, 'before');
        return step(store, last);
      }),
    'decisions.redo': (): DecisionStep | null =>
      store.transaction(() => {
        const next = store.decisions.firstUndone();
        if (!next) return null;
        store.decisions.apply(next.id, 'after');
        return step(store, next);
      }),
  };
}
