// `npm run eval`: scores extractClaims on the labelled set, prints per-file and total figures
// and the extraction speed, and exits 1 when a goal is missed. `--verbose` lists misses.
// `--polnear DIR` scores a PolNeAR split instead (see polnear-run.ts).
import { GOALS, evaluate, goalsMissed, measureSpeed, totals } from './evaluate';
import { runPolnear } from './polnear-run';

if (process.argv.includes('--polnear')) {
  await runPolnear(process.argv);
  process.exit(0);
}

const verbose = process.argv.includes('--verbose');
const pct = (x: number): string => x.toFixed(3);
const { scores, total } = evaluate();
console.log('file                          direct-recall  speaker-acc  reported-recall  precision');
for (const s of scores) {
  const t = totals([s]);
  console.log(
    `${s.name.padEnd(30)}${`${pct(t.directRecall)} (${s.directFound}/${s.directGold})`.padEnd(15)}${`${pct(t.speakerAccuracy)}`.padEnd(13)}${`${pct(t.reportedRecall)} (${s.reportedFound}/${s.reportedGold})`.padEnd(17)}${pct(t.precision)} (${s.predictedRight}/${s.predicted})`,
  );
  if (verbose) for (const m of s.misses) console.log(m);
}
console.log(
  `${'TOTAL'.padEnd(30)}${pct(total.directRecall).padEnd(15)}${pct(total.speakerAccuracy).padEnd(13)}${pct(total.reportedRecall).padEnd(17)}${pct(total.precision)}`,
);
const pc = scores.reduce((a, s) => a + s.provenanceChecked, 0);
const pr = scores.reduce((a, s) => a + s.provenanceRight, 0);
console.log(`provenance (informational, no goal): channel/via/role right on ${pr}/${pc} labelled fields`);
console.log(`goals: direct ≥ ${GOALS.directRecall}, speaker ≥ ${GOALS.speakerAccuracy}, reported ≥ ${GOALS.reportedRecall}, precision ≥ ${GOALS.precision}`);
console.log(`speed: ${measureSpeed().toFixed(2)} MB/s (one core, labelled texts repeated to ~2 MB)`);
const missed = goalsMissed(total);
if (missed.length > 0) {
  console.log(`MISSED: ${missed.join(', ')}`);
  process.exit(1);
}
console.log('all goals met');
