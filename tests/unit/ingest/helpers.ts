// Shared helpers for the ingestion tests: the real corpus, fixtures and the draft invariants.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ingestFile } from '../../../src-main/core/ingest/index';
import type { ArticleDraft } from '../../../src-main/core/ingest/types';
import { sentenceRanges } from '../../../src-main/core/text/sentences';

export const CORPUS = ['mission-expulsions-wire.txt', 'staff-shortage-report.txt', 'ambassador-farewell.txt'] as const;

export const corpusBytes = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));
export const corpusText = (name: string): string => new TextDecoder().decode(corpusBytes(name));
export const fixtureBytes = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/ingest/${name}`, import.meta.url));
export const textFixtureBytes = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url));

export const ingestCorpus = (name: string): Promise<ArticleDraft> => ingestFile({ fileName: name, bytes: corpusBytes(name) });
export const ingestBytes = (fileName: string, bytes: Uint8Array): Promise<ArticleDraft> => ingestFile({ fileName, bytes });
export const ingestString = (fileName: string, text: string): Promise<ArticleDraft> => ingestFile({ fileName, bytes: new TextEncoder().encode(text) });

/** Sentences of `lines` (paragraph strings), each as a string. */
export function sentencesOf(lines: readonly string[]): string[] {
  return lines.flatMap((l) => sentenceRanges(l, { start: 0, end: l.length }).map((r) => l.slice(r.start, r.end)));
}

/** The error an async call rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

/**
 * The invariants every draft keeps: removed ranges sorted, disjoint, inside rawText, never
 * whitespace only; rawText minus the removed ranges is the text (up to paragraph whitespace);
 * every paragraph of the text is a verbatim slice of rawText.
 */
export function expectWellFormed(a: ArticleDraft): void {
  expect(a.title.length).toBeGreaterThan(0);
  expect(a.text).toBe(a.text.trim());
  expect(a.text).not.toMatch(/\r|\n{3,}/);
  let last = 0;
  const kept: string[] = [];
  for (const r of a.removed) {
    expect(r.start).toBeGreaterThanOrEqual(last);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(a.rawText.length);
    expect(a.rawText.slice(r.start, r.end).trim().length).toBeGreaterThan(0);
    kept.push(a.rawText.slice(last, r.start));
    last = r.end;
  }
  kept.push(a.rawText.slice(last));
  const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
  expect(squash(kept.join(' '))).toBe(squash(a.text));
  for (const para of a.text.split('\n\n')) expect(a.rawText).toContain(para);
}

/** The removed pieces of rawText, trimmed. */
export const removedTexts = (a: ArticleDraft): string[] => a.removed.map((r) => a.rawText.slice(r.start, r.end).trim());
