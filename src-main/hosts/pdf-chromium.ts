// PDF outside Electron: the brief's HTML printed by a headless Chromium through playwright-core.
// The web host and the CLI hand this to openService as its `pdf` renderer.
import { existsSync } from 'node:fs';
import { QuireError } from '../api/service/errors';
import type { PdfRenderer } from '../api/service/export';

/** QUIRE_CHROMIUM (as the e2e tests) or Debian's Chromium. */
export const DEFAULT_CHROMIUM = process.env.QUIRE_CHROMIUM ?? '/usr/bin/chromium';

/** Headless Chromium as root in a closed network: no sandbox, and nothing that would reach out. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const FOOTER = `<div style="width:100%;font:8px Georgia,serif;color:#666;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

export function chromiumPdfRenderer(executablePath: string = DEFAULT_CHROMIUM): PdfRenderer {
  return async (html) => {
    if (!existsSync(executablePath)) {
      throw new QuireError('conflict', `PDF export needs Chromium, and ${executablePath} does not exist: install it (apt-get install chromium) or set QUIRE_CHROMIUM`);
    }
    // Loaded on first use: the CLI's other commands never pay for it.
    const { chromium } = await import('playwright-core');
    let browser;
    try {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    } catch (err) {
      const first = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      throw new QuireError('internal', `Chromium at ${executablePath} could not start to print the PDF: ${first}`);
    }
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      // Defence in depth: the brief's HTML loads nothing, and nothing may be fetched for it.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<div></div>', footerTemplate: FOOTER });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  };
}
