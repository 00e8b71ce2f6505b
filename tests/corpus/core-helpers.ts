// The core test helpers (tests/unit/core/corpus.ts), reading the real corpus in ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestTextFileSync as ingestFile } from '../../src-main/core/ingest/index';
import type { ArticleDraft } from '../../src-main/core/ingest/types';
import { CORPUS_DIR, CORPUS_FILES } from './shared';

export { fixtureBytes, ingestFixture } from '../unit/core/corpus';

export const CORPUS = CORPUS_FILES;
export const corpusBytes = (name: string): Uint8Array => readFileSync(join(CORPUS_DIR, name));
export const ingestCorpus = (name: string): ArticleDraft => ingestFile({ fileName: name, bytes: corpusBytes(name) });
