// PDF bombs: a few megabytes of Flate stream can decode to gigabytes, which pdf.js would hold in
// ArrayBuffers (outside any heap limit) while it reads the text. Before pdf.js sees the file,
// every Flate stream that reading text would decode (content, fonts, object streams; image
// XObjects are never decoded for text) is inflated through fflate's streaming Unzlib with a
// running byte cap: the output is counted and dropped, so the check itself stays small.
import { Unzlib } from 'fflate';
import { IngestError } from './types';

/** Decoded bytes of the Flate streams of one PDF, added up, beyond which it is refused. */
export const MAX_PDF_DECODED = 256 * 1024 * 1024;

const CHUNK = 64 * 1024;
/** How far back from `stream` its object's dictionary is looked for. */
const DICT_WINDOW = 4096;

class OverCap extends Error {}

/** Throws IngestError when the PDF's Flate streams decode past MAX_PDF_DECODED. */
export function checkPdfStreams(bytes: Uint8Array, name: string, cap = MAX_PDF_DECODED): void {
  // One character per byte, so string positions are byte positions.
  const text = new TextDecoder('latin1').decode(bytes);
  let total = 0;
  let at = text.indexOf('stream', 0);
  while (at >= 0) {
    const keywordEnd = at + 'stream'.length;
    const isStart = text.startsWith('>>', skipBack(text, at)) && (text[keywordEnd] === '\n' || text[keywordEnd] === '\r');
    if (!isStart) {
      at = text.indexOf('stream', keywordEnd);
      continue;
    }
    const dataStart = keywordEnd + (text.startsWith('\r\n', keywordEnd) ? 2 : 1);
    const end = text.indexOf('endstream', dataStart);
    const dataEnd = end < 0 ? bytes.length : end;
    const dictFrom = text.lastIndexOf('obj', at);
    const dict = text.slice(Math.max(dictFrom, at - DICT_WINDOW, 0), at);
    if (dict.includes('/FlateDecode') && !/\/Subtype\s*\/Image/.test(dict)) {
      total += inflated(bytes.subarray(dataStart, dataEnd), cap - total);
      if (total >= cap) throw new IngestError(`${name} decodes to more than ${Math.round(cap / 1024 / 1024)} MB of streams: refused as a possible PDF bomb.`);
    }
    at = text.indexOf('stream', dataEnd);
  }
}

/** Where the whitespace before `at` begins, looking back at most 16 characters. */
function skipBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 16 && /\s/.test(text[i - 1] ?? '')) i--;
  return i - 2;
}

/** Decoded size of one zlib stream, or `cap` once it reaches it; a stream that cannot be decoded counts what it gave. */
function inflated(data: Uint8Array, cap: number): number {
  let size = 0;
  const unzlib = new Unzlib((chunk) => {
    size += chunk.length;
    if (size >= cap) throw new OverCap();
  });
  try {
    for (let at = 0; at < data.length; at += CHUNK) unzlib.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  } catch (err) {
    if (err instanceof OverCap) return cap;
    // Damaged or encrypted: pdf.js fails on it (or decrypts first); what decoded so far counts.
  }
  return size;
}
