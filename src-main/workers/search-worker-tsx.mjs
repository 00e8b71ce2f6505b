// Runs search-worker.ts from source (vitest, tsx): registers tsx's loader in this worker thread,
// then loads the TypeScript entry. The bundled app runs out/main/search-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./search-worker.ts', import.meta.url).href);
