// The labelled-set evaluation of extractClaims: gold annotations in tests/eval/gold/*.json over
// the texts in tests/fixtures/claims/ (and the shared corpus beside the repository for the real articles). Matching rules (one-to-one, greedy, in text order):
// - a gold span is located in the text by its exact text, searching forward from the previous
//   gold span of the same kind (labels are listed in text order);
// - overlap(a, b) = |a ∩ b| / max(|a|, |b|) (characters); a direct quote matches a predicted
//   'direct' claim with overlap ≥ 0.8 (or lies inside a predicted 'indirect' claim: a mixed quote is
//   one reported claim), reported speech a predicted 'indirect' one with ≥ 0.5;
// - speaker accuracy: over matched gold claims (both kinds), the predicted speaker equals the
//   gold one (or one of its alternatives) after lowercasing and dropping "the" and "’s"; a shorter
//   name whose words all occur in the longer and that ends with the same word also counts
//   ("Antonov" for "Anatoly Antonov"); null must be null;
// - precision: predicted claims (both kinds) that match a gold claim of their kind / all predicted.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extractClaims } from '../../src-main/core/claims/index';
import type { ClaimDraft } from '../../src-main/core/claims/types';
import { pathToFileURL } from 'node:url';
import { SHARED_CORPUS_DIR } from '../corpus/paths';

export interface GoldClaim {
  text: string;
  speaker: string | string[] | null;
  role?: string;
  channel?: string;
  via?: string;
}
export interface GoldFile {
  file: string;
  published: string | null;
  /** Written after the rules, scored once before any change that it prompted (see README). */
  heldOut?: boolean;
  direct: GoldClaim[];
  reported: GoldClaim[];
}
export interface Score {
  name: string;
  directGold: number;
  directFound: number;
  reportedGold: number;
  reportedFound: number;
  speakerChecked: number;
  speakerRight: number;
  predicted: number;
  predictedRight: number;
  /** Informational (no goal): labelled channel / via / role fields that the matched claim got right. */
  provenanceChecked: number;
  provenanceRight: number;
  misses: string[];
}
export const GOALS = { directRecall: 0.95, speakerAccuracy: 0.9, reportedRecall: 0.8, precision: 0.9 };

const GOLD_DIR = new URL('./gold/', import.meta.url);
const TEXT_DIR = new URL('../fixtures/claims/', import.meta.url);
/** The real articles stay in the shared corpus beside the repo: never copied into it. */
const CORPUS_DIR = pathToFileURL(`${SHARED_CORPUS_DIR}/`);

export interface EvalOptions {
  /** Also score the real articles of the shared corpus (`npm run eval` and the corpus suite do; `npm test` does not). */
  shared?: boolean;
}

/** The labelled files: the team's written texts, plus the real corpus articles when asked for. */
export function loadGold(options: EvalOptions = { shared: true }): GoldFile[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, GOLD_DIR), 'utf8')) as GoldFile)
    .filter((g) => options.shared || existsSync(new URL(g.file, TEXT_DIR)));
}
export const loadText = (file: string): string => {
  const own = new URL(file, TEXT_DIR);
  return readFileSync(existsSync(own) ? own : new URL(file, CORPUS_DIR), 'utf8');
};

const norm = (s: string): string =>
  s.toLowerCase().replace(/['’]s\b/g, '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N}. ]+/gu, ' ').replace(/\s+/g, ' ').trim();

