// `npm run bench [-- --articles N] [--keep] [--skip-notebook] [--only PART] [--store FILE]`: imports a generated corpus
// into a fresh store through the same dispatcher every host uses, then prints throughput, search
// latency, memory and store size, then the other parts (formats, export, compare, annotations,
// notebook). `--store FILE` measures search again on a store kept by `--keep`, without importing.
// It prints figures only; it never asserts timings. scripts/bench.mjs runs it bundled, as the app
// runs its code.
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openService, type OpenedService } from '../src-main/api/service/index';
import { dispatch } from '../src-main/api/service/dispatch';
import { extractClaims } from '../src-main/core/claims/index';
import { benchQueries, generateArticle, type GeneratedArticle } from './corpus';
import { benchExport } from './export';
import { benchFormats } from './formats';
import { benchCompare } from './compare';
import { benchCompareQuality } from './compare-quality';
import { benchAnnotations } from './annotations';
import { benchNotebook } from './notebook';
import { benchTeam } from './team';
import { rawFtsLatencies } from './raw-fts';
import { Store } from '../src-main/store/index';
import { repoResourcesDir } from '../src-main/hosts/paths';
import { RETIRE_AFTER_MS } from '../src-main/workers/ingest-pool';
import { generateRussianArticle } from './corpus-ru';

const PARTS = ['library', 'formats', 'export', 'compare', 'annotations', 'notebook', 'team'] as const;
type Part = (typeof PARTS)[number];
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
    'skip-notebook': { type: 'boolean', default: false },
    only: { type: 'string' },
    store: { type: 'string' },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 1) {
  console.error('bench: --articles takes a positive whole number');
  process.exit(2);
}
if (values.only !== undefined && !(PARTS as readonly string[]).includes(values.only)) {
  console.error(`bench: --only takes one of ${PARTS.join(', ')}`);
  process.exit(2);
}

/** The generated article as a saved web page: head metadata, navigation and share furniture around it. */
function asHtml(a: GeneratedArticle): GeneratedArticle {
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [title = '', ...paras] = a.text.split('\n\n');
  const body = paras.filter((p) => p !== 'Share this article').map((p) => `<p>${esc(p)}</p>`).join('\n');
  const text = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | World Desk</title>
<meta property="og:site_name" content="World Desk"><meta name="author" content="Staff Reporter">
<script>window.tracker = 1;</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<article><h1>${esc(title)}</h1><p class="byline">By Staff Reporter</p>
${body}
</article><aside><h2>Related Topics</h2><ul><li>Diplomacy</li><li>Trade</li></ul></aside>
<footer><p>Share this article</p><p>© World Desk. All rights reserved.</p></footer></body></html>`;
  return { fileName: a.fileName.replace(/\.txt$/, '.html'), text };
}

/** Queries run before the measured ones. */
const WARM_UP = 20;
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Import, search, quick_check and size of a store of `count` generated articles; then extraction alone. */
async function benchLibrary(): Promise<void> {
  if (values.store !== undefined) return benchSearchOf(values.store);
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-'));
  const dbPath = join(dir, 'bench.sqlite');
  // No automatic backup mid-run: the figures are the import's own.
  const { service, close } = openService({ dbPath, resourcesDir: repoResourcesDir, autoBackup: false });
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampleMemory = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  console.log(`Quire bench: ${count.toLocaleString('en-US')} generated articles into ${dbPath}`);

  // Import through the worker pipeline (reading and extraction on worker threads, one write
  // transaction per article on this thread): txt and html mixed, a few files in flight as the
  // renderer sends them.
  let t0 = performance.now();
  let claims = 0;
  let failed = 0;
  let duplicates = 0;
  let next = 0;
  const memory = setInterval(sampleMemory, 100);
  const cpu0 = process.cpuUsage();
  const lane = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const article = i % 2 === 1 ? asHtml(generateArticle(i)) : generateArticle(i);
      const result = await dispatch(service, 'articles.import', {
        fileName: article.fileName,
        data: Buffer.from(article.text, 'utf8').toString('base64'),
        ifDuplicate: 'report',
      });
      if (!result.ok) failed++;
      else if ((result.value as { duplicate?: boolean }).duplicate) duplicates++;
      else claims += (result.value as { claims: number }).claims;
    }
  };
  await Promise.all(Array.from({ length: 4 }, lane));
  clearInterval(memory);
  sampleMemory();
  let seconds = (performance.now() - t0) / 1000;
  const html = Math.floor(count / 2);
  console.log(
    `import         ${fmt(count / seconds)} articles/s, ${fmt(claims / seconds)} claims/s (${count - html} txt + ${html} html, ${claims} claims, ${duplicates} duplicates, ${failed} failed, ${fmt(seconds, 2)} s, extraction included, worker threads)`,
  );
  const cpu = process.cpuUsage(cpu0);
  // CPU time of the whole process (main thread and workers): a figure other load cannot skew.
  const cpuMs = (cpu.user + cpu.system) / 1000 / count;
  console.log(`import memory  ${fmt(peakRss / 1024 / 1024)} MB peak RSS (process, workers included)`);
  console.log(`import cpu     ${fmt(cpuMs, 2)} ms CPU per article, all threads (${fmt(2000 / cpuMs, 0)} articles/s if 2 idle cores were fully used)`);

  // The import's workers end once idle, as they do in the app when an import is over; the search
  // that follows is measured in that state.
  await new Promise((resolve) => setTimeout(resolve, RETIRE_AFTER_MS + 1000));
  await benchSearch(service, dbPath, sampleMemory);

  close();
  // What opening costs after a crash: the whole-file PRAGMA quick_check.
  t0 = performance.now();
  Store.open(dbPath, { quickCheck: true }).close();
  console.log(`quick_check    ${fmt((performance.now() - t0) / 1000, 2)} s to open with PRAGMA quick_check (after a crash, or any store under 64 MB)`);
  const size = [dbPath, `${dbPath}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`store size     ${fmt(size / 1024 / 1024)} MB (${fmt(size / count / 1024, 2)} KB/article)`);
  console.log(`peak memory    ${fmt(peakRss / 1024 / 1024)} MB RSS, ${fmt(peakHeap / 1024 / 1024)} MB JS heap (main thread): import and search, workers included`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });

  // Extraction alone, on one core, over the corpus text (after the import, so its garbage does
  // not count in the import's memory).
  const texts = Array.from({ length: Math.min(count, 2000) }, (_, i) => generateArticle(i).text);
  const megabytes = texts.reduce((sum, t) => sum + t.length, 0) / 1e6;
  t0 = performance.now();
  let extracted = 0;
  for (const text of texts) extracted += extractClaims(text).length;
  seconds = (performance.now() - t0) / 1000;
  console.log(`extraction     ${fmt(megabytes / seconds, 2)} MB/s (${fmt(megabytes, 2)} MB, ${extracted} claims)`);
  // The same for Russian text (generated in the same shape): the goal is within 2× of English.
  const ru = Array.from({ length: texts.length }, (_, i) => generateRussianArticle(i));
  const ruMegabytes = ru.reduce((sum, t) => sum + t.length, 0) / 1e6;
  t0 = performance.now();
  let ruExtracted = 0;
  for (const text of ru) ruExtracted += extractClaims(text).length;
  const ruSeconds = (performance.now() - t0) / 1000;
  console.log(
    `extraction ru  ${fmt(ruMegabytes / ruSeconds, 2)} MB/s (${fmt(ruMegabytes, 2)} MB, ${ruExtracted} claims; ${fmt(megabytes / seconds / (ruMegabytes / ruSeconds), 2)}× the time per MB of English)`,
  );
}

