// How good the conflict suggestions are, on real news: the articles of ../shared/corpus, the
// Russian and Ukrainian excerpts of ../shared/ru-news and the first articles of PolNeAR's dev
// split (mostly unrelated stories: the noise a library holds) are imported into a fresh store,
// then conflicts.suggest ranks pairs. bench/data/compare-labels.json holds the hand labels
// (article file names, claim offsets and conflict / not — never the publishers' words), made
// before any tuning. Prints precision@10 and @20 (a suggestion no label covers counts as not a
// conflict) and where the known conflicts rank. `--dump` prints the top suggestions with their
// keys for labelling. Prints, never asserts. Skipped when ../shared is not beside the repository.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dispatch } from '../src-main/api/service/dispatch';
import { openService } from '../src-main/api/service/index';
import { repoResourcesDir, repoRoot } from '../src-main/hosts/paths';

const SHARED = resolve(repoRoot, '..', 'shared');
const LABELS = resolve(repoRoot, 'bench', 'data', 'compare-labels.json');
const POLNEAR_ARTICLES = 30;

/** One claim: the article's file name and the claim's offsets in its stored text. */
export interface ClaimKey {
  file: string;
  start: number;
  end: number;
}

export interface LabelledPair {
  a: ClaimKey;
  b: ClaimKey;
  conflict: boolean;
}

export interface QualityBench {
  articles: number;
  claims: number;
  suggestions: number;
  precisionAt10: number;
  precisionAt20: number;
  /** Rank (1-based) of each labelled conflict, null when not suggested in the top 50. */
  conflictRanks: (number | null)[];
  unlabelledInTop20: number;
}

function files(): string[] {
  const out: string[] = [];
  const corpus = join(SHARED, 'corpus');
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt')).sort()) out.push(join(corpus, f));
  const ru = join(SHARED, 'ru-news');
  for (const f of readdirSync(ru).filter((x) => x.endsWith('.txt')).sort()) out.push(join(ru, f));
  const dev = join(SHARED, 'polnear', 'dev');
  for (const f of readdirSync(dev).filter((x) => x.endsWith('.txt')).sort().slice(0, POLNEAR_ARTICLES)) out.push(join(dev, f));
  return out;
}

const keyText = (k: ClaimKey): string => `${k.file}@${k.start}-${k.end}`;
const pairText = (a: ClaimKey, b: ClaimKey): string => [keyText(a), keyText(b)].sort().join(' | ');

export async function benchCompareQuality(log: (line: string) => void = console.log, options: { dump?: boolean } = {}): Promise<QualityBench | null> {
  if (!existsSync(join(SHARED, 'corpus')) || !existsSync(join(SHARED, 'ru-news')) || !existsSync(join(SHARED, 'polnear'))) {
    log('compare quality: skipped (../shared/corpus, ru-news and polnear are not beside the repository)');
    return null;
  }
  const labels = existsSync(LABELS) ? (JSON.parse(readFileSync(LABELS, 'utf8')) as { pairs: LabelledPair[] }).pairs : [];
  const byPair = new Map(labels.map((l) => [pairText(l.a, l.b), l.conflict]));
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-quality-'));
  const { service, close } = openService({ dbPath: join(dir, 'quality.sqlite'), resourcesDir: repoResourcesDir, autoBackup: false, searchThreads: false });
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const r = await dispatch(service, method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  try {
    const fileOf = new Map<number, string>();
    const list = files();
    for (const path of list) {
      const name = path.split('/').pop() ?? path;
      const out = await call<{ article: { id: number } }>('articles.import', { fileName: name, data: readFileSync(path).toString('base64') });
      fileOf.set(out.article.id, name);
    }
    const claims = await call<{ id: number; articleId: number; start: number; end: number }[]>('claims.list', {});
    const keyOf = new Map(claims.map((c) => [c.id, { file: fileOf.get(c.articleId) ?? '?', start: c.start, end: c.end }]));
    const suggestions = await call<{ a: { id: number; text: string; speaker: string | null }; b: { id: number; text: string; speaker: string | null }; score: number; reason: string }[]>('conflicts.suggest', { limit: 50 });
    const keys = suggestions.map((s) => [keyOf.get(s.a.id) as ClaimKey, keyOf.get(s.b.id) as ClaimKey] as const);
    const verdict = keys.map(([a, b]) => byPair.get(pairText(a, b)));
    const precision = (k: number): number => verdict.slice(0, k).filter((v) => v === true).length / k;
    const ranked = new Map(keys.map(([a, b], i) => [pairText(a, b), i + 1]));
    const conflictRanks = labels.filter((l) => l.conflict).map((l) => ranked.get(pairText(l.a, l.b)) ?? null);
    const result: QualityBench = {
      articles: list.length,
      claims: claims.length,
      suggestions: suggestions.length,
      precisionAt10: precision(10),
      precisionAt20: precision(20),
      conflictRanks,
      unlabelledInTop20: verdict.slice(0, 20).filter((v) => v === undefined).length,
    };
    log(
      `compare quality: ${result.articles} real articles, ${result.claims} claims, ${labels.length} labelled pairs (${labels.filter((l) => l.conflict).length} conflicts) · ` +
        `precision@10 ${result.precisionAt10.toFixed(2)} · precision@20 ${result.precisionAt20.toFixed(2)} · ` +
        `labelled conflicts at ranks ${conflictRanks.map((r) => r ?? '—').join(', ')} · ${result.unlabelledInTop20} of the top 20 unlabelled`,
    );
    if (options.dump) {
      suggestions.forEach((s, i) => {
        const [a, b] = keys[i] as readonly [ClaimKey, ClaimKey];
        const v = verdict[i];
        log(`#${i + 1} ${s.score.toFixed(2)} [${v === undefined ? '?' : v ? 'conflict' : 'no'}] ${JSON.stringify({ a, b })}`);
        log(`    ${s.a.speaker ?? '—'}: ${s.a.text.slice(0, 400)}`);
        log(`    ${s.b.speaker ?? '—'}: ${s.b.text.slice(0, 400)}`);
        log(`    reason: ${s.reason}`);
      });
    }
    return result;
  } finally {
    close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run directly (for labelling): `npx tsx bench/compare-quality.ts --dump`.
if (process.argv[1]?.endsWith('compare-quality.ts')) {
  void benchCompareQuality(console.log, { dump: process.argv.includes('--dump') });
}
