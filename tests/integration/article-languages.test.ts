// Paragraph languages on a real SQLite file: an import stores each paragraph's language with the
// article (a Russian briefing holding an English statement and a Ukrainian notice, written for the
// tests), articles.get returns them, and the analyst's change of the article's language relabels
// the paragraphs that could not tell on their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './service-helpers';

let h: Harness;
beforeAll(() => {
  h = openHarness();
});
afterAll(() => h.dispose());

const MIXED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ru', 'briefing-mixed.txt'));

describe('paragraph languages', () => {
  it('are stored with the article and returned by articles.get', async () => {
    const { article } = await h.call('articles.import', { fileName: 'briefing-mixed.txt', data: MIXED.toString('base64') });
    const got = await h.call('articles.get', { id: article.id });
    expect(got.language).toBe('ru');
    const runs = got.languages.map((r) => ({ language: r.language, starts: got.text.slice(r.start, r.start + 20) }));
    expect(runs.map((r) => r.language)).toEqual(['ru', 'en', 'uk', 'ru']);
    expect(runs[1]?.starts).toBe('The Veldrian foreign');
    expect(runs[2]?.starts).toBe('Посольство України у');
    // Runs are exact ranges of the stored text, in order, never overlapping.
    for (const [i, r] of got.languages.entries()) {
      expect(r.end).toBeGreaterThan(r.start);
      if (i > 0) expect(r.start).toBeGreaterThanOrEqual((got.languages[i - 1] as { end: number }).end);
    }
    const row = h.dump()['articles']?.find((r) => (r as { id: number }).id === article.id) as { paragraph_languages: string };
    expect(JSON.parse(row.paragraph_languages)).toEqual(got.languages);
  });

  it("follow the analyst's language for paragraphs that cannot tell", async () => {
    const text = 'Grain prices\n\nThe port authority said grain prices rose for the third week in a row as barges queued at the locks.\n\nOK.\n';
    const { article } = await h.call('articles.import', { fileName: 'grain.txt', data: Buffer.from(text).toString('base64') });
    const before = await h.call('articles.get', { id: article.id });
    expect(before.languages.at(-1)?.language).toBe('en');
    const after = await h.call('articles.setMetadata', { id: article.id, field: 'language', value: 'de' });
    expect(after.language).toBe('de');
    // No Cyrillic: every paragraph takes the article's language as the extractor reads it.
    expect(after.languages.every((r) => r.language === 'de')).toBe(true);
  });
});
