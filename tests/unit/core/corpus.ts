// Test helpers: the shared real-article corpus and the fixtures written for these tests.
import { readFileSync } from 'node:fs';
import { ingestTextFileSync as ingestFile } from '../../../src-main/core/ingest/index';
import type { ArticleDraft } from '../../../src-main/core/ingest/types';

export const CORPUS = ['000_543b9cac1bd99c26.txt', '002_72e9264fc770830b.txt', '003_79306dbecdb1af6b.txt'] as const;

export function corpusBytes(name: string): Uint8Array {
  return readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url));
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url));
}

export function ingestCorpus(name: string): ArticleDraft {
  return ingestFile({ fileName: name, bytes: corpusBytes(name) });
}

export function ingestFixture(name: string): ArticleDraft {
  return ingestFile({ fileName: name, bytes: fixtureBytes(name) });
}
