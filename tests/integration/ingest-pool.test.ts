// The import workers: real worker threads reading real files, ended once idle so a finished
// import does not keep their heaps, and started again by the next file.
import { afterEach, expect, it } from 'vitest';
import { IngestPool } from '../../src-main/workers/ingest-pool';

let pool: IngestPool | null = null;
afterEach(() => pool?.close());

const file = (text: string) => ({ kind: 'file' as const, fileName: 'note.txt', bytes: new Uint8Array(Buffer.from(text, 'utf8')) });

/** Waits (event loop turning) until `ok()` or 30 s. */
async function until(ok: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!ok() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

it('ends idle workers and starts new ones for the next file', async () => {
  pool = new IngestPool({ size: 2 });
  const first = await Promise.all([pool.run(file('“We stay,” the mayor said on Monday.')), pool.run(file('Talks resumed on Tuesday in the capital.'))]);
  expect(first.map((r) => r.ok)).toEqual([true, true]);
  expect(pool.threaded).toBe(true);
  expect(pool.workers).toBeGreaterThan(0);
  await until(() => pool?.workers === 0);
  expect(pool.workers).toBe(0);
  const again = await pool.run(file('“We leave,” the envoy said on Friday.'));
  expect(again.ok).toBe(true);
  expect(pool.threaded).toBe(true);
  expect(pool.workers).toBe(1);
});
