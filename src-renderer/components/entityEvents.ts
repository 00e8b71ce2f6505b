// Asking for an entity's page from anywhere (the palette, a note's entity link, the reader):
// a window event the entities feature listens to, so no feature imports another.
const OPEN_ENTITY = 'quire:open-entity';

/** Opens the entities panel: on one entity's page, or on the list (null). */
export function openEntity(entityId: number | null): void {
  window.dispatchEvent(new CustomEvent<number | null>(OPEN_ENTITY, { detail: entityId }));
}

export function onOpenEntity(handler: (entityId: number | null) => void): () => void {
  const listener = (e: Event): void => handler((e as CustomEvent<number | null>).detail);
  window.addEventListener(OPEN_ENTITY, listener);
  return () => window.removeEventListener(OPEN_ENTITY, listener);
}
