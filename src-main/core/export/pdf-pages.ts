// The page each note's section starts on in a printed brief: read from the measuring print's
// text layer (pdf.js), where each section heading carries its note's token (html.ts pageMark).

const TOKEN = /QXREF(\d+)Q/g;

export async function sectionPages(pdf: Uint8Array): Promise<Map<number, number>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: pdf.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pages = new Map<number, number>();
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
      for (const m of text.matchAll(TOKEN)) if (!pages.has(Number(m[1]))) pages.set(Number(m[1]), p);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}
