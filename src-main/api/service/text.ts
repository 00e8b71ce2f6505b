// Small helpers the service needs around text and bytes.
import { createHash } from 'node:crypto';
import { QuireError } from './errors';

/** The form two copies of one article share: Unicode NFKC, white space collapsed, trimmed. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** sha256 of the normalised text: equal for exact duplicates of an article. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}

/** Decodes base64 strictly (the schema has checked the alphabet; here the length and padding). */
export function decodeBase64(data: string): Uint8Array {
  const body = data.replace(/=+$/, '');
  if (body.length % 4 === 1 || (data.length !== body.length && data.length % 4 !== 0)) {
    throw new QuireError('bad_request', 'data is not valid base64');
  }
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length === 0) throw new QuireError('bad_request', 'the file is empty');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A file name from a title: ASCII letters and digits joined by dashes. */
export function slugify(title: string, fallback = 'note'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** An empty Lexical editor state (one empty paragraph), what a new note starts with. */
export const EMPTY_NOTE_CONTENT = JSON.stringify({
  root: {
    children: [{ children: [], direction: null, format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' }],
    direction: null,
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
});
