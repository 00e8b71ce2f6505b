// Files written for these tests, one per format, each with the header shapes real articles use
// (wire datelines, bylines, date lines, tickers, captions, a Cyrillic headline): every one
// imports with the right title, outlet, author and dates, each with its source, and the header
// lines end up removed (shown as removed text), never in the body.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { encodeWindows1251, makePdf, TASS_ARTICLE } from '../../fixtures/ingest/make-fixtures';
import { expectWellFormed, fixtureBytes, ingestBytes, removedTexts } from './helpers';

describe('plain text', () => {
  it('wire story: section label, headline, byline with two authors and the agency, update line, ticker, dateline', async () => {
    const a = await ingestBytes('wire-reuters.txt', fixtureBytes('wire-reuters.txt'));
    expect(a).toMatchObject({
      title: 'Harbour pilots strike over night shifts',
      author: 'Lena Ortiz and Sam Ward',
      outlet: 'Reuters',
      // "March 29" has no year: the update line's date gives it.
      published: '2018-03-29',
      updated: '2018-03-30',
      language: 'en',
      sources: { title: 'headline', author: 'byline', outlet: 'byline', published: 'dateline', updated: 'date-line', language: 'detected' },
    });
    expect(a.text.startsWith('SALTMERE, March 29 (Reuters) - Harbour pilots')).toBe(true);
    for (const junk of ['By Lena Ortiz', 'Updated:', '88.72', 'Photo:', '©']) expect(a.text).not.toContain(junk);
    expect(removedTexts(a).join('\n')).toContain('• $ 88.72 +0.17');
    expectWellFormed(a);
  });

  it('a relayed source ("CNN reports") is not the outlet; a day-first date line dates it', async () => {
    const a = await ingestBytes('relayed.txt', fixtureBytes('relayed.txt'));
    expect(a).toMatchObject({ title: 'Dam inquiry names three engineers', outlet: null, author: null, published: '2018-03-29', sources: { published: 'date-line' } });
    expect(a.text.startsWith('KESTREL BAY — An inquiry')).toBe(true);
  });

  it('Windows-1251 file: the Cyrillic headline is the title; "/ТАСС/" is the outlet, the year comes from the update line', async () => {
    const a = await ingestBytes('tass.txt', encodeWindows1251(TASS_ARTICLE));
    expect(a).toMatchObject({
      title: 'Высылка дипломатов',
      outlet: 'ТАСС',
      published: '2018-03-29',
      updated: '2018-03-30',
      language: 'ru',
      sources: { title: 'headline', outlet: 'dateline', published: 'dateline', updated: 'date-line' },
    });
    expect(a.text.startsWith('МОСКВА, 29 марта. /ТАСС/. Министерство')).toBe(true);
  });

  it('a date without a year and no other date on the page: no date, never today', async () => {
    const a = await ingestBytes('noyear.txt', new TextEncoder().encode('Port reopens after storm\n\nMOSCOW, March 29 (Reuters) - The port reopened on Thursday after three days.\n'));
    expect(a).toMatchObject({ outlet: 'Reuters', published: null });
  });
});

describe('Markdown', () => {
  it('a name alone under the headline, then a date line and an update line: author, published and updated apart', async () => {
    const a = await ingestBytes('byline-dates.md', fixtureBytes('byline-dates.md'));
    expect(a).toMatchObject({
      title: 'Ferry operator cuts winter timetable',
      author: 'Mara Lindqvist',
      published: '2018-03-29',
      updated: '2018-09-28',
      sources: { title: 'headline', author: 'byline', published: 'date-line', updated: 'date-line' },
    });
    expect(a.text.startsWith('The island ferry will run')).toBe(true);
    for (const junk of ['3/29/2018', 'Updated:', 'Recommended Video']) expect(a.text).not.toContain(junk);
    expectWellFormed(a);
  });

  it('"Name / date / Updated: date" on one line', async () => {
    const md = '# Bridge tolls frozen for a year\n\nMara Lindqvist / 3/29/2018 / Updated: 9/28/2018\n\nThe county froze bridge tolls on Thursday, the transport office said in a statement.\n';
    const a = await ingestBytes('one-line.md', new TextEncoder().encode(md));
    expect(a).toMatchObject({ author: 'Mara Lindqvist', published: '2018-03-29', updated: '2018-09-28' });
    expect(a.text).toBe('The county froze bridge tolls on Thursday, the transport office said in a statement.');
  });
});

