// Acceptance (#6) on the three real articles of ../shared/corpus, through dispatch() on a real
// SQLite file: the "not an expulsion" / "amounts to expulsion" pair is among the top three
// suggestions, and the numeric (27 vs more than 50) and deadline (Jan. 30 vs Jan. 31) conflicts
// are suggested, each with a readable reason. Statements are located by what they say, never by id.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimBrief, ConflictSuggestion } from '../../src-main/api/contract/methods';
import { CORPUS_FILES, corpusBase64, openHarness, type Harness } from './shared';

const ROOT = resolve(import.meta.dirname, '..', '..');
const quire = (args: string[]) => spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src-main', 'hosts', 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
let h: Harness;
let suggestions: ConflictSuggestion[];

beforeAll(async () => {
  h = openHarness();
  for (const f of CORPUS_FILES) await h.call('articles.import', { fileName: f, data: corpusBase64(f) });
  suggestions = await h.call('conflicts.suggest', {});
});
afterAll(() => h.dispose());

const has = (c: ClaimBrief, words: RegExp): boolean => words.test(c.text);
const pairOf = (s: ConflictSuggestion, x: (c: ClaimBrief) => boolean, y: (c: ClaimBrief) => boolean): boolean => (x(s.a) && y(s.b)) || (x(s.b) && y(s.a));

/** A reason names what both share and where they differ, in words. */
function expectReadable(reason: string): void {
  expect(reason).toMatch(/^Both about "[^"]+"/);
  expect(reason.length).toBeLessThan(400);
  expect(reason).not.toMatch(/undefined|null|NaN|\[object/);
}

describe('suggested conflicts on the corpus', () => {
  it('ranks the spokesperson\'s "not an expulsion" against "amounts to expulsion" in the top three', () => {
    const porter = (c: ClaimBrief): boolean => /Porter/.test(c.speaker ?? '') && has(c, /not an expulsion/);
    const amounts = (c: ClaimBrief): boolean => has(c, /amounts to expulsion/);
    const at = suggestions.findIndex((s) => pairOf(s, porter, amounts));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(3);
    const s = suggestions[at]!;
    expect(s.signals).toContain('polarity');
    expect(s.shared.map((w) => w.toLowerCase())).toContain('expulsion');
    expectReadable(s.reason);
    expect(s.reason).toContain('denies it ("not an expulsion")');
    expect(s.reason).toContain('asserts it ("amounts to expulsion")');
    // Best first, scores in 0…1.
    for (let i = 1; i < suggestions.length; i++) expect(suggestions[i - 1]!.score).toBeGreaterThanOrEqual(suggestions[i]!.score);
    for (const x of suggestions) {
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
  });

  it('suggests the 27 people against more than 50 as a numeric conflict', () => {
    const s = suggestions.find((x) => x.signals.includes('number') && pairOf(x, (c) => has(c, /\b27 people\b/), (c) => has(c, /more than 50\b/)));
    expect(s).toBeDefined();
    expectReadable(s!.reason);
    expect(s!.reason).toMatch(/27 people/);
    expect(s!.reason).toMatch(/more than 50 diplomats/);
  });

  it('suggests the Jan. 30 deadline against Jan. 31 as a date conflict', () => {
    const s = suggestions.find((x) => x.signals.includes('date') && pairOf(x, (c) => has(c, /by Jan\. 31/), (c) => has(c, /Jan(?:\.|uary) 30/)));
    expect(s).toBeDefined();
    expectReadable(s!.reason);
    expect(s!.reason).toMatch(/Jan\. 31/);
    expect(s!.reason).toMatch(/Jan\. 30/);
  });

  it('never pairs a speaker with themself, a fragment with its sentence, or a relayed statement with its relay', () => {
    for (const s of suggestions) {
      expect(s.a.id).not.toBe(s.b.id);
      expect(s.a.speaker && s.b.speaker && s.a.speaker === s.b.speaker).toBeFalsy();
      // Both spellings of the Russian ambassador's name are one speaker.
      expect(/Antonov/.test(s.a.speaker ?? '') && /Antonov/.test(s.b.speaker ?? '')).toBe(false);
      expect(s.a.text.split(/\s+/).length).toBeGreaterThanOrEqual(3);
      expect(s.b.text.split(/\s+/).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('shows each person under one name: the timeline has one lane per speaker entity, not per spelling', async () => {
    for (const a of await h.call('articles.list', {})) await h.call('articles.update', { id: a.id, published: '2022-02-20' });
    const speakers = new Set((await h.call('compare.timeline', {})).map((e) => e.claim.speaker));
    expect([...speakers].filter((s) => /Antonov/.test(s ?? ''))).toHaveLength(1);
  });

  it('the CLI prints the same ranking as JSON in the documented shape', () => {
    // The CLI refuses a store the app has open: close the service (dispose closes it again, harmlessly).
    h.opened.close();
    const run = quire(['conflicts', '--limit', '3', '--json', '--db', h.dbPath]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { a: Record<string, unknown>; b: Record<string, unknown>; score: number; reason: string }[];
    expect(out).toHaveLength(3);
    for (const [i, s] of out.entries()) {
      expect(Object.keys(s).slice(0, 4)).toEqual(['a', 'b', 'score', 'reason']);
      expect(Object.keys(s.a)).toEqual(['id', 'text', 'speaker', 'articleId']);
      expect(Object.keys(s.b)).toEqual(['id', 'text', 'speaker', 'articleId']);
      expect(s.a.id).toBe(suggestions[i]!.a.id);
      expect(s.b.id).toBe(suggestions[i]!.b.id);
      expect(s.reason).toBe(suggestions[i]!.reason);
    }
  });

  it('the CLI prints readable lines, and refuses a bad --limit with its usage', () => {
    const text = quire(['conflicts', '--limit', '2', '--db', h.dbPath]);
    expect(text.status).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(`1. ${suggestions[0]!.score.toFixed(2)}  ${suggestions[0]!.reason}`);
    expect(lines[1]).toMatch(/^ {3}#\d+ .+: .+/);
    for (const bad of ['0', 'many', '501']) {
      const r = quire(['conflicts', '--limit', bad, '--db', h.dbPath]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--limit must be/);
      expect(r.stderr).toContain('usage: quire conflicts [--limit N] [--json]');
    }
  });
});
