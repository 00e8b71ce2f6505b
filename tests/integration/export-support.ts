// Shared by the export integration tests: a service on a real SQLite file with the real corpus
// article imported, Chromium as its PDF renderer, and readers for what the exports produce.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Claim, MethodInput, MethodName, MethodOutput, WireError } from '../../src-main/api/contract/methods';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService, type OpenedService, type ServiceOptions } from '../../src-main/api/service/index';
import { chromiumPdfRenderer } from '../../src-main/hosts/pdf-chromium';
import { CORPUS_DIR, REPO_RESOURCES } from './service-helpers';

export const CORPUS_FILE = join(CORPUS_DIR, 'staff-shortage-report.txt');

export interface ExportHarness {
  dir: string;
  dbPath: string;
  opened: OpenedService;
  articleId: number;
  claims: Claim[];
  call<M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>>;
  fail(method: string, args: unknown): Promise<WireError>;
  /** Closes the service while `fn` runs (one running Quire per store: the CLI needs it), then reopens it. */
  release<T>(fn: () => T): T;
  dispose(): void;
}

export async function openExportHarness(
  options: Partial<Pick<ServiceOptions, 'pdf'>> = { pdf: chromiumPdfRenderer() },
  articleFile: string = CORPUS_FILE,
): Promise<ExportHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-export-'));
  const dbPath = join(dir, 'quire.sqlite');
  const open = (): OpenedService => openService({ dbPath, resourcesDir: REPO_RESOURCES, version: '9.9.9-test', ...options });
  let opened = open();
  const call = async <M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>> => {
    const r = await dispatch(opened.service, method, args);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
    return r.value as MethodOutput<M>;
  };
  const fail = async (method: string, args: unknown): Promise<WireError> => {
    const r = await dispatch(opened.service, method, args);
    if (r.ok) throw new Error(`${method} succeeded but should have failed`);
    return r.error;
  };
  const { article } = await call('articles.import', { fileName: '002.txt', data: readFileSync(articleFile).toString('base64') });
  const claims = await call('claims.list', { articleId: article.id });
  const release = <T>(fn: () => T): T => {
    opened.close();
    try {
      return fn();
    } finally {
      opened = open();
    }
  };
  return {
    dir,
    dbPath,
    get opened() {
      return opened;
    },
    articleId: article.id,
    claims,
    call,
    fail,
    release,
    dispose: () => (opened.close(), rmSync(dir, { recursive: true, force: true })),
  };
}

export const bytesOf = (file: { encoding: string; content: string }): Buffer => Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');

/** The text of each w:footnote in word/footnotes.xml (Word's separator notes left out). */
export async function docxFootnotes(bytes: Buffer): Promise<{ xml: string; notes: string[]; references: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const notes = [...xml.matchAll(/<w:footnote\b(?![^>]*w:type="(?:separator|continuationSeparator)")[^>]*>([\s\S]*?)<\/w:footnote>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1] ?? '')).join(''),
  );
  return { xml, notes, references: (document.match(/<w:footnoteReference\b/g) ?? []).length };
}

/** All text of a PDF through pdfjs-dist, white space collapsed. */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
  }
  await doc.destroy();
  return { pages: doc.numPages, text: parts.join('').replace(/\s+/g, ' ') };
}
