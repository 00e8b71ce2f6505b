// Test helpers: the articles and fixtures written for these tests.
import { readFileSync } from 'node:fs';
import { ingestTextFileSync as ingestFile } from '../../../src-main/core/ingest/index';
import type { ArticleDraft } from '../../../src-main/core/ingest/types';

export const CORPUS = ['mission-expulsions-wire.txt', 'staff-shortage-report.txt', 'ambassador-farewell.txt'] as const;

export function corpusBytes(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));
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