/**
 * Search latency over the bench's 100 queries, then the same queries straight on FTS5 (the
 * yardstick). `afterSearch` runs between the two: the yardstick's own connection and sorts are the
 * bench's memory, not the app's.
 */
async function benchSearch(service: OpenedService['service'], dbPath: string, afterSearch: () => void = () => undefined): Promise<void> {
  // Warm-up with other queries first (both sides): search threads start and their caches fill,
  // as in an app that has been searched before.
  for (const q of benchQueries(WARM_UP, 99)) await dispatch(service, 'search.query', { q, limit: 20 });
  const latencies: number[] = [];
  let hits = 0;
  for (const q of benchQueries(100)) {
    const s = performance.now();
    const result = await dispatch(service, 'search.query', { q, limit: 20 });
    latencies.push(performance.now() - s);
    if (result.ok) hits += (result.value as unknown[]).length;
  }
  latencies.sort((a, b) => a - b);
  console.log(`search         p50 ${fmt(percentile(latencies, 50), 2)} ms, p95 ${fmt(percentile(latencies, 95), 2)} ms over 100 queries after ${WARM_UP} others (${hits} hits)`);
  afterSearch();
  for (const raw of rawFtsLatencies(dbPath, benchQueries(100), benchQueries(WARM_UP, 99))) {
    console.log(`  vs           p50 ${fmt(raw.p50, 2)} ms, p95 ${fmt(raw.p95, 2)} ms  ${raw.label}`);
  }
}

/** `--store FILE`: search measured again on a kept store. */
async function benchSearchOf(dbPath: string): Promise<void> {
  if (!existsSync(dbPath)) {
    console.error(`bench: no store at ${dbPath}`);
    process.exit(2);
  }
  const { service, close } = openService({ dbPath, resourcesDir: repoResourcesDir, autoBackup: false });
  try {
    console.log(`Quire bench: search on ${dbPath}`);
    await benchSearch(service, dbPath, () =>
      console.log(`search memory  ${fmt(process.memoryUsage().rss / 1024 / 1024)} MB RSS after the searches (process, search threads included)`),
    );
  } finally {
    close();
  }
}

async function main(): Promise<void> {
  const wanted = (part: Part): boolean => (values.only === undefined ? part !== 'notebook' || !values['skip-notebook'] : values.only === part);
  if (wanted('library')) await benchLibrary();
  if (wanted('formats')) await benchFormats();
  if (wanted('export')) await benchExport();
  if (wanted('compare')) {
    await benchCompare();
    await benchCompareQuality();
  }
  if (wanted('annotations')) await benchAnnotations();
  // The notebook in Chromium (needs `npm run build`); `--skip-notebook` leaves it out.
  if (wanted('notebook')) await benchNotebook();
  if (wanted('team')) await benchTeam();
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
