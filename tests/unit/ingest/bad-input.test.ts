// Bad input: each refusal is one IngestError line naming the file and what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestFile, MAX_INGEST_BYTES } from '../../../src-main/core/ingest/index';
import { IngestError } from '../../../src-main/core/ingest/types';
import { rejection } from './helpers';

describe('refusals', () => {
  it('a 200 MB file is refused by its size alone', async () => {
    expect(MAX_INGEST_BYTES).toBe(50 * 1024 * 1024);
    const huge = Buffer.alloc(200 * 1024 * 1024, 0x41);
    for (const name of ['huge.txt', 'huge.html', 'huge.pdf', 'huge.docx', 'huge.md']) {
      const e = await rejection(ingestFile({ fileName: name, bytes: huge }));
      expect(e).toBeInstanceOf(IngestError);
      expect(e.message).toBe(`${name} is too large (200 MB; the limit is 50 MB).`);
    }
  });

  it('empty files, whatever the format', async () => {
    for (const name of ['e.txt', 'e.md', 'e.html', 'e.htm', 'e.pdf', 'e.docx']) {
      expect((await rejection(ingestFile({ fileName: name, bytes: new Uint8Array(0) }))).message).toBe(`${name} is empty.`);
    }
  });

  it('binary garbage under text extensions', async () => {
    let seed = 7;
    const garbage = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    for (const [name, bytes] of [['g.txt', garbage], ['g.html', garbage], ['image.md', png]] as const) {
      const e = await rejection(ingestFile({ fileName: name, bytes }));
      expect(e).toBeInstanceOf(IngestError);
      expect(e.message).toBe(`${name} looks like a binary file, not text.`);
    }
  });

  it('unsupported extensions', async () => {
    expect((await rejection(ingestFile({ fileName: 'x.exe', bytes: new Uint8Array([1]) }))).message).toBe('x.exe: unsupported file type .exe');
    expect((await rejection(ingestFile({ fileName: 'C:\\docs\\README', bytes: new Uint8Array([65]) }))).message).toBe('README: unsupported file type (no extension)');
    expect((await rejection(ingestFile({ fileName: 'old.doc', bytes: new Uint8Array([65]) }))).message).toBe('old.doc: unsupported file type .doc');
  });
});

describe('robustness', () => {
  it('property: any bytes under any supported name give an article or a one-line IngestError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.pdf', 'e.docx'), async (bytes, fileName) => {
        try {
          const a = await ingestFile({ fileName, bytes });
          expect(a.text.trim().length).toBeGreaterThan(0);
          expect(a.title.length).toBeGreaterThan(0);
        } catch (e) {
          if (!(e instanceof IngestError)) throw e;
          expect(e.message).not.toContain('\n');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: printable text under .html/.txt never throws anything but IngestError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), fc.constantFrom('a.txt', 'c.html'), async (s, fileName) => {
        try {
          await ingestFile({ fileName, bytes: new TextEncoder().encode(s) });
        } catch (e) {
          if (!(e instanceof IngestError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});
