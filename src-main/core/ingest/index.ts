// ingestFile: one file's bytes → an ArticleDraft (title, metadata, the raw body and the clean
// body text that every claim offset will point into). Formats: .txt/.md, .html/.htm, .pdf,
// .docx; ingestPaste for pasted HTML or text. Every refusal is an IngestError with one line.
import { assemble, joinBlocks, textUnits, type Hints } from './assemble';
import { decodeBytes, normaliseLineEndings } from './decode';
import { readHtml } from './html';
import { IngestError, MAX_INGEST_BYTES, type ArticleDraft, type IngestInput } from './types';

export { IngestError, MAX_INGEST_BYTES } from './types';
export type { ArticleDraft, IngestInput } from './types';

const FORMATS: Record<string, ArticleDraft['format']> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

function checkText(text: string, name: string): void {
  if (text.trim().length === 0) throw new IngestError(`${name} contains only whitespace.`);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new IngestError(`${name} contains no readable text.`);
}

function fromText(decoded: string, name: string, format: ArticleDraft['format']): ArticleDraft {
  const raw = normaliseLineEndings(decoded);
  checkText(raw, name);
  return assemble(raw, textUnits(raw), { format, name, dropRepeats: true });
}

function fromBlocks(blocks: string[], hints: Hints, name: string, format: ArticleDraft['format'], emptyMessage: string): ArticleDraft {
  const { rawText, units } = joinBlocks(blocks.map(normaliseLineEndings));
  if (!/[\p{L}\p{N}]/u.test(rawText)) throw new IngestError(`${name} ${emptyMessage}`);
  return assemble(rawText, units, { format, name, hints });
}

function fromHtml(html: string, name: string, format: ArticleDraft['format']): ArticleDraft {
  checkText(html, name);
  const { blocks, hints } = readHtml(html, { readability: true });
  return fromBlocks(blocks, hints, name, format, 'is HTML without any readable text.');
}

export async function ingestFile(input: IngestInput): Promise<ArticleDraft> {
  const name = input.fileName.split(/[\\/]/).pop() || 'The file';
  // Size first: a 200 MB file is refused before a single byte is decoded.
  if (input.bytes.length > MAX_INGEST_BYTES) throw new IngestError(`${name} is too large (${mb(input.bytes.length)}; the limit is ${mb(MAX_INGEST_BYTES)}).`);
  const ext = extensionOf(input.fileName);
  const format = FORMATS[ext];
  if (!format) throw new IngestError(ext ? `${name}: unsupported file type .${ext}` : `${name}: unsupported file type (no extension)`);
  if (input.bytes.length === 0) throw new IngestError(`${name} is empty.`);
  switch (format) {
    case 'pdf': {
      const { readPdf } = await import('./pdf');
      const { blocks, hints } = await readPdf(input.bytes, name);
      return fromBlocks(blocks, hints, name, 'pdf', 'has no text layer (scanned?).');
    }
    case 'docx': {
      const { readDocx } = await import('./docx');
      const { blocks, hints } = await readDocx(input.bytes, name);
      return fromBlocks(blocks, hints, name, 'docx', 'holds no text.');
    }
    case 'html':
      return fromHtml(decodeBytes(input.bytes, name, { html: true }).text, name, 'html');
    default:
      return fromText(decodeBytes(input.bytes, name).text, name, format);
  }
}

/**
 * Synchronous ingestion for text formats only (.txt, .md, .html): for callers that cannot await
 * (tests, scripts). PDF and DOCX need ingestFile.
 */
export function ingestTextFileSync(input: IngestInput): ArticleDraft {
  const name = input.fileName.split(/[\\/]/).pop() || 'The file';
  if (input.bytes.length > MAX_INGEST_BYTES) throw new IngestError(`${name} is too large (${mb(input.bytes.length)}; the limit is ${mb(MAX_INGEST_BYTES)}).`);
  const ext = extensionOf(input.fileName);
  const format = FORMATS[ext];
  if (format !== 'txt' && format !== 'md' && format !== 'html') throw new IngestError(ext ? `${name}: unsupported file type .${ext} for synchronous reading` : `${name}: unsupported file type (no extension)`);
  if (input.bytes.length === 0) throw new IngestError(`${name} is empty.`);
  if (format === 'html') return fromHtml(decodeBytes(input.bytes, name, { html: true }).text, name, 'html');
  return fromText(decodeBytes(input.bytes, name).text, name, format);
}

/** Pasted content: the HTML flavour when it holds text, else the plain text. */
export async function ingestPaste(input: { text?: string; html?: string }): Promise<ArticleDraft> {
  const name = 'The pasted text';
  const size = Math.max(input.html?.length ?? 0, input.text?.length ?? 0);
  if (size > MAX_INGEST_BYTES) throw new IngestError(`${name} is too large (over ${mb(MAX_INGEST_BYTES)}).`);
  if (input.html && /[\p{L}\p{N}]/u.test(input.html.replace(/<[^>]*>/g, ''))) {
    try {
      return fromHtml(input.html, name, 'paste');
    } catch (err) {
      if (!(err instanceof IngestError) || !input.text?.trim()) throw err;
    }
  }
  if (!input.text || input.text.length === 0) throw new IngestError(`${name} is empty.`);
  if (input.text.includes('\u0000')) throw new IngestError(`${name} holds binary data, not text.`);
  return fromText(input.text, name, 'paste');
}
