// DOCX → paragraph blocks: the zip is inspected for bombs first, then mammoth turns the
// document into HTML and the HTML block walker (no readability: all of it is content) reads it.
import type { Hints } from './assemble';
import { readHtml } from './html';
import { IngestError } from './types';
import { unzipSync } from 'fflate';
import { checkZipBomb, zipEntries, type ZipEntry } from './zip';

/** docProps/core.xml is small; a larger one is not read (the body still is). */
const MAX_CORE_XML = 256 * 1024;

const xmlText = (xml: string, tag: string): string | null => {
  const open = xml.indexOf(`<${tag}`);
  if (open < 0) return null;
  const start = xml.indexOf('>', open);
  const end = xml.indexOf(`</${tag}>`, start);
  if (start < 0 || end < 0) return null;
  const value = xml.slice(start + 1, end).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
  return /\p{L}|\d/u.test(value) ? value.replace(/\s+/g, ' ') : null;
};

/**
 * Title and creator from the DOCX core properties (dc:title, dc:creator). Its creation date is
 * when the file was made, not when the article appeared: not read.
 */
function coreProperties(bytes: Uint8Array, entries: readonly ZipEntry[]): { title: string | null; author: string | null } {
  const none = { title: null, author: null };
  const entry = entries.find((e) => e.name === 'docProps/core.xml');
  if (!entry || entry.uncompressed > MAX_CORE_XML) return none;
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' && f.originalSize <= MAX_CORE_XML });
    const data = files['docProps/core.xml'];
    if (!data || data.length > MAX_CORE_XML) return none;
    xml = new TextDecoder().decode(data);
  } catch {
    return none;
  }
  const title = xmlText(xml, 'dc:title');
  return {
    // Word writes the file name or "Untitled" when nobody gave a title.
    title: title && !/\.(?:docx?|pdf)$/i.test(title) && !/^untitled\b/i.test(title) ? title : null,
    author: xmlText(xml, 'dc:creator'),
  };
}

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
  const props = coreProperties(bytes, entries);
  // A Heading 1 names the headline; the document's properties count where the text is silent.
  const h1 = html.includes('<h1>') ? hints.title : null;
  const properties: Hints = { ...props, sources: {} };
  for (const field of ['title', 'author'] as const) if (props[field]) properties.sources![field] = 'docx-properties';
  return { blocks, hints: { ...(h1 ? { title: h1, titleVariants: [h1], sources: { title: 'headline' } } : {}), properties } };
}
