// Entities: the panel (list + page) and what App mounts to show it.
export { EntitiesHost } from './EntitiesHost';
