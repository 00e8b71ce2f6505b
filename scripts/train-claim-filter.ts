// Trains the claim filter (src-main/core/claims/filter.ts) on PolNeAR's train split and writes
// resources/claim-filter.json. Deterministic: articles in name order, fixed epochs and rates.
//   npx tsx scripts/train-claim-filter.ts [--dir ../shared/polnear/train] [--threshold 0.65]
// A candidate is positive when at least half its words lie inside some annotated content (the
// precision definition of ../shared/polnear/score.py). Only the train split is read.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { claimCandidates } from '../src-main/core/claims/index';
import { keepProbability, type FilterModel } from '../src-main/core/claims/filter';
import { ingestFile } from '../src-main/core/ingest/index';
import { load, overlap, stemsIn } from '../tests/eval/polnear';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const dir = opt('--dir', new URL('../../shared/polnear/train', import.meta.url).pathname);
const threshold = Number(opt('--threshold', '0.65'));
const EPOCHS = 12;
const L2 = 1e-5;

const examples: { features: string[]; label: number }[] = [];
for (const stem of stemsIn(dir)) {
  const path = join(dir, `${stem}.txt`);
  const draft = await ingestFile({ fileName: basename(path), bytes: new Uint8Array(readFileSync(path)) });
  const gold = load(dir, stem);
  for (const { claim, features } of claimCandidates(draft.text)) {
    examples.push({ features, label: gold.some((g) => overlap(g.content, claim.text)[1] >= 0.5) ? 1 : 0 });
  }
}

// Features seen fewer than MIN_COUNT times are not learned (a first word seen twice says nothing).
const MIN_COUNT = 8;
const counts = new Map<string, number>();
for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
for (const ex of examples) ex.features = ex.features.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT);

const weights = new Map<string, number>();
let bias = 0;
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const rate = 0.2 / (1 + epoch);
  for (const ex of examples) {
    let z = bias;
    for (const f of ex.features) z += weights.get(f) ?? 0;
    const g = 1 / (1 + Math.exp(-z)) - ex.label;
    bias -= rate * g;
    for (const f of ex.features) {
      const w = weights.get(f) ?? 0;
      weights.set(f, w - rate * (g + L2 * w));
    }
  }
}

const model: FilterModel = { threshold, bias: round(bias), weights: {} };
for (const [f, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w) >= 1e-3) model.weights[f] = round(w);

const positives = examples.filter((e) => e.label === 1).length;
console.log(`${examples.length} candidates, ${positives} positive (${(positives / examples.length).toFixed(3)})`);
for (const t of [0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8]) {
  const kept = examples.filter((e) => keepProbability(e.features, model) >= t);
  const tp = kept.filter((e) => e.label === 1).length;
  console.log(`threshold ${t}: precision ${(tp / Math.max(1, kept.length)).toFixed(3)}, positives kept ${(tp / positives).toFixed(3)}`);
}
const out = new URL('../resources/claim-filter.json', import.meta.url);
writeFileSync(out, JSON.stringify(model) + '\n');
console.log(`wrote ${out.pathname}: ${Object.keys(model.weights).length} weights, threshold ${threshold}`);

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