describe('HTML', () => {
  it('ticker, byline of two, <time>, caption, UPI dateline, related links', async () => {
    const a = await ingestBytes('upi-ticker.html', fixtureBytes('upi-ticker.html'));
    expect(a.title).toBe('Hospital ship leaves port for the islands');
    expect(a).toMatchObject({ author: 'Iris Talbot and Noah Fenn', outlet: 'UPI', published: '2022-02-28', language: 'en', sources: { outlet: 'dateline', published: 'time-element', language: 'html-lang' } });
    expect(a.text).toMatch(/^Feb\. 28 \(UPI\) -- The hospital ship Meridian/);
    for (const junk of ['88.72', 'Photo by', 'Clinics close on two islands', 'By Iris Talbot']) expect(a.text).not.toContain(junk);
    expectWellFormed(a);
  });
});

describe('PDF', () => {
  it('headline in a larger font, byline, dateline with a year; the info dictionary is only a fallback', async () => {
    const pdf = makePdf(
      [
        [
          { x: 72, y: 740, text: 'Council approves new tram line', size: 18 },
          { x: 72, y: 712, text: 'By Tomas Ebner, Valley Post' },
          { x: 72, y: 680, text: 'DORRIN, June 4, 2024 (Valley Post) -- The city council approved a second tram line on Tuesday after' },
          { x: 72, y: 666, text: 'a debate that lasted most of the night, and asked the operator for a timetable by the autumn.' },
          { x: 90, y: 652, text: '"This is the largest investment the city has made in a generation," the mayor said.' },
        ],
      ],
      { info: { Title: 'draft-3.docx', Author: 'Office User' } },
    );
    const a = await ingestBytes('tram.pdf', pdf);
    expect(a).toMatchObject({ title: 'Council approves new tram line', author: 'Tomas Ebner', outlet: 'Valley Post', published: '2024-06-04', format: 'pdf', sources: { title: 'headline', author: 'byline', outlet: 'byline', published: 'dateline' } });
    expect(a.text.startsWith('DORRIN, June 4, 2024')).toBe(true);
  });

  it('no headline or byline in the text: the info dictionary names title and author', async () => {
    const pdf = makePdf([[{ x: 72, y: 700, text: 'The harbour board met on Monday and agreed to dredge the northern channel before winter.' }]], { info: { Title: 'Harbour board minutes', Author: 'Ines Calder' } });
    const a = await ingestBytes('minutes.pdf', pdf);
    expect(a).toMatchObject({ title: 'Harbour board minutes', author: 'Ines Calder', sources: { title: 'pdf-info', author: 'pdf-info' } });
  });
});

describe('DOCX (made with the docx package)', () => {
  const build = (props: { title?: string; creator?: string }, paragraphs: Paragraph[]): Promise<Uint8Array> =>
    Packer.toBuffer(new Document({ ...props, sections: [{ children: paragraphs }] })).then((b) => new Uint8Array(b));

  it('Heading 1 headline, "By X and Y", a day-first date line, a wire dateline without a year, a caption', async () => {
    const bytes = await build({ title: 'Minutes', creator: 'Office User' }, [
      new Paragraph({ text: 'Grain exports resume from the northern port', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'By Anja Vogel and Piet Maas' }),
      new Paragraph({ text: '29.03.2018' }),
      new Paragraph({ text: 'Photo: The northern port at dawn (Rui Sato/AFP via Getty Images)', alignment: AlignmentType.CENTER }),
      new Paragraph({ text: 'ODESSA, March 29 (UPI) -- Grain ships left the northern port on Thursday for the first time in a month, port officials said.' }),
      new Paragraph({ text: 'Insurers agreed to cover the route again after talks that lasted three weeks.' }),
    ]);
    const a = await ingestBytes('grain.docx', bytes);
    expect(a).toMatchObject({ title: 'Grain exports resume from the northern port', author: 'Anja Vogel and Piet Maas', outlet: 'UPI', published: '2018-03-29', format: 'docx', sources: { title: 'headline', author: 'byline', outlet: 'dateline', published: 'date-line' } });
    expect(a.text.startsWith('ODESSA, March 29 (UPI) -- Grain ships')).toBe(true);
    expect(a.text).not.toContain('Photo:');
  });

  it('core properties give title and author where the text is silent', async () => {
    const bytes = await build({ title: 'Harbour board minutes', creator: 'Ines Calder' }, [new Paragraph({ text: 'The harbour board met on Monday and agreed to dredge the northern channel before winter.' })]);
    const a = await ingestBytes('minutes.docx', bytes);
    expect(a).toMatchObject({ title: 'Harbour board minutes', author: 'Ines Calder', sources: { title: 'docx-properties', author: 'docx-properties' } });
  });
});
