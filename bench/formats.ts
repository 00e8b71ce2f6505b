// Ingestion cost per article by format (5 KB txt / html with and without <article>, small pdf /
// docx) and of the duplicate fingerprints, on the calling thread. Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks';
import { minhashSignature } from '../src-main/core/ingest/fingerprint';
import { ingestFile } from '../src-main/core/ingest/index';
import { topicSignature } from '../src-main/core/ingest/related';
import { articlePdf, makeDocx } from '../tests/fixtures/ingest/make-fixtures';

const SENTENCES = [
  'The harbor council on Tuesday postponed a vote on raising ferry fares by 12 per cent.',
  '"We need more time to read the figures," council chair Tomas Ebner said after the meeting.',
  'Commuters have collected 2,400 signatures against the rise, the organisers said on Monday.',
  'The operator said fuel costs had doubled since 2021 and that services could be cut.',
  'Independent auditors will report to the council before it meets again on April 8.',
];

function article(seed: number): string[] {
  const paras: string[] = [];
  for (let p = 0; paras.join('\n\n').length < 4800; p++) {
    paras.push(Array.from({ length: 3 }, (_, k) => SENTENCES[(seed + p + k) % SENTENCES.length]!.replace('Tuesday', `day ${seed}-${p}`)).join(' '));
  }
  return paras;
}

/** Milliseconds per article, after one warm-up pass over the same inputs. */
async function perArticle(n: number, make: (i: number) => { fileName: string; bytes: Uint8Array }): Promise<number> {
  const inputs = Array.from({ length: n }, (_, i) => make(i));
  for (const input of inputs) await ingestFile(input);
  const t0 = performance.now();
  for (const input of inputs) await ingestFile(input);
  return (performance.now() - t0) / n;
}

export async function benchFormats(): Promise<void> {
  const enc = new TextEncoder();
  const page = (i: number, body: string): Uint8Array =>
    enc.encode(`<!doctype html><html lang="en"><head><title>Ferry fares vote delayed ${i} | Coastline Wire</title><meta property="og:site_name" content="Coastline Wire"></head><body>${body}</body></html>`);
  const paras = (i: number): string => article(i).map((p) => `<p>${p}</p>`).join('');
  const txt = await perArticle(300, (i) => ({ fileName: `a${i}.txt`, bytes: enc.encode(`Ferry fares vote delayed ${i}\n\nBy Mira Castell\n\n${article(i).join('\n\n')}\n\nShare this article`) }));
  const html = await perArticle(300, (i) => ({ fileName: `a${i}.html`, bytes: page(i, `<nav><a>Home</a></nav><article><h1>Ferry fares vote delayed ${i}</h1>${paras(i)}</article><footer>© 2025</footer>`) }));
  // The same page without <article>: Readability scores the DOM to find the content.
  const soup = await perArticle(300, (i) => ({ fileName: `s${i}.html`, bytes: page(i, `<div class="menu"><a>Home</a></div><div class="main">${paras(i)}</div><div class="side"><a>Ten best walks</a></div>`) }));
  const pdfBytes = articlePdf();
  const pdf = await perArticle(30, () => ({ fileName: 'a.pdf', bytes: pdfBytes }));
  const docxBytes = await makeDocx(article(1).map((text) => ({ text })));
  const docx = await perArticle(30, () => ({ fileName: 'a.docx', bytes: docxBytes }));
  const text = article(3).join('\n\n');
  const t0 = performance.now();
  for (let i = 0; i < 300; i++) {
    minhashSignature(text);
    topicSignature(text);
  }
  const fp = (performance.now() - t0) / 300;
  const f = (n: number): string => n.toFixed(2);
  console.log(`ingest per article (one thread): txt ${f(txt)} ms · html ${f(html)} ms (<article>) / ${f(soup)} ms (Readability) · pdf ${f(pdf)} ms · docx ${f(docx)} ms · fingerprints ${f(fp)} ms`);
}
