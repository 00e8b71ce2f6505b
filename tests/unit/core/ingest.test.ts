import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestTextFileSync as ingestFile, IngestError } from '../../../src-main/core/ingest/index';
import { ingestFixture } from './corpus';

describe('ingestFile decoding', () => {
  const expected = {
    title: 'Harbor council delays vote on ferry fares',
    author: 'Mira Castell',
    outlet: 'Coastline Wire',
    published: '2025-03-04',
  };

  it.each(['utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt'])('%s decodes to the same article', (name) => {
    const a = ingestFixture(name);
    expect(a).toMatchObject(expected);
    expect(a.text).not.toContain('\uFEFF');
    expect(a.text).not.toContain('\r');
    expect(a.text).toContain('"We need more time to read the figures," council chair Tomas Ebner said');
    expect(a.text.split('\n\n')).toHaveLength(3);
  });

  it('refuses invalid UTF-8 instead of decoding garbage', () => {
    expect(() => ingestFixture('invalid-utf8.txt')).toThrow(IngestError);
    expect(() => ingestFixture('invalid-utf8.txt')).toThrow(/is not valid UTF-8 text/);
  });

  it('refuses binary content (PNG bytes, NULs)', () => {
    expect(() => ingestFixture('binary.txt')).toThrow(/looks like a binary file/);
    const nul = new TextEncoder().encode('Title here now\n\nSome text\u0000more text');
    expect(() => ingestFile({ fileName: 'x.txt', bytes: nul })).toThrow(/looks like a binary file/);
  });

  it('refuses empty and whitespace-only files with one-line messages', () => {
    for (const name of ['empty.txt', 'whitespace.txt']) {
      let error: unknown;
      try {
        ingestFixture(name);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(IngestError);
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).toContain(name);
    }
  });

  it('refuses other extensions', () => {
    expect(() => ingestFixture('notes.xyz')).toThrow('unsupported file type .xyz');
    expect(() => ingestFile({ fileName: 'a.PDF', bytes: new Uint8Array([1]) })).toThrow('unsupported file type .pdf');
  });

  it('normalises CRLF and lone CR', () => {
    const bytes = new TextEncoder().encode('A short headline here\r\n\r\nFirst paragraph.\rSecond paragraph.\r\n');
    const a = ingestFile({ fileName: 'crlf.txt', bytes });
    expect(a.title).toBe('A short headline here');
    expect(a.text).toBe('First paragraph.\n\nSecond paragraph.');
  });
});

describe('ingestFile metadata and boilerplate', () => {
  it('Markdown: heading title, byline with outlet, numeric date line, furniture and repeats dropped', () => {
    const a = ingestFixture('boilerplate.md');
    expect(a).toMatchObject({ title: 'River cleanup draws record turnout', author: 'Jana Holm', outlet: 'Riverside Courier', published: '2018-03-29' });
    for (const junk of ['5 min read', 'Photo:', 'Share this article', 'Advertisement', 'Related Topics', 'Volunteering', 'Leave a comment', 'Required fields']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.text.split('\n\n')).toEqual([
      'More than 600 volunteers pulled 3 tonnes of rubbish from the Lenne river on Saturday, organisers said.',
      '"This is the best turnout in the event\'s twelve-year history," organiser Piet Lamm said.',
      "The council said it would fund skips for next year's cleanup.",
    ]);
  });

  it('no headline: the title is the lead sentence cut at a word boundary; dated dateline', () => {
    const a = ingestFixture('lead-only.txt');
    expect(a.title).toBe('The Saltmere port authority on Sunday announced it would close the northern dock for six weeks of…');
    expect(a.title.length).toBeLessThanOrEqual(100);
    expect(a).toMatchObject({ outlet: 'Bay Courier', published: '2024-03-03', author: null });
    expect(a.text.startsWith('SALTMERE, March 3, 2024 (Bay Courier) --')).toBe(true);
  });

  it('hard-wrapped paragraphs stay whole, line breaks kept', () => {
    const a = ingestFixture('hard-wrapped.txt');
    expect(a.title).toBe('Wrapped paragraphs test article');
    expect(a.text.split('\n\n')).toHaveLength(2);
    expect(a.text).toContain('confirmed on Monday that the\nnew timetable');
  });

  it('never invents a date: a dateline without a year or a date in the body gives null', () => {
    const bytes = new TextEncoder().encode('Council approves budget for the year\n\nMarch 3 (Valley Post) -- The council approved its budget. The last one passed on June 2, 2019.\n');
    const a = ingestFile({ fileName: 'b.txt', bytes });
    expect(a.published).toBeNull();
    expect(a.outlet).toBe('Valley Post');
  });

  const ingestText = (body: string): ReturnType<typeof ingestFile> => ingestFile({ fileName: 'a.txt', bytes: new TextEncoder().encode(body) });

  it('wire-style header: byline under the headline, relative times and trailers dropped', () => {
    const a = ingestText(
      'Ships avoid strait after drone strike\nBy Lena Ortiz and Sam Ward\n\n5 minute read\n\nUpdated 2 hours ago\n\n' +
        'DUBAI, June 4, 2024 (Reuters) - Several tankers changed course on Tuesday, shipping sources said.\n\n' +
        '"It is too risky now," one captain said.\n\n(Reporting by Lena Ortiz; Editing by Sam Ward)',
    );
    expect(a).toMatchObject({ title: 'Ships avoid strait after drone strike', author: 'Lena Ortiz and Sam Ward', outlet: 'Reuters', published: '2024-06-04' });
    expect(a.text.split('\n\n')).toHaveLength(2);
  });

  it('section label and caption above the headline are not the title', () => {
    expect(ingestText('World\n\nHarbor strike ends after deal on wages\n\nDock workers returned on Friday.').title).toBe('Harbor strike ends after deal on wages');
    const a = ingestText('Photo: A tanker in the strait. (Jane Roe/AFP via Getty Images)\nTankers avoid the strait\nPublished 06/04/2024\nSeveral tankers changed course on Tuesday.');
    expect(a).toMatchObject({ title: 'Tankers avoid the strait', published: '2024-06-04', text: 'Several tankers changed course on Tuesday.' });
  });

  it('a one-sentence file is text, titled by its sentence', () => {
    expect(ingestText('The vote was postponed.')).toMatchObject({ title: 'The vote was postponed', text: 'The vote was postponed.' });
  });

  it('does not drop body sentences that mention photos or sharing', () => {
    const body = [
      'Museum shows a rare photo archive',
      '',
      'The museum said the photo by the late Anna Berg was found in a cellar in 2019 and restored over two years.',
      '',
      'Visitors can share their own family pictures at the entrance, the curator said.',
    ].join('\n');
    const a = ingestFile({ fileName: 'm.txt', bytes: new TextEncoder().encode(body) });
    expect(a.text.split('\n\n')).toHaveLength(2);
  });
});

describe('ingestFile robustness', () => {
  it('property: any bytes give an article or an IngestError, never another error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.txt', 'b.md'), (bytes, fileName) => {
        try {
          const a = ingestFile({ fileName, bytes });
          expect(a.text.trim().length).toBeGreaterThan(0);
          expect(a.title.length).toBeGreaterThan(0);
        } catch (e) {
          if (!(e instanceof IngestError)) throw e;
          expect(e.message).not.toContain('\n');
        }
      }),
      { numRuns: 500 },
    );
  });
});
