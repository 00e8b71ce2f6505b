// Annotations bench (#5): one long article with 1,000 annotations under 10 tags, listed (each
// anchor verified against the text), searched by tag, and carried over to a near-duplicate
// reprint. bench/run.ts calls benchAnnotations(); `npm run bench -- --only annotations` runs it alone.
// Prints, never asserts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../src-main/api/service/dispatch';
import { openService } from '../src-main/api/service/index';
import { repoResourcesDir } from '../src-main/hosts/paths';
import { generateArticle, rng } from './corpus';

const ANNOTATIONS = 1000;
const TAGS = 10;

export async function benchAnnotations(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-anno-'));
  const { service, close } = openService({ dbPath: join(dir, 'bench.sqlite'), resourcesDir: repoResourcesDir });
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const r = await dispatch(service, method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  const ms = (t0: number): string => (performance.now() - t0).toFixed(1);
  try {
    // One long article (sixty generated stories) and a reprint with a paragraph added.
    const text = Array.from({ length: 60 }, (_, i) => generateArticle(i, 7).text).join('\n\n');
    const source = (await call<{ article: { id: number } }>('articles.importPaste', { text })).article.id;
    const stored = (await call<{ text: string }>('articles.get', { id: source })).text;
    const cut = stored.indexOf('\n\n');
    const copy = `${stored.slice(0, cut)}\n\nThis story was corrected and republished.${stored.slice(cut)}`;
    const reprint = (await call<{ article: { id: number } }>('articles.importPaste', { text: copy })).article.id;

    const random = rng(5);
    const words = [...stored.matchAll(/\S+/g)];
    let t0 = performance.now();
    for (let i = 0; i < ANNOTATIONS; i++) {
      const at = Math.floor(random() * (words.length - 8));
      const first = words[at];
      const last = words[at + 1 + Math.floor(random() * 6)];
      if (!first || !last) continue;
      await call('annotations.create', {
        articleId: source,
        start: first.index,
        end: last.index + last[0].length,
        comment: `note ${i} on this passage`,
        tags: [`tag ${i % TAGS}`],
      });
    }
    console.log(`annotations    create ${(((performance.now() - t0) / ANNOTATIONS) * 1000).toFixed(0)} µs each (${ANNOTATIONS} on one ${Math.round(stored.length / 1000)} k-char article)`);

    t0 = performance.now();
    const listed = await call<unknown[]>('annotations.list', { articleId: source });
    console.log(`annotations    list ${ms(t0)} ms for ${listed.length} (every anchor verified against the text)`);

    t0 = performance.now();
    const hits = await call<unknown[]>('search.query', { q: 'note passage', tag: 'tag 3', limit: 200 });
    console.log(`annotations    search with tag filter ${ms(t0)} ms (${hits.length} hits)`);

    t0 = performance.now();
    const carried = await call<{ carried: unknown[]; orphaned: { orphanReason: string }[] }>('annotations.carry', { fromArticleId: source, toArticleId: reprint });
    const reasons = new Map<string, number>();
    for (const o of carried.orphaned) reasons.set(o.orphanReason, (reasons.get(o.orphanReason) ?? 0) + 1);
    const why = [...reasons].map(([r, n]) => `${n} ${r}`).join(', ');
    console.log(`annotations    carry ${ms(t0)} ms to a near-duplicate (${carried.carried.length} placed, ${carried.orphaned.length} orphaned${why ? `: ${why}` : ''})`);
  } finally {
    close();
    rmSync(dir, { recursive: true, force: true });
  }
}

