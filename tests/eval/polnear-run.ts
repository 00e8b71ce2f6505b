// `npm run eval -- --polnear DIR [--limit N] [--show-misses] [--show-extra]`: the five PolNeAR figures of
// PolNeAR's score.py (in the shared data folder), computed in one process, and the extraction speed on those texts.
import { join } from 'node:path';
import { claimsOfFile } from './polnear-extract';
import { scorePolnear, stemsIn, type ScoredClaim } from './polnear';

export async function runPolnear(argv: readonly string[]): Promise<void> {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = opt('--polnear')!;
  const stems = stemsIn(dir, Number(opt('--limit') ?? '0'));
  const claims = new Map<string, ScoredClaim[]>();
  let chars = 0;
  let ms = 0;
  for (const stem of stems) {
    const x = await claimsOfFile(join(dir, `${stem}.txt`));
    claims.set(stem, x.claims);
    chars += x.chars;
    ms += x.ms;
  }
  const f = scorePolnear(dir, stems, (s) => claims.get(s) ?? []);
  if (argv.includes('--show-misses')) for (const m of f.misses) console.log(m);
  if (argv.includes('--show-extra')) for (const m of f.extras) console.log(m);
  console.log(f.line);
  console.log(`extraction: ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s (${stems.length} articles, one core)`);
}
