// The claim filter: a logistic regression over what each candidate claim looks like (the shape
// that found it, its verb, its subject, its length and first words), trained on PolNeAR's train
// split by scripts/train-claim-filter.ts. The rules propose; the filter drops the candidates that
// look like what annotators never marked (a word in scare quotes, "a show called …").
import model from '../../../resources/claim-filter.json';
import type { NameKind } from '../text/names';
import type { ClaimDraft } from './types';

/** How a candidate was found. */
export interface Origin {
  /** The detector and shape: "quote:named", "reported:postposed", "according:after", "label"… */
  shape: string;
  lemma?: string;
  subject?: NameKind | 'none';
}

export interface FilterModel {
  /** Candidates scoring below this probability are dropped. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|does|did|do)\b/i;

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 9 ? '6-9' : n <= 19 ? '10-19' : n <= 39 ? '20-39' : '40+');

/** Words read from a claim for its features; past this many, only the count's bucket (40+) matters. */
const MAX_WORDS = 60;
const WORD = /[\p{L}\p{N}'’]+/gu;
const LETTER = /\p{L}/u;

/** Up to `n` letter-only words ending before `pos`, read back at most `span` characters, last first. */
function wordsBefore(text: string, pos: number, span: number, n: number): string[] {
  const out: string[] = [];
  const stop = Math.max(0, pos - span);
  let i = pos;
  while (out.length < n) {
    while (i > stop && !LETTER.test(text[i - 1]!)) i--;
    if (i <= stop) break;
    const e = i;
    while (i > stop && LETTER.test(text[i - 1]!)) i--;
    // A word cut by the window's start is still read from there, as a regex over the slice would.
    out.push(text.slice(i, e).toLowerCase());
  }
  return out;
}

/** The feature names of one candidate (a bag of strings; the model weighs each). */
export function claimFeatures(text: string, c: ClaimDraft, origin: Origin): string[] {
  const o = origin.shape;
  let count = 0;
  let caps = 0;
  let first = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(c.text); m && count < MAX_WORDS; m = WORD.exec(c.text)) {
    if (count === 0) first = m[0].toLowerCase();
    if (/^\p{Lu}/u.test(m[0])) caps++;
    count++;
  }
  const before = wordsBefore(text, c.start, 30, 1)[0] ?? '';
  const last2 = wordsBefore(text, c.start, 40, 2);
  const after = text.slice(c.end, c.end + 2).trim().slice(0, 1) || 'end';
  const w = bucket(count);
  const fin = FINITE.test(c.text) ? 1 : 0;
  // How the words look: Title Case throughout (a show, a book, a slogan), a sentence of its own.
  const titled = count > 0 && caps / count >= 0.6 ? 1 : 0;
  const lead = /(?:^|\n)[^\S\n]*["“'‘]?$/.test(text.slice(Math.max(0, c.start - 3), c.start)) || c.start === 0 ? 1 : 0;
  const f = [
    `o=${o}`,
    `o=${o}|w=${w}`,
    `o=${o}|sp=${c.speaker ? 1 : 0}`,
    `o=${o}|after=${after}`,
    `first=${first}`,
    `before=${before}`,
    `o=${o}|before=${before}`,
    `q=${/["“”«»]|''/.test(c.text) ? 1 : 0}`,
    `fin=${fin}`,
    `o=${o}|fin=${fin}`,
    `cap=${/^\p{Lu}/u.test(c.text) ? 1 : 0}`,
    `o=${o}|nl=${c.text.includes('\n') ? 1 : 0}`,
    `o=${o}|first=${first}`,
    `o=${o}|titled=${titled}|w=${w}`,
    `o=${o}|lead=${lead}`,
    `o=${o}|before2=${last2.length === 2 ? `${last2[1]} ${last2[0]}` : ''}`,
    `o=${o}|fin=${fin}|w=${w}`,
  ];
  if (origin.lemma) f.push(`l=${origin.lemma}`, `o=${o}|l=${origin.lemma}`, `o=${o}|l=${origin.lemma}|w=${w}`);
  if (origin.subject) f.push(`s=${origin.subject}`, `o=${o}|s=${origin.subject}`, `o=${o}|s=${origin.subject}|sp=${c.speaker ? 1 : 0}`);
  return f;
}

/** Each model's weights as a Map, built once (a 2,000-key object is slow to index). */
const weightMaps = new WeakMap<FilterModel, Map<string, number>>();
const shipped = model as FilterModel;
const shippedWeights = new Map(Object.entries(shipped.weights));

export function keepProbability(features: readonly string[], m: FilterModel = shipped): number {
  let weights = m === shipped ? shippedWeights : weightMaps.get(m);
  if (!weights) {
    weights = new Map(Object.entries(m.weights));
    weightMaps.set(m, weights);
  }
  let z = m.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** True when the model keeps the candidate (always, with an empty model). */
export function keeps(features: readonly string[], m: FilterModel = shipped): boolean {
  return keepProbability(features, m) >= m.threshold;
}
