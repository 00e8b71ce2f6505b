// File bytes → string. UTF-8 (±BOM), UTF-16 LE/BE (with a BOM, or BOM-less recognised by its NUL
// pattern), an HTML <meta charset>, and legacy single-byte code pages (Windows-1251, KOI8-R,
// Windows-1252) detected by jschardet and then checked for plausibility, never assumed.
// Binary content and undecodable bytes are refused with a message the user can act on.
import jschardet from 'jschardet';
import { IngestError } from './types';

const PNG = [0x89, 0x50, 0x4e, 0x47];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const GZIP = [0x1f, 0x8b];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = [0x47, 0x49, 0x46, 0x38];
const MAGIC = [PNG, PDF, ZIP, GZIP, JPEG, GIF];

export const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
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

function swapPairs(body: Uint8Array): Uint8Array {
  const data = new Uint8Array(body.length);
  for (let i = 0; i + 1 < body.length; i += 2) {
    data[i] = body[i + 1] ?? 0;
    data[i + 1] = body[i] ?? 0;
  }
  return data;
}

function decodeUtf16(body: Uint8Array, bigEndian: boolean, name: string, hadBom: boolean): string {
  const what = hadBom ? 'has a UTF-16 byte-order mark but' : 'looks like UTF-16 text but';
  if (body.length % 2 !== 0) throw new IngestError(`${name} ${what} has an odd number of bytes: it is truncated or not text.`);
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(bigEndian ? swapPairs(body) : body);
  } catch {
    throw new IngestError(`${name} ${what} is not valid UTF-16.`);
  }
}

/** BOM-less UTF-16: ASCII characters (spaces, digits, Latin) leave NULs on one parity only. */
function utf16ByNuls(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero / half >= 0.1 && evenZero / half < 0.01) return 'le';
  if (evenZero / half >= 0.1 && oddZero / half < 0.01) return 'be';
  return null;
}

/** A supported TextDecoder label for an encoding name (jschardet's or a <meta charset>), or null. */
function decoderLabel(name: string): string | null {
  const n = name.trim().toLowerCase();
  const alias: Record<string, string> = { 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'utf-8', ascii: 'utf-8', cp1251: 'windows-1251', cp1252: 'windows-1252', 'koi8r': 'koi8-r', maccyrillic: 'x-mac-cyrillic' };
  const label = alias[n] ?? n;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Valid UTF-8 holding at least one multi-byte sequence. */
function isMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The charset an HTML document declares in its first bytes (<meta charset> or http-equiv), if any. */
export function htmlDeclaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]!);
  const m = /<meta\b[^>]*?charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(head);
  return m ? decoderLabel(m[1]!) : null;
}

const TYPOGRAPHIC = new Set([...'«»‘’‚“”„–—…•№°±§©®™€\u00a0·′″×']);
/** Non-ASCII Latin letters common in Western European text (Windows-1252); þ, ð, ÿ, ª… are rare. */
const COMMON_LATIN = new Set([...'àáâãäåæçèéêëìíîïñòóôõöøùúûüœßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŒšžŠŽ']);
/** Non-ASCII letters that stand alone as words (French à, Russian/Ukrainian в, с, и, к, о, у, я, а, і, й). */
const ONE_LETTER_WORDS = new Set([...'àÀÉвВсСиИкКоОуУяЯаАжЖіІйЙ']);

/**
 * How plausible a decoding is, 0–1: the share of non-ASCII characters that sit in sensible
 * words (one script per word, no lower→upper case flips, no rare letters) or are typographic
 * punctuation. A wrong code page turns words into case-flipped or mixed-script strings.
 */
