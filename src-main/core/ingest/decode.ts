// File bytes → string: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary content and
// invalid UTF-8 are refused with a message the user can act on, never decoded into garbage.
import { IngestError } from './types';

const PNG = [0x89, 0x50, 0x4e, 0x47];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const GZIP = [0x1f, 0x8b];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = [0x47, 0x49, 0x46, 0x38];
const MAGIC = [PNG, PDF, ZIP, GZIP, JPEG, GIF];

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Control characters other than tab, newline, vertical tab, form feed, carriage return. */
const isControl = (code: number): boolean => code < 0x20 && code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13;

function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((sig) => startsWith(bytes, sig))) return true;
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (isControl(b) || b === 0x7f) controls++;
  }
  return n > 0 && controls / n > 0.02;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) throw new IngestError('The file has a UTF-16 byte-order mark but an odd number of bytes: it is truncated or not text.');
  let data = body;
  if (bigEndian) {
    data = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      data[i] = body[i + 1] ?? 0;
      data[i + 1] = body[i] ?? 0;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(data);
  } catch {
    throw new IngestError('The file has a UTF-16 byte-order mark but is not valid UTF-16 text.');
  }
}

/** Decodes text bytes; `name` is only used in messages. */
export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    text = decodeUtf16(bytes, false);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = decodeUtf16(bytes, true);
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) throw new IngestError(`${name} looks like a binary file, not text.`);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      throw new IngestError(`${name} is not valid UTF-8 text; save it as UTF-8 and import it again.`);
    }
  }
  // Checked on the decoded text too, so UTF-16 files full of NULs or control codes are refused.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new IngestError(`${name} looks like a binary file, not text.`);
    if (isControl(c) || c === 0x7f) controls++;
  }
  if (text.length > 0 && controls / text.length > 0.02) throw new IngestError(`${name} looks like a binary file, not text.`);
  return text;
}

/** CRLF and lone CR become LF; nothing else changes. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
