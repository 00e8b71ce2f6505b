// DOCX → paragraph blocks: the zip is inspected for bombs first, then mammoth turns the
// document into HTML and the HTML block walker (no readability: all of it is content) reads it.
import type { Hints } from './assemble';
import { readHtml } from './html';
import { IngestError } from './types';
import { checkZipBomb, zipEntries } from './zip';

export async function readDocx(bytes: Uint8Array, name: string): Promise<{ blocks: string[]; hints: Hints }> {
  const entries = zipEntries(bytes, name);
  checkZipBomb(entries, name);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new IngestError(`${name} is a zip archive but not a Word document (no word/document.xml).`);
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    // Node's mammoth reads `buffer` (any binary JSZip accepts), the browser build `arrayBuffer`.
    const copy = bytes.slice();
    html = (await mammoth.convertToHtml({ buffer: copy, arrayBuffer: copy.buffer } as unknown as { arrayBuffer: ArrayBuffer })).value;
  } catch (err) {
    throw new IngestError(`${name} is a damaged Word document (${String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 120)}).`);
  }
  const { blocks, hints } = readHtml(html, { readability: false });
  // A Word file has no page metadata: only a Heading 1 can name the headline.
  const h1 = /<h1>(.*?)<\/h1>/.exec(html) ? hints.title : null;
  return { blocks, hints: h1 ? { title: h1, titleVariants: [h1] } : {} };
}