export function decodingPlausibility(text: string): number {
  let total = 0;
  let ok = 0;
  const words = text.match(/[^\s\p{P}\p{S}\p{N}]+|[\u0080-\uffff]/gu) ?? [];
  for (const w of words) {
    if (![...w].some((c) => c.charCodeAt(0) > 0x7f)) continue;
    if (!/\p{L}/u.test(w)) {
      for (const c of w) {
        total++;
        if (TYPOGRAPHIC.has(c)) ok++;
      }
      continue;
    }
    const nonAscii = [...w].filter((c) => c.charCodeAt(0) > 0x7f).length;
    total += nonAscii;
    const latin = /\p{Script=Latin}/u.test(w);
    const cyrillic = /\p{Script=Cyrillic}/u.test(w);
    let good = !(latin && cyrillic) && !/[\u0080-\u009f\ufffd]/.test(w) && !/[^\p{L}\p{M}]/u.test(w);
    if (good && /\p{Ll}\p{Lu}/u.test(w)) good = false;
    if (good && latin) good = [...w].every((c) => c.charCodeAt(0) < 0x80 || COMMON_LATIN.has(c));
    if (good && [...w].length === 1) good = ONE_LETTER_WORDS.has(w);
    if (good) ok += nonAscii;
  }
  if (total === 0) return 1;
  // Running text is mostly lowercase; a wrong Cyrillic code page swaps the cases (KOI8-R ↔ 1251).
  const upper = (text.match(/[\u0410-\u042f\u0401]/g) ?? []).length;
  const lower = (text.match(/[\u0430-\u044f\u0451]/g) ?? []).length;
  const caseFactor = upper + lower >= 20 && upper > lower ? 0.5 : 1;
  return (ok / total) * caseFactor;
}

/** Well-formed multi-byte UTF-8 sequences vs bytes that cannot be UTF-8. */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let good = len > 0 && i + len <= n;
    for (let k = 1; good && k < len; k++) good = (bytes[i + k]! & 0xc0) === 0x80;
    if (good) {
      valid++;
      i += len - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

const LEGACY = ['windows-1251', 'koi8-r', 'windows-1252'];

/** Windows-1252 bytes 0x80–0x9F (Node 20's decoder treats the label as Latin-1 and yields C1 controls here). */
const WIN1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** TextDecoder for a legacy label, with Windows-1252's 0x80–0x9F range fixed. */
export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WIN1252_C1[c.charCodeAt(0) - 0x80]!);
}

function detectLegacy(bytes: Uint8Array): { text: string; encoding: string } | null {
  let sample = '';
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i += 8192) sample += String.fromCharCode(...bytes.subarray(i, Math.min(n, i + 8192)));
  const guess = jschardet.detect(sample);
  const guessed = guess.encoding ? decoderLabel(guess.encoding) : null;
  const candidates = [...new Set([...(guessed && guessed !== 'utf-8' ? [guessed] : []), ...LEGACY])];
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of candidates) {
    const text = decodeLegacy(bytes, encoding);
    const score = decodingPlausibility(text);
    // jschardet's answer wins when it passes the check; otherwise the most plausible candidate.
    if (encoding === guessed && score >= 0.9) return { text, encoding };
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return best && best.score >= 0.9 ? best : null;
}

export interface Decoded {
  text: string;
  /** The WHATWG encoding name used ('utf-8', 'utf-16le', 'windows-1251', …). */
  encoding: string;
}

/** Decodes text bytes; `name` is only used in messages. `html` honours a declared <meta charset>. */
export function decodeBytes(bytes: Uint8Array, name: string, options: { html?: boolean } = {}): Decoded {
  let text: string;
  let encoding = 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    text = decodeUtf16(bytes.subarray(2), false, name, true);
    encoding = 'utf-16le';
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = decodeUtf16(bytes.subarray(2), true, name, true);
    encoding = 'utf-16be';
  } else if (!startsWith(bytes, [0xef, 0xbb, 0xbf]) && utf16ByNuls(bytes)) {
    const order = utf16ByNuls(bytes)!;
    text = decodeUtf16(bytes, order === 'be', name, false);
    encoding = `utf-16${order}`;
  } else {
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const body = bom ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) throw new IngestError(`${name} looks like a binary file, not text.`);
    const declared = options.html && !bom ? htmlDeclaredCharset(body) : null;
    // Bytes that are valid UTF-8 with multi-byte characters are UTF-8 whatever the page declares
    // (a page saved again as UTF-8 keeps its old <meta charset>); in a legacy code page such
    // sequences almost never occur by chance.
    if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16') && !isMultibyteUtf8(body)) {
      text = decodeLegacy(body, declared);
      encoding = declared;
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      } catch {
        const evidence = utf8Evidence(body);
        const legacy = bom || evidence.valid > evidence.invalid ? null : detectLegacy(body);
        if (!legacy) throw new IngestError(`${name} is not valid UTF-8 text and no other encoding fits it; save it as UTF-8 and import it again.`);
        text = legacy.text;
        encoding = legacy.encoding;
      }
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
  return { text, encoding };
}

/** Decodes text bytes (see decodeBytes). */
export function decodeText(bytes: Uint8Array, name: string): string {
  return decodeBytes(bytes, name).text;
}

/** CRLF and lone CR become LF; nothing else changes. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
