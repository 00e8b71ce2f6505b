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

/** The feature names of one candidate (a bag of strings; the model weighs each). */
export function claimFeatures(text: string, c: ClaimDraft, origin: Origin): string[] {
  const o = origin.shape;
  const words = c.text.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const first = (words[0] ?? '').toLowerCase();
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, c.start - 30), c.start))?.[1]?.toLowerCase() ?? '';
  const after = text.slice(c.end, c.end + 2).trim().slice(0, 1) || 'end';
  const w = bucket(words.length);
  const f = [
    `o=${o}`,
    `o=${o}|w=${w}`,
    `o=${o}|sp=${c.speaker ? 1 : 0}`,
    `o=${o}|after=${after}`,
    `first=${first}`,
    `before=${before}`,
    `o=${o}|before=${before}`,
    `q=${/["“”«»]|''/.test(c.text) ? 1 : 0}`,
    `fin=${FINITE.test(c.text) ? 1 : 0}`,
    `o=${o}|fin=${FINITE.test(c.text) ? 1 : 0}`,
    `cap=${/^\p{Lu}/u.test(c.text) ? 1 : 0}`,
    `o=${o}|nl=${c.text.includes('\n') ? 1 : 0}`,
  ];
  // How the words look: Title Case throughout (a show, a book, a slogan), a sentence of its own.
  const caps = words.filter((x) => /^\p{Lu}/u.test(x)).length;
  const titled = words.length > 0 && caps / words.length >= 0.6 ? 1 : 0;
  const before2 = /(\p{L}+)[^\p{L}]+(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, c.start - 40), c.start));
  const lead = /(?:^|\n)[^\S\n]*["“'‘]?$/.test(text.slice(Math.max(0, c.start - 3), c.start)) || c.start === 0 ? 1 : 0;
  f.push(
    `o=${o}|first=${first}`,
    `o=${o}|titled=${titled}|w=${w}`,
    `o=${o}|lead=${lead}`,
    `o=${o}|before2=${before2 ? `${before2[1]!.toLowerCase()} ${before2[2]!.toLowerCase()}` : ''}`,
    `o=${o}|fin=${FINITE.test(c.text) ? 1 : 0}|w=${w}`,
  );
  if (origin.lemma) f.push(`l=${origin.lemma}`, `o=${o}|l=${origin.lemma}`);
  if (origin.subject) f.push(`s=${origin.subject}`, `o=${o}|s=${origin.subject}`);
  return f;
}

export function keepProbability(features: readonly string[], m: FilterModel = model as FilterModel): number {
  let z = m.bias;
  for (const f of features) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** True when the model keeps the candidate (always, with an empty model). */
export function keeps(features: readonly string[], m: FilterModel = model as FilterModel): boolean {
  return keepProbability(features, m) >= m.threshold;
}
