// The scoring of ../shared/ru-news/score.py in one process (no CLI start per file), for quick
// rounds while working on the Russian and Ukrainian extractor: `npx tsx tests/corpus/ru-news-score.ts
// [--dir DIR] [--show-misses]`. The figures to report are score.py's own.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestFile } from '../../src-main/core/ingest/index';
import { prepareDraft } from '../../src-main/core/prepare/index';

interface Gold {
  articles: Record<string, { claims: { kind: 'direct' | 'indirect'; quote: string; speaker: string[] }[] }>;
}

const args = process.argv.slice(2);
const dir = resolve(args.includes('--dir') ? args[args.indexOf('--dir') + 1]! : '../shared/ru-news');
const show = args.includes('--show-misses');
const pairs: [string, string][] = [['\u2019', "'"], ['\u2018', "'"], ['\u201c', '"'], ['\u201d', '"'], ['\u201e', '"'], ['«', '"'], ['»', '"'], ['\u2026', '...'], ['\u2014', '-'], ['\u2013', '-']];
function norm(s: string | null | undefined): string {
  let t = (s ?? '').normalize('NFKC').replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  for (const [a, b] of pairs) t = t.split(a).join(b);
  return t.replace(/\s+/g, ' ').trim().toLowerCase().replace(/^[ ".,]+|[ ".,]+$/g, '');
}
const gold = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Gold;
const t = { direct: 0, direct_hit: 0, indirect: 0, indirect_hit: 0, spk_n: 0, spk_ok: 0, extracted: 0 };
let ms = 0;
for (const name of Object.keys(gold.articles).sort()) {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  const draft = await ingestFile({ fileName: name, bytes });
  const t0 = performance.now();
  const claims = prepareDraft(draft).claims;
  ms += performance.now() - t0;
  t.extracted += claims.length;
  for (const g of gold.articles[name]!.claims) {
    const f = norm(g.quote);
    t[g.kind]++;
    const hits = claims.filter((c) => {
      const x = norm(c.text);
      return x && (x.includes(f) || (f.includes(x) && x.length >= 0.5 * f.length));
    });
    if (hits.length === 0) {
      if (show) console.log(`${name} | missed ${g.kind} | ${g.quote.slice(0, 120)}`);
      continue;
    }
    t[`${g.kind}_hit`]++;
    t.spk_n++;
    if (hits.some((h) => g.speaker.some((a) => norm(h.speaker).includes(norm(a))))) t.spk_ok++;
    else if (show) console.log(`${name} | speaker | want ${g.speaker[0]} got ${JSON.stringify(hits.map((h) => h.speaker))} | ${g.quote.slice(0, 80)}`);
  }
}
const r = (a: number, b: number): string => (a / Math.max(1, b)).toFixed(2);
console.log(
  `direct_recall=${r(t.direct_hit, t.direct)} speaker_acc=${r(t.spk_ok, t.spk_n)} indirect_recall=${r(t.indirect_hit, t.indirect)} extracted=${t.extracted} gold=${t.direct + t.indirect} extract_ms=${ms.toFixed(0)}`,
);
