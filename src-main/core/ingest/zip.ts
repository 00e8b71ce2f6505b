// Zip bombs are refused before a reader inflates the archive: first from the sizes its central
// directory declares, then, since those can be forged, by inflating every entry through fflate's
// streaming Inflate with a running byte cap (the output is counted and dropped, never kept), so
// the real sizes are known within bounded memory and time whatever the archive says.
import { Inflate } from 'fflate';
import { IngestError } from './types';

export interface ZipEntry {
  name: string;
  compressed: number;
  /** As declared by the central directory: a hint, checked against the real size. */
  uncompressed: number;
  /** 0 stored, 8 deflated; any other method is refused. */
  method: number;
  /** The entry's compressed bytes (a view into the archive). */
  data: Uint8Array;
}

export const MAX_UNCOMPRESSED = 100 * 1024 * 1024;
export const MAX_RATIO = 100;

/** Central-directory entries of a zip archive; throws IngestError when it is not a zip. */
export function zipEntries(bytes: Uint8Array, name: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new IngestError(`${name} is not a valid Word document (not a zip archive, or truncated).`);
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new IngestError(`${name} is a ZIP64 archive, which a Word document never needs: refused.`);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const dec = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new IngestError(`${name} is a damaged zip archive (bad central directory).`);
    const method = view.getUint16(p + 10, true);
    let compressed = view.getUint32(p + 20, true);
    let uncompressed = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const entryName = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (uncompressed === 0xffffffff || compressed === 0xffffffff) {
      // ZIP64 sizes live in extra field 0x0001; read them rather than trust the 32-bit marker.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = view.getUint16(e, true);
        const size = view.getUint16(e + 2, true);
        if (id === 1) {
          let q = e + 4;
          const u64 = (): number => {
            const v = view.getUint32(q, true) + view.getUint32(q + 4, true) * 2 ** 32;
            q += 8;
            return v;
          };
          if (uncompressed === 0xffffffff && q + 8 <= e + 4 + size) uncompressed = u64();
          if (compressed === 0xffffffff && q + 8 <= e + 4 + size) compressed = u64();
        }
        e += 4 + size;
      }
    }
    entries.push({ name: entryName, compressed, uncompressed, method, data: entryData(bytes, view, view.getUint32(p + 42, true), compressed, name) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's bytes are: after its local header (whose own name and extra lengths count). */
function entryData(bytes: Uint8Array, view: DataView, local: number, compressed: number, name: string): Uint8Array {
  if (local === 0xffffffff) throw new IngestError(`${name} is a ZIP64 archive, which a Word document never needs: refused.`);
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new IngestError(`${name} is a damaged zip archive (bad local header).`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + compressed > bytes.length) throw new IngestError(`${name} is a damaged zip archive (an entry runs past its end).`);
  return bytes.subarray(start, start + compressed);
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;
const size = (n: number): string => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : mb(n));

/** Refuses archives that would inflate past MAX_UNCOMPRESSED or by more than MAX_RATIO: declared sizes first, then real ones. */
export function checkZipBomb(entries: readonly ZipEntry[], name: string): void {
  checkSizes(entries, name);
  let total = 0;
  const real = entries.map((e) => {
    // Past either bound the entry is refused, so inflating beyond it is never needed.
    const cap = Math.min(MAX_UNCOMPRESSED - total, Math.max(1024 * 1024, e.compressed * MAX_RATIO)) + 1;
    const uncompressed = inflatedSize(e, cap, name);
    if (uncompressed >= cap) {
      throw new IngestError(`${name} would expand ${e.name.slice(0, 80)} past ${mb(cap)} (it declares ${size(e.uncompressed)}): refused as a possible zip bomb.`);
    }
    total += uncompressed;
    return { ...e, uncompressed };
  });
  checkSizes(real, name);
}

const CHUNK = 64 * 1024;

class OverCap extends Error {}

/** The entry's real inflated size, or `cap` once inflating reaches it (the rest is not inflated). */
function inflatedSize(entry: ZipEntry, cap: number, name: string): number {
  if (entry.method === 0) return Math.min(entry.data.length, cap);
  if (entry.method !== 8) throw new IngestError(`${name} uses a compression method Quire does not read (${entry.method}) for ${entry.name.slice(0, 80)}.`);
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size >= cap) throw new OverCap();
  });
  try {
    for (let at = 0; at < entry.data.length; at += CHUNK) inflate.push(entry.data.subarray(at, at + CHUNK), at + CHUNK >= entry.data.length);
    if (entry.data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof OverCap) return cap;
    throw new IngestError(`${name} is a damaged zip archive (${entry.name.slice(0, 80)} cannot be inflated).`);
  }
  return size;
}

function checkSizes(entries: readonly ZipEntry[], name: string): void {
  if (entries.length > 10000) throw new IngestError(`${name} holds ${entries.length} files: refused as a possible zip bomb.`);
  let total = 0;
  let packed = 0;
  for (const e of entries) {
    total += e.uncompressed;
    packed += e.compressed;
    if (e.uncompressed > 1024 * 1024 && e.uncompressed / Math.max(1, e.compressed) > MAX_RATIO) {
      throw new IngestError(`${name} would expand ${e.name} ${Math.round(e.uncompressed / Math.max(1, e.compressed))}× (to ${mb(e.uncompressed)}): refused as a possible zip bomb.`);
    }
  }
  if (total > MAX_UNCOMPRESSED) throw new IngestError(`${name} would expand to ${mb(total)} (limit ${mb(MAX_UNCOMPRESSED)}): refused as a possible zip bomb.`);
  if (total > 1024 * 1024 && total / Math.max(1, packed) > MAX_RATIO) throw new IngestError(`${name} has a compression ratio over ${MAX_RATIO}: refused as a possible zip bomb.`);
}
