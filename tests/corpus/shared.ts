// The real data sets in ../shared beside the repository (never copied into it). Only the tests in
// this folder read them; they run with `npm run test:corpus`, which CI runs beside ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_CORPUS_DIR, SHARED_DIR } from './paths';

export * from '../integration/service-helpers';

export { SHARED_DIR };
/** Three real articles of the staffing dispute (captions, bylines, transliteration variants). */
export const CORPUS_DIR = SHARED_CORPUS_DIR;
export const CORPUS_FILES = ['000_543b9cac1bd99c26.txt', '002_72e9264fc770830b.txt', '003_79306dbecdb1af6b.txt'] as const;
export const corpusBase64 = (name: string): string => readFileSync(join(CORPUS_DIR, name)).toString('base64');
