// The real corpus (../shared) through the synchronous reader: run by `npm run test:corpus` only.
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusBytes, ingestCorpus } from './core-helpers';

const raw = (name: string): string => new TextDecoder().decode(corpusBytes(name));

/** The body lines of a corpus file that are article text (a sample picked by the test, not the code). */
function sampleBodyLines(name: string, skip: (line: string) => boolean): string[] {
  return raw(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !skip(l));
}

describe('ingestFile on the real corpus', () => {
  it('002: headline, boilerplate gone, every paragraph of the article kept', () => {
    const a = ingestCorpus('002_72e9264fc770830b.txt');
    expect(a.title).toBe('Russia Orders Some US Diplomats to Leave');
    for (const junk of ['4 mins read', 'Leave a Reply', 'Your email address will not be published', 'Send this to a friend']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.text).not.toContain(a.title);
    const junkLine = (l: string): boolean => /^(?:4 mins read|Leave a Reply|Your email address|Send this to a friend|Russia Orders Some)/.test(l);
    for (const line of sampleBodyLines('002_72e9264fc770830b.txt', junkLine)) expect(a.text).toContain(line);
    expect(a.text.startsWith('Russia ordered U.S. diplomats')).toBe(true);
    expect(a.text.endsWith('request for comment.')).toBe(true);
    expect(a.text.split('\n\n')).toHaveLength(19);
    expect(a).toMatchObject({ outlet: null, author: null, published: null });
  });

  it('000: the photo caption is not the title; dateline gives the outlet and the day, the caption the year', () => {
    const a = ingestCorpus('000_543b9cac1bd99c26.txt');
    expect(a.title).not.toMatch(/Photo|1 of 2|listens to speakers/);
    expect(a.title).toMatch(/^The United States on Monday ordered the expulsion of 12 diplomats/);
    expect(a.title.length).toBeLessThanOrEqual(100);
    expect(a.title.endsWith('…')).toBe(true);
    expect(a.outlet).toBe('UPI');
    expect(a.published).toBe('2022-02-28');
    expect(a.author).toBeNull();
    expect(a.text).not.toContain('License Photo');
    expect(a.text).not.toContain('Photo by');
    expect(a.text).not.toContain('1 of 2');
    // The lead paragraph (with its dateline) stays in the body: it is article text.
    expect(a.text.startsWith('Feb. 28 (UPI) -- The United States on Monday')).toBe(true);
    const caption = (l: string): boolean => /Photo by|^License Photo$/.test(l);
    const lines = sampleBodyLines('000_543b9cac1bd99c26.txt', caption);
    expect(lines.length).toBe(24);
    for (const line of lines) expect(a.text).toContain(line);
    expect(a.text.split('\n\n')).toEqual(lines);
  });

  it('003: first line is the headline and the rest is kept as paragraphs', () => {
    const a = ingestCorpus('003_79306dbecdb1af6b.txt');
    expect(a.title).toBe('Russian diplomats told to leave US as tensions mount over Ukraine');
    const lines = sampleBodyLines('003_79306dbecdb1af6b.txt', (l) => l === a.title);
    for (const line of lines) expect(a.text).toContain(line);
    expect(a.text.split('\n\n')).toEqual(lines);
  });

  it('keeps text faithful: no line ending other than \\n, no edits inside paragraphs', () => {
    for (const name of CORPUS) {
      const a = ingestCorpus(name);
      expect(a.text).not.toMatch(/\r/);
      expect(a.text).toBe(a.text.trim());
      for (const para of a.text.split('\n\n')) expect(raw(name)).toContain(para);
    }
  });
});
