// The shared real-article corpus through the async ingestFile: metadata as the articles state
// it (null where they do not), boilerplate gone and exactly accounted for, every sentence kept.
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusText, expectWellFormed, ingestCorpus, removedTexts, sentencesOf } from './ingest-helpers';

const lines = (name: string, skip: (l: string) => boolean): string[] =>
  corpusText(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !skip(l));

describe('corpus 000 (UPI, captions above and below)', () => {
  it('metadata: outlet and day from the dateline, the year from the caption\'s date, no author, English, no URL', async () => {
    const a = await ingestCorpus('000_543b9cac1bd99c26.txt');
    // "Feb. 28 (UPI) --" has no year; the page's other date (a caption's "March 11, 2022") gives it.
    expect(a).toMatchObject({ outlet: 'UPI', author: null, published: '2022-02-28', language: 'en', url: null, format: 'txt' });
    expect(a.sources).toMatchObject({ outlet: 'dateline', published: 'dateline', title: 'lead', language: 'detected' });
    expect(a.title).toMatch(/^The United States on Monday ordered the expulsion of 12 diplomats/);
    expect(a.title).not.toMatch(/Photo|1 of 2/);
  });

  it('captions and "License Photo" are removed, exactly, and every sentence of the article is kept', async () => {
    const a = await ingestCorpus('000_543b9cac1bd99c26.txt');
    expectWellFormed(a);
    const caption = (l: string): boolean => /Photo by|^License Photo$/.test(l);
    expect(removedTexts(a).join('\n')).toContain('License Photo');
    expect(removedTexts(a).some((r) => r.startsWith('1 of 2 | Russian Ambassador'))).toBe(true);
    for (const junk of ['License Photo', 'Photo by', '1 of 2']) expect(a.text).not.toContain(junk);
    const sentences = sentencesOf(lines('000_543b9cac1bd99c26.txt', caption));
    expect(sentences.length).toBeGreaterThanOrEqual(27);
    for (const s of sentences) expect(a.text).toContain(s);
    // Everything removed is a caption line of the raw file.
    for (const r of removedTexts(a)) for (const l of r.split('\n')) expect(caption(l.trim())).toBe(true);
  });
});

describe('corpus 002 (blog repost with furniture)', () => {
  it('metadata: headline; no outlet, author or date stated', async () => {
    const a = await ingestCorpus('002_72e9264fc770830b.txt');
    expect(a).toMatchObject({ title: 'Russia Orders Some US Diplomats to Leave', outlet: null, author: null, published: null, language: 'en', url: null });
  });

  it('furniture removed exactly; all sentences kept', async () => {
    const a = await ingestCorpus('002_72e9264fc770830b.txt');
    expectWellFormed(a);
    const junk = /^(?:4 mins read|Leave a Reply|Your email address will not be published\.|Send this to a friend|Russia Orders Some US Diplomats to Leave)$/;
    expect(removedTexts(a).flatMap((r) => r.split(/\n+/))).toEqual([
      'Russia Orders Some US Diplomats to Leave',
      '4 mins read',
      'Leave a Reply',
      'Your email address will not be published.',
      'Send this to a friend',
    ]);
    for (const s of sentencesOf(lines('002_72e9264fc770830b.txt', (l) => junk.test(l)))) expect(a.text).toContain(s);
    expect(a.text.split('\n\n')).toHaveLength(19);
  });
});

describe('corpus 003 (headline and one paragraph per line)', () => {
  it('metadata and every sentence', async () => {
    const a = await ingestCorpus('003_79306dbecdb1af6b.txt');
    expect(a).toMatchObject({ title: 'Russian diplomats told to leave US as tensions mount over Ukraine', outlet: null, author: null, published: null, language: 'en' });
    expectWellFormed(a);
    expect(removedTexts(a)).toEqual([a.title]);
    for (const s of sentencesOf(lines('003_79306dbecdb1af6b.txt', (l) => l === a.title))) expect(a.text).toContain(s);
  });
});

it('the whole corpus: no \\r, no edits inside paragraphs, rawText is the decoded file', async () => {
  for (const name of CORPUS) {
    const a = await ingestCorpus(name);
    expect(a.rawText).toBe(corpusText(name).replace(/\r\n?/g, '\n'));
    for (const para of a.text.split('\n\n')) expect(corpusText(name)).toContain(para);
  }
});