export function speakerMatches(pred: string | null, gold: string | string[] | null): boolean {
  if (gold === null) return pred === null;
  if (pred === null) return false;
  const p = norm(pred);
  return (Array.isArray(gold) ? gold : [gold]).some((g0) => {
    const g = norm(g0);
    if (p === g) return true;
    const [short, long] = p.length < g.length ? [p, g] : [g, p];
    const sw = short.split(' ');
    const lw = long.split(' ');
    return sw[sw.length - 1] === lw[lw.length - 1] && sw.every((w) => lw.includes(w));
  });
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number => {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.max(a.end - a.start, b.end - b.start);
};

export function scoreFile(gold: GoldFile, text: string, claims: readonly ClaimDraft[]): Score {
  const s: Score = {
    name: gold.file, directGold: 0, directFound: 0, reportedGold: 0, reportedFound: 0,
    speakerChecked: 0, speakerRight: 0, predicted: claims.length, predictedRight: 0, provenanceChecked: 0, provenanceRight: 0, misses: [],
  };
  const used = new Set<ClaimDraft>();
  const run = (list: GoldClaim[], kind: ClaimDraft['kind'], threshold: number): void => {
    let from = 0;
    for (const g of list) {
      const start = text.indexOf(g.text, from);
      if (start < 0) throw new Error(`${gold.file}: gold text not found: ${g.text}`);
      from = start + 1;
      const span = { start, end: start + g.text.length };
      let best: ClaimDraft | null = null;
      let bestOverlap = threshold;
      for (const c of claims) {
        if (c.kind !== kind || used.has(c)) continue;
        const o = overlap(span, c);
        if (o >= bestOverlap) {
          best = c;
          bestOverlap = o;
        }
      }
      if (kind === 'direct') s.directGold++;
      else s.reportedGold++;
      if (!best && kind === 'direct') {
        // A partial quote inside reported speech (a mixed quote) is listed once, as the reported
        // claim that holds it: that claim finds it (and may still match its own reported gold).
        const holder = claims.find((c) => c.kind === 'indirect' && c.start <= span.start && c.end >= span.end);
        if (holder) {
          s.directFound++;
          s.speakerChecked++;
          if (speakerMatches(holder.speaker, g.speaker)) s.speakerRight++;
          else s.misses.push(`  speaker ${kind}: ${g.text.slice(0, 50)} → ${holder.speaker} (gold ${JSON.stringify(g.speaker)})`);
          continue;
        }
      }
      if (!best) {
        s.misses.push(`  miss ${kind}: ${g.text.slice(0, 70)}`);
        continue;
      }
      used.add(best);
      if (kind === 'direct') s.directFound++;
      else s.reportedFound++;
      s.speakerChecked++;
      const checks: [string, string | undefined, string | null | undefined][] = [
        ['channel', g.channel, best.channel],
        ['via', g.via, best.via],
        ['role', g.role, best.speakerRole],
      ];
      for (const [field, want, got] of checks) {
        if (want === undefined) continue;
        s.provenanceChecked++;
        if (got && norm(got) === norm(want)) s.provenanceRight++;
        else s.misses.push(`  ${field}: ${g.text.slice(0, 40)} → ${got ?? null} (gold ${want})`);
      }
      if (speakerMatches(best.speaker, g.speaker)) s.speakerRight++;
      else s.misses.push(`  speaker ${kind}: ${g.text.slice(0, 50)} → ${best.speaker} (gold ${JSON.stringify(g.speaker)})`);
    }
  };
  run(gold.direct, 'direct', 0.8);
  run(gold.reported, 'indirect', 0.5);
  s.predictedRight = used.size;
  for (const c of claims) if (!used.has(c)) s.misses.push(`  extra ${c.kind}: ${c.text.slice(0, 70)} (${c.speaker})`);
  return s;
}

export interface Totals {
  directRecall: number;
  speakerAccuracy: number;
  reportedRecall: number;
  precision: number;
}
export function totals(scores: readonly Score[]): Totals {
  const sum = (k: keyof Omit<Score, 'name' | 'misses'>): number => scores.reduce((a, s) => a + s[k], 0);
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    directRecall: ratio(sum('directFound'), sum('directGold')),
    speakerAccuracy: ratio(sum('speakerRight'), sum('speakerChecked')),
    reportedRecall: ratio(sum('reportedFound'), sum('reportedGold')),
    precision: ratio(sum('predictedRight'), sum('predicted')),
  };
}

export function evaluate(options: EvalOptions = { shared: true }): { scores: Score[]; total: Totals } {
  const scores = loadGold(options).map((g) => {
    const text = loadText(g.file);
    return scoreFile(g, text, extractClaims(text, { published: g.published }));
  });
  return { scores, total: totals(scores) };
}

export function goalsMissed(t: Totals): string[] {
  return (Object.keys(GOALS) as (keyof Totals)[]).filter((k) => t[k] < GOALS[k]);
}

/** Extraction speed over the labelled texts repeated to about `bytes`, in MB/s. */
export function measureSpeed(bytes = 2_000_000): number {
  const base = loadGold().map((g) => loadText(g.file)).join('\n\n');
  const parts: string[] = [];
  let len = 0;
  while (len < bytes) {
    parts.push(base);
    len += base.length + 2;
  }
  const big = parts.join('\n\n');
  extractClaims(base);
  // Best of three runs: other processes on the machine only ever slow a run down.
  let seconds = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    extractClaims(big, { published: '2025-01-15' });
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }
  return Buffer.byteLength(big, 'utf8') / 1e6 / seconds;
}
