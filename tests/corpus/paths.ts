// Where the real data sets live: the shared folder beside the repository (never copied into it).
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const SHARED_CORPUS_DIR = join(SHARED_DIR, 'corpus');
