// PDF (pdfjs-dist text, paragraphs rebuilt from positions) and DOCX (mammoth), with the bad
// cases each format brings: encrypted, truncated and scanned PDFs; zip bombs and non-Word zips.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src-main/core/ingest/types';
import { articlePdf, makeDocx, makePdf, makeZipBombDocx } from '../../fixtures/ingest/make-fixtures';
import { expectWellFormed, ingestBytes, rejection, removedTexts } from './helpers';

describe('PDF', () => {
  it('two pages → headline, byline, three paragraphs; hyphenation joined, page numbers dropped', async () => {
    const a = await ingestBytes('quarry.pdf', articlePdf());
    expect(a).toMatchObject({ title: 'Quarry expansion approved despite protests', author: 'Ilse Marten', outlet: null, published: null, language: 'en', url: null, format: 'pdf' });
    expect(a.text.split('\n\n')).toEqual([
      'The district board on Thursday approved the expansion of the Ostfeld quarry after a four-hour meeting, ending a dispute that has divided the valley for two years. Residents had collected more than 3,000 signatures against the plan.',
      '"We listened to every objection," board chair Henrik Sobel said after the four-hour session. The operator must plant a new forest strip along the road before blasting begins, and the board will review the noise figures every year.',
      'Opponents said they would appeal the decision in the regional court within a month.',
    ]);
    expect(removedTexts(a)).toEqual(['Quarry expansion approved despite protests\n\nBy Ilse Marten']);
    expectWellFormed(a);
  });

  it('an encrypted PDF is refused', async () => {
    const e = await rejection(ingestBytes('secret.pdf', makePdf([[{ x: 72, y: 700, text: 'Secret minutes of the board meeting' }]], { encrypt: true })));
    expect(e).toBeInstanceOf(IngestError);
    expect(e.message).toBe('secret.pdf is an encrypted PDF (password-protected): Quire cannot read it.');
  });

  it('a truncated PDF is refused', async () => {
    const full = articlePdf();
    for (const cut of [full.length >> 1, full.length - 10]) {
      const e = await rejection(ingestBytes('cut.pdf', full.subarray(0, cut)));
      expect(e).toBeInstanceOf(IngestError);
      expect(e.message).toBe('cut.pdf is a truncated PDF (no end-of-file marker).');
    }
  });

  it('a PDF without text (a scan) says so', async () => {
    const e = await rejection(ingestBytes('scan.pdf', makePdf([[], []])));
    expect(e.message).toBe('scan.pdf has no text layer (scanned?); run it through OCR first.');
  });

  it('damaged structure and non-PDF bytes under .pdf', async () => {
    const bad = new TextEncoder().encode('%PDF-1.4\nthis is not a pdf body at all\n%%EOF\n');
    expect((await rejection(ingestBytes('bad.pdf', bad))).message).toMatch(/^bad\.pdf is a damaged or truncated PDF\.$|^bad\.pdf could not be read as a PDF/);
    expect((await rejection(ingestBytes('text.pdf', new TextEncoder().encode('just some text')))).message).toBe('text.pdf is not a PDF (no %PDF header).');
  });
});

describe('DOCX', () => {
  const doc = [
    { text: 'Library reopens after flood repairs', style: 'Heading1' },
    { text: 'By Anna Kovac' },
    { text: 'Published March 2, 2025' },
    { text: 'The city library reopened on Monday after six months of repairs, the council said.' },
    { text: '"It is good to be back," head librarian Omar Faris said.' },
    { text: 'Share this article' },
  ];

  it('a DOCX built in the test: Heading 1 title, byline, date line, paragraphs; furniture removed', async () => {
    const a = await ingestBytes('library.docx', await makeDocx(doc));
    expect(a).toMatchObject({ title: 'Library reopens after flood repairs', author: 'Anna Kovac', published: '2025-03-02', outlet: null, url: null, language: 'en', format: 'docx' });
    expect(a.text).toBe('The city library reopened on Monday after six months of repairs, the council said.\n\n"It is good to be back," head librarian Omar Faris said.');
    expect(removedTexts(a)).toEqual(['Library reopens after flood repairs\n\nBy Anna Kovac\n\nPublished March 2, 2025', 'Share this article']);
    expectWellFormed(a);
  });

  it('a zip bomb (2 GB declared) is refused from the central directory, before inflating', async () => {
    const bomb = await makeZipBombDocx();
    const e = await rejection(ingestBytes('bomb.docx', bomb));
    expect(e).toBeInstanceOf(IngestError);
    expect(e.message).toMatch(/^bomb\.docx would expand .*refused as a possible zip bomb\.$/);
  });

  it('a high compression ratio is refused too', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'a'.repeat(30 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect((await rejection(ingestBytes('ratio.docx', bytes))).message).toMatch(/refused as a possible zip bomb/);
  });

  it('not a zip, a zip without a document, an empty document', async () => {
    expect((await rejection(ingestBytes('a.docx', new TextEncoder().encode('hello there, not a zip')))).message).toBe('a.docx is not a valid Word document (not a zip archive, or truncated).');
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    expect((await rejection(ingestBytes('b.docx', await zip.generateAsync({ type: 'uint8array' })))).message).toBe('b.docx is a zip archive but not a Word document (no word/document.xml).');
    expect((await rejection(ingestBytes('c.docx', await makeDocx([{ text: ' ' }])))).message).toMatch(/^c\.docx (?:holds no text|holds no article text)\.$/);
    const good = await makeDocx(doc);
    expect((await rejection(ingestBytes('d.docx', good.subarray(0, good.length - 30)))).message).toMatch(/^d\.docx is (?:not a valid Word document|a damaged)/);
  });
});
