// The ingestion test helpers, reading the real corpus in ../shared instead of the written one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../src-main/core/ingest/index';
import type { ArticleDraft } from '../../src-main/core/ingest/types';
import { CORPUS_DIR, CORPUS_FILES } from './shared';

export { expectWellFormed, fixtureBytes, ingestBytes, ingestString, removedTexts, sentencesOf, textFixtureBytes } from '../unit/ingest/helpers';

export const CORPUS = CORPUS_FILES;
export const corpusBytes = (name: string): Uint8Array => readFileSync(join(CORPUS_DIR, name));
export const corpusText = (name: string): string => new TextDecoder().decode(corpusBytes(name));
export const ingestCorpus = (name: string): Promise<ArticleDraft> => ingestFile({ fileName: name, bytes: corpusBytes(name) });
