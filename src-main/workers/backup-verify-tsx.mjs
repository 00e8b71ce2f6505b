// Runs backup-verify.ts from source (vitest, tsx): registers tsx's loader in this worker thread,
// then loads the TypeScript entry. The bundled app runs out/main/backup-verify.js instead.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./backup-verify.ts', import.meta.url).href);
