// Reads a zip's central directory (no inflating) so a zip bomb is refused before any byte is
// decompressed: the declared uncompressed sizes and the compression ratio are checked first.
import { IngestError } from './types';

export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
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
    entries.push({ name: entryName, compressed, uncompressed });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/** Refuses archives that would inflate past MAX_UNCOMPRESSED or by more than MAX_RATIO. */
export function checkZipBomb(entries: readonly ZipEntry[], name: string): void {
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
