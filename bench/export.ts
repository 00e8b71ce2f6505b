// Export bench: a brief of about 50 pages with 500 citations (ten notes written as Markdown with
// [@claim:ID] against a generated corpus), exported as DOCX and PDF through the dispatcher.
// bench/run.ts calls benchExport(); `npm run bench -- --only export` runs it alone. Prints, never asserts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../src-main/api/service/dispatch';
import { openService } from '../src-main/api/service/index';
import { repoResourcesDir } from '../src-main/hosts/paths';
import { chromiumPdfRenderer } from '../src-main/hosts/pdf-chromium';
import { generateArticle, rng } from './corpus';

const NOTES = 10;
const CITATIONS_PER_NOTE = 50;
const ARTICLES = 80;
/** Sources are cited twice on average, as in a real brief: 250 distinct claims. */
const DISTINCT_CLAIMS = 250;
const FILLER = 'the ministry said the talks would continue while both delegations reviewed the draft text and officials in the capital weighed their next steps before the summit'.split(' ');

export interface ExportBench {
  citations: number;
  pdfPages: number;
  docxMs: number;
  pdfMs: number;
}

/** About thirty words of prose around one citation: with notes and sources some fifty A4 pages. */
function paragraph(random: () => number, claimId: number): string {
  const words = Array.from({ length: 26 + Math.floor(random() * 10) }, () => FILLER[Math.floor(random() * FILLER.length)]);
  const cut = Math.floor(words.length / 2);
  return `${words.slice(0, cut).join(' ')} [@claim:${claimId}] ${words.slice(cut).join(' ')}.`;
}

export async function benchExport(log: (line: string) => void = console.log): Promise<ExportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-export-'));
  const { service, close } = openService({ dbPath: join(dir, 'bench.sqlite'), resourcesDir: repoResourcesDir, pdf: chromiumPdfRenderer() });
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const r = await dispatch(service, method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  try {
    for (let i = 0; i < ARTICLES; i++) {
      const a = generateArticle(i);
      await call('articles.import', { fileName: a.fileName, data: Buffer.from(a.text, 'utf8').toString('base64') });
    }
    const claimIds = (await call<{ id: number }[]>('claims.list', {})).map((c) => c.id).slice(0, DISTINCT_CLAIMS);
    if (claimIds.length === 0) throw new Error('the generated corpus yielded no claims');

    const random = rng(42);
    const noteIds: number[] = [];
    let next = 0;
    for (let n = 0; n < NOTES; n++) {
      const parts = [`# Section ${n + 1}`];
      for (let c = 0; c < CITATIONS_PER_NOTE; c++) {
        if (c % 10 === 0) parts.push(`## Part ${c / 10 + 1}`);
        parts.push(paragraph(random, claimIds[next++ % claimIds.length] as number));
      }
      noteIds.push((await call<{ id: number }>('notes.importMarkdown', { markdown: parts.join('\n\n') })).id);
    }
    const citations = NOTES * CITATIONS_PER_NOTE;
    const brief = { noteIds, title: 'Bench brief', style: 'chicago', appendix: false };

    const timed = async (format: string): Promise<{ ms: number; bytes: Buffer }> => {
      const t0 = performance.now();
      const file = await call<{ content: string }>('export.note', { ...brief, format });
      return { ms: performance.now() - t0, bytes: Buffer.from(file.content, 'base64') };
    };
    // The first export of a session also loads the DOCX writer and citeproc; the second is the steady cost.
    const docx = await timed('docx');
    const docxAgain = await timed('docx');
    const pdf = await timed('pdf');
    const pdfPages = (pdf.bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    log(`export docx    ${(docx.ms / 1000).toFixed(2)} s first in the process, ${(docxAgain.ms / 1000).toFixed(2)} s again (${citations} citations of ${claimIds.length} claims, ${(docx.bytes.length / 1024).toFixed(0)} KB)`);
    log(`export pdf     ${(pdf.ms / 1000).toFixed(2)} s (${pdfPages} pages, ${(pdf.bytes.length / 1024).toFixed(0)} KB, Chromium start included)`);
    return { citations, pdfPages, docxMs: docx.ms, pdfMs: pdf.ms };
  } finally {
    close();
    rmSync(dir, { recursive: true, force: true });
  }
}

