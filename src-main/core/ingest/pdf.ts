// PDF → paragraph blocks, rebuilt from the positions of pdfjs-dist's text items: items on one
// baseline make a line; a new paragraph starts at a larger vertical gap, an indented first line,
// a change of font size, or after a short line ending a sentence. Hyphenated line ends are
// joined; page numbers and running headers/footers are dropped. pdfjs never runs PDF scripts
// here (isEvalSupported: false, no scripting).
import type { Hints } from './assemble';
import { checkPdfStreams } from './pdf-streams';
import { IngestError } from './types';

interface Item {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
interface Line {
  x: number;
  y: number;
  size: number;
  right: number;
  text: string;
}

const ascii = (bytes: Uint8Array, from: number, to: number): string => {
  let s = '';
  for (let i = Math.max(0, from); i < Math.min(bytes.length, to); i++) s += String.fromCharCode(bytes[i]!);
  return s;
};

/** Items of one page → lines, top to bottom. */
function pageLines(items: readonly Item[]): Line[] {
  const lines: Line[] = [];
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.transform[5]! - a.transform[5]! || a.transform[4]! - b.transform[4]!);
  for (const it of sorted) {
    const x = it.transform[4]!;
    const y = it.transform[5]!;
    const size = Math.abs(it.transform[3]!) || it.height || 10;
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - y) < size * 0.4) {
      const gap = x - last.right;
      last.text += gap > size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(it.str) ? ` ${it.str}` : it.str;
      last.right = Math.max(last.right, x + it.width);
      continue;
    }
    lines.push({ x, y, size, right: x + it.width, text: it.str });
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text.length > 0);
}

const PAGE_NUMBER = /^(?:(?:page|p\.|seite|стр\.?|страница)\s*)?(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?(?:\s*(?:of|\/|из)\s*\d{1,4})?$/i;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/** Joins two lines of one paragraph: "expan-" + "sion" → "expansion"; "four-" + "hour" stays hyphenated when the text writes it so. */
function joinLines(a: string, b: string, corpus: string): string {
  const m = /(\p{L}+)-$/u.exec(a);
  if (m && /^\p{Ll}/u.test(b)) {
    const next = /^\p{L}+/u.exec(b)?.[0] ?? '';
    const hyphenated = `${m[1]}-${next}`;
    const keep = corpus.includes(hyphenated) && !corpus.includes(`${m[1]}${next}`);
    return keep ? a + b : a.slice(0, -1) + b;
  }
  return `${a} ${b}`;
}

/**
 * The document info dictionary's Title and Author, as hints with their source. Its CreationDate
 * is when the file was made (often printed from a browser), not when the article appeared.
 */
async function pdfInfoHints(doc: { getMetadata(): Promise<{ info: unknown }> }): Promise<Hints> {
  let info: Record<string, unknown> = {};
  try {
    const read = (await doc.getMetadata()).info;
    if (read && typeof read === 'object') info = read as Record<string, unknown>;
  } catch {
    // Unreadable metadata: the text still counts.
  }
  const text = (v: unknown): string | null => (typeof v === 'string' && /\p{L}/u.test(v) ? v.trim().replace(/\s+/g, ' ') : null);
  const hints: Hints = { sources: {} };
  const title = text(info['Title']);
  // Word processors write the file name (or "Untitled") as the title: not a headline.
  if (title && !/\.(?:docx?|pdf|odt|rtf|txt)$/i.test(title) && !/^untitled\b/i.test(title)) {
    hints.title = title;
    hints.sources!.title = 'pdf-info';
  }
  const author = text(info['Author']);
  if (author) {
    hints.author = author;
    hints.sources!.author = 'pdf-info';
  }
  return hints;
}

export async function readPdf(bytes: Uint8Array, name: string): Promise<{ blocks: string[]; hints: Hints }> {
  if (!ascii(bytes, 0, 1024).includes('%PDF-')) throw new IngestError(`${name} is not a PDF (no %PDF header).`);
  if (!ascii(bytes, bytes.length - 2048, bytes.length).includes('%%EOF')) throw new IngestError(`${name} is a truncated PDF (no end-of-file marker).`);
  checkPdfStreams(bytes, name);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, enableXfa: false, stopAtErrors: false }).promise;
  } catch (err) {
    const e = err as { name?: string; message?: string };
    if (e?.name === 'PasswordException') throw new IngestError(`${name} is an encrypted PDF (password-protected): Quire cannot read it.`);
    if (e?.name === 'InvalidPDFException') throw new IngestError(`${name} is a damaged or truncated PDF.`);
    throw new IngestError(`${name} could not be read as a PDF (${String(e?.message ?? err).split('\n')[0]!.slice(0, 120)}).`);
  }
  try {
    const pages: Line[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items as Item[]));
      page.cleanup();
    }
    const allText = pages.flat().map((l) => l.text).join(' ');
    if ((allText.match(/\p{L}/gu) ?? []).length < 20) throw new IngestError(`${name} has no text layer (scanned?); run it through OCR first.`);
    // Running headers/footers: the same first or last line (digits ignored) on several pages.
    const edgeKey = (l: Line | undefined): string => (l ? l.text.replace(/\d+/g, '#') : '');
    const counts = new Map<string, number>();
    for (const lines of pages) for (const k of new Set([edgeKey(lines[0]), edgeKey(lines[lines.length - 1])])) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    const running = (l: Line | undefined): boolean => pages.length >= 3 && (counts.get(edgeKey(l)) ?? 0) >= Math.max(3, pages.length / 2);
    for (const lines of pages) {
      while (lines.length && (PAGE_NUMBER.test(lines[0]!.text) || running(lines[0]))) lines.shift();
      while (lines.length && (PAGE_NUMBER.test(lines[lines.length - 1]!.text) || running(lines[lines.length - 1]))) lines.pop();
    }
    const blocks: string[] = [];
    let open = false; // the last block may continue on the next page
    for (const lines of pages) {
      if (lines.length === 0) continue;
      const gaps: number[] = [];
      for (let i = 1; i < lines.length; i++) if (Math.abs(lines[i]!.size - lines[i - 1]!.size) < 0.5) gaps.push(lines[i - 1]!.y - lines[i]!.y);
      const gap = median(gaps.filter((g) => g > 0)) || lines[0]!.size * 1.2;
      const margin = median(lines.map((l) => l.x));
      const width = Math.max(...lines.map((l) => l.right)) - Math.min(...lines.map((l) => l.x));
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const prev = lines[i - 1];
        let fresh: boolean;
        if (!prev) {
          const last = blocks[blocks.length - 1];
          fresh = !(open && last && !/[.!?:"”’»)]$/.test(last) && /^\p{Ll}/u.test(line.text));
        } else {
          const dy = prev.y - line.y;
          fresh =
            dy > gap * 1.4 ||
            Math.abs(line.size - prev.size) > Math.max(prev.size, line.size) * 0.15 ||
            line.x > margin + line.size * 0.8 ||
            (/[.!?"”»]$/.test(prev.text) && prev.right < margin + width * 0.8);
        }
        if (fresh || blocks.length === 0) blocks.push(line.text);
        else blocks[blocks.length - 1] = joinLines(blocks[blocks.length - 1]!, line.text, allText);
      }
      open = true;
    }
    return { blocks, hints: { properties: await pdfInfoHints(doc) } };
  } finally {
    await doc.destroy();
  }
}
