// Ingestion cost per article (5 KB txt / html, small pdf / docx). Printed for the report; the
// assertions are loose ceilings (10× the goal) so a loaded CI machine does not flake.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src-main/core/ingest/index';
import { minhashSignature } from '../../../src-main/core/ingest/fingerprint';
import { topicSignature } from '../../../src-main/core/ingest/related';
import { articlePdf, makeDocx } from '../../fixtures/ingest/make-fixtures';

const SENTENCES = [
  'The harbor council on Tuesday postponed a vote on raising ferry fares by 12 per cent.',
  '"We need more time to read the figures," council chair Tomas Ebner said after the meeting.',
  'Commuters have collected 2,400 signatures against the rise, the organisers said on Monday.',
  'The operator said fuel costs had doubled since 2021 and that services could be cut.',
  'Independent auditors will report to the council before it meets again on April 8.',
];
function article(seed: number): string[] {
  const paras: string[] = [];
  for (let p = 0; paras.join('\n\n').length < 4800; p++) paras.push(Array.from({ length: 3 }, (_, k) => SENTENCES[(seed + p + k) % SENTENCES.length]!.replace('Tuesday', `day ${seed}-${p}`)).join(' '));
  return paras;
}

async function perArticle(n: number, make: (i: number) => { fileName: string; bytes: Uint8Array }): Promise<number> {
  const inputs = Array.from({ length: n }, (_, i) => make(i));
  for (const input of inputs) await ingestFile(input);
  const t0 = performance.now();
  for (const input of inputs) await ingestFile(input);
  return (performance.now() - t0) / n;
}

describe('speed', () => {
  it('5 KB txt and html articles cost well under the 300 articles/s budget', async () => {
    const enc = new TextEncoder();
    const txt = await perArticle(300, (i) => ({ fileName: `a${i}.txt`, bytes: enc.encode(`Ferry fares vote delayed ${i}\n\nBy Mira Castell\n\n${article(i).join('\n\n')}\n\nShare this article`) }));
    const html = await perArticle(300, (i) => ({
      fileName: `a${i}.html`,
      bytes: enc.encode(
        `<!doctype html><html lang="en"><head><title>Ferry fares vote delayed ${i} | Coastline Wire</title><meta property="og:site_name" content="Coastline Wire"><meta name="author" content="Mira Castell"><script>var x=${i};</script></head><body><nav><a>Home</a><a>World</a></nav><article><h1>Ferry fares vote delayed ${i}</h1>${article(i)
          .map((p) => `<p>${p}</p>`)
          .join('')}<div class="share">Share on Facebook</div></article><footer>© 2025</footer></body></html>`,
      ),
    }));
    // The same page without <article>: Readability scores the DOM to find the content.
    const soup = await perArticle(300, (i) => ({
      fileName: `s${i}.html`,
      bytes: enc.encode(
        `<!doctype html><html lang="en"><head><title>Ferry fares vote delayed ${i} | Coastline Wire</title></head><body><div class="menu"><a>Home</a> <a>World</a></div><div class="main"><div class="story">${article(i)
          .map((p) => `<p>${p}</p>`)
          .join('')}</div></div><div class="side"><a>Ten best walks</a></div></body></html>`,
      ),
    }));
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
    console.log(`ms per article: txt ${txt.toFixed(3)} · html ${html.toFixed(3)} (<article>) / ${soup.toFixed(3)} (Readability) · pdf ${pdf.toFixed(2)} · docx ${docx.toFixed(2)} · fingerprints ${fp.toFixed(3)}`);
    expect(txt).toBeLessThan(20);
    expect(html).toBeLessThan(30);
    expect(soup).toBeLessThan(40);
  });
});
