// PolNeAR scoring, the same definitions as PolNeAR's score.py (in the shared data folder) (kept in step with it by hand):
// gold attributions from brat .ann files, a speech cue, direct when the content holds a quote mark,
// "core" for plain reporting verbs; a gold content is found when claims lying >= 50% inside it cover
// >= 60% of its words, or one claim covers >= 60% while at most three times its length.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ScoredClaim {
  text: string;
  speaker: string | null;
}

const SPEECH = new RegExp(
  String.raw`\b(sa(y|ys|id|ying)|t(ell|ells|old|elling)|add(s|ed|ing)?|wr(ite|ites|ote|iting)|not(e|es|ed|ing)|` +
    String.raw`announc\w*|according|ask\w*|respond\w*|repl\w*|tweet\w*|argu\w*|claim\w*|den(y|ies|ied)|insist\w*|` +
    String.raw`warn\w*|stat(e|es|ed|ing|ement)|declar\w*|explain\w*|acknowledg\w*|admit\w*|suggest\w*|call(s|ed|ing)?|` +
    String.raw`urg\w*|vow\w*|repeat\w*|report\w*|quot\w*|recall\w*|conced\w*|predict\w*|pledg\w*|promis\w*|` +
    String.raw`assert\w*|accus\w*|blast\w*|prais\w*|criticiz\w*|joked?|confirm\w*|mention\w*|speak\w*|spoke)\b`,
  'i',
);
const CORE = new RegExp(
  String.raw`\b(sa(y|ys|id|ying)|t(ell|ells|old|elling)|add(s|ed|ing)?|wr(ite|ites|ote)|according to|not(e|es|ed|ing)|` +
    String.raw`announc(e|es|ed|ing)|stat(e|es|ed|ing)|argu(e|es|ed|ing)|claim(s|ed|ing)?|warn(s|ed|ing)?|insist(s|ed|ing)?|` +
    String.raw`den(y|ies|ied)|explain(s|ed|ing)?|tweet(s|ed|ing)?|repl(y|ies|ied)|respond(s|ed|ing)?)\b`,
  'i',
);
const QUOTE = /["“”«»]|''/;
const STOP_NAME = new Set(
  ('the a an he she it they we i you his her its their our my this that these those mr mrs ms dr sen rep gov ' +
    'president senator governor secretary spokesman spokeswoman spokesperson official officials campaign ' +
    'former democratic republican presidential nominee candidate u.s us').split(' '),
);

export interface Gold {
  content: string;
  cue: string;
  source: string;
  speech: boolean;
  core: boolean;
  direct: boolean;
}

const words = (s: string): string[] => s.toLowerCase().replaceAll('’', "'").match(/[a-z0-9]+/g) ?? [];

/** The gold attributions of one article (every cue; `speech` says whether the cue is a speech act). */
export function load(dir: string, stem: string): Gold[] {
  const text = readFileSync(join(dir, `${stem}.txt`), 'utf8');
  const spans = new Map<string, string>();
  const events: Record<string, string>[] = [];
  for (const line of readFileSync(join(dir, `${stem}.ann`), 'utf8').split('\n')) {
    const parts = line.split('\t');
    if (parts[0]!.startsWith('T') && parts.length >= 3) {
      const rng = parts[1]!.slice(parts[1]!.indexOf(' ') + 1);
      // brat offsets count code points, as Python's str does
      const frags = rng.split(';').map((r) => r.split(' ').map(Number) as [number, number]);
      spans.set(parts[0]!, frags.map(([a, b]) => cpSlice(text, a, b)).join(' '));
    } else if (parts[0]!.startsWith('E')) {
      events.push(Object.fromEntries(parts[1]!.split(' ').filter(Boolean).map((r) => r.split(':') as [string, string])));
    }
  }
  const out: Gold[] = [];
  for (const ev of events) {
    const content = spans.get(ev['Content'] ?? '') ?? '';
    if (!content.trim()) continue;
    const cue = spans.get(ev['Cue'] ?? '') ?? '';
    const source = spans.get(ev['Source'] ?? '') ?? '';
    out.push({ content, cue, source, speech: SPEECH.test(cue) || cue.trim() === ':', core: CORE.test(cue) || cue.trim() === ':', direct: QUOTE.test(content) });
  }
  return out;
}

let cpCache: { text: string; units: number[] } | null = null;
/** Python-style slice by code points. */
function cpSlice(text: string, a: number, b: number): string {
  if (!cpCache || cpCache.text !== text) {
    const units: number[] = [];
    let u = 0;
    for (const ch of text) {
      units.push(u);
      u += ch.length;
    }
    units.push(u);
    cpCache = { text, units };
  }
  const { units } = cpCache;
  return text.slice(units[Math.min(a, units.length - 1)], units[Math.min(b, units.length - 1)]);
}

/** [share of the gold's words the claim covers, share of the claim's words inside the gold]. */
export function overlap(g: string, c: string): [number, number] {
  const gw = words(g);
  const cw = words(c);
  if (gw.length === 0 || cw.length === 0) return [0, 0];
  const cs = new Map<string, number>();
  for (const w of cw) cs.set(w, (cs.get(w) ?? 0) + 1);
  const gs = new Map<string, number>();
  for (const w of gw) gs.set(w, (gs.get(w) ?? 0) + 1);
  let inter = 0;
  for (const [w, n] of gs) inter += Math.min(n, cs.get(w) ?? 0);
  return [inter / gw.length, inter / cw.length];
}

function names(source: string): string[] {
  const toks = source.match(/[A-Z][\p{L}\p{N}_'’.-]+/gu) ?? [];
  return toks.map((t) => t.replace(/^[.'’]+|[.'’]+$/g, '')).filter((t) => !STOP_NAME.has(t.toLowerCase()) && t.length >= 3).map((t) => t.toLowerCase());
}

export interface PolnearFigures {
  directRecall: number;
  coreRecall: number;
  reportedRecall: number;
  speakerAccuracy: number;
  precision: number;
  line: string;
  misses: string[];
  /** Extracted claims that overlap no gold content (what precision counts against). */
  extras: string[];
}

export function stemsIn(dir: string, limit = 0): string[] {
  const stems = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  return limit ? stems.slice(0, limit) : stems;
}

export function scorePolnear(dir: string, stems: readonly string[], claimsOf: (stem: string) => readonly ScoredClaim[]): PolnearFigures {
  const t = { direct: 0, directHit: 0, reported: 0, reportedHit: 0, core: 0, coreHit: 0, spkN: 0, spkOk: 0, extracted: 0, tp: 0 };
  const misses: string[] = [];
  const extras: string[] = [];
  for (const stem of stems) {
    const gold = load(dir, stem);
    const claims = claimsOf(stem);
    t.extracted += claims.length;
    for (const c of claims) {
      if (gold.some((g) => overlap(g.content, c.text)[1] >= 0.5)) t.tp++;
      else extras.push([stem, 'extra', String(c.speaker), c.text.slice(0, 160).replace(/\s+/g, ' ')].join(' | '));
    }
    for (const g of gold) {
      if (!g.speech) continue;
      const k = g.direct ? 'direct' : 'reported';
      t[k]++;
      if (k === 'reported' && g.core) t.core++;
      let hits = claims.filter((c) => overlap(g.content, c.text)[1] >= 0.5);
      if (overlap(g.content, hits.map((c) => c.text).join(' '))[0] < 0.6) {
        hits = claims.filter((c) => {
          const o = overlap(g.content, c.text);
          return o[0] >= 0.6 && o[1] >= 0.33;
        });
      }
      if (hits.length === 0) {
        misses.push([stem, k + (g.core ? '' : '-other'), g.source, g.cue, g.content.slice(0, 140)].join(' | '));
        continue;
      }
      t[k === 'direct' ? 'directHit' : 'reportedHit']++;
      if (k === 'reported' && g.core) t.coreHit++;
      const ns = names(g.source);
      if (ns.length > 0) {
        t.spkN++;
        if (hits.some((h) => ns.some((n) => (h.speaker ?? '').toLowerCase().includes(n)))) t.spkOk++;
        else misses.push([stem, 'speaker', g.source, 'got: ' + hits.map((h) => String(h.speaker)).join('; '), g.content.slice(0, 100)].join(' | '));
      }
    }
  }
  const r = (a: number, b: number): number => a / Math.max(1, b);
  const f = {
    directRecall: r(t.directHit, t.direct),
    coreRecall: r(t.coreHit, t.core),
    reportedRecall: r(t.reportedHit, t.reported),
    speakerAccuracy: r(t.spkOk, t.spkN),
    precision: r(t.tp, t.extracted),
  };
  const line =
    `direct_recall=${f.directRecall.toFixed(3)} reported_core_recall=${f.coreRecall.toFixed(3)} reported_all_recall=${f.reportedRecall.toFixed(3)} ` +
    `speaker_acc=${f.speakerAccuracy.toFixed(3)} precision=${f.precision.toFixed(3)} gold_direct=${t.direct} gold_reported_core=${t.core} ` +
    `gold_reported_all=${t.reported} speaker_scored=${t.spkN} extracted=${t.extracted} articles=${stems.length}`;
  return { ...f, line, misses, extras };
}
