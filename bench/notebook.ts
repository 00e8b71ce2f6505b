// Notebook bench: a note of 20,000 words with 1,000 citations of real claims (a fresh store fed
// with generated articles), opened in Chromium through the web host. Prints the time to open the
// note until the editor shows every citation resolved, and the latency of each keystroke typed
// into the middle of it: the main thread's time per key (from a trace: the key's task, the frame
// it causes and what typing sets off, idle time not counted), the key's own task, and the key's
// latency to the painted frame, p50/p95/max; as the floor, the same typing into a plain
// contenteditable.
// bench/run.ts calls benchNotebook(); `npm run bench -- --only notebook` runs it alone. Needs the
// built renderer (`npm run build`). Prints, never asserts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../src-main/hosts/pdf-chromium';
import { startWebHost } from '../src-main/hosts/web/server';
import { repoRoot } from '../src-main/hosts/paths';
import { generateArticle, rng } from './corpus';
import { traceKeys } from './key-trace';

const WORDS = 20_000;
const CITATIONS = 1_000;
const TYPED = 200;
const OPEN_RUNS = 5;
const FILLER = 'the ministry said the talks would continue while both delegations reviewed the draft text and officials in the capital weighed their next steps'.split(' ');
const BIG_TITLE = 'Bench: long cited note';
const SMALL_TITLE = 'Bench: short note';

export interface NotebookBench {
  openFirstMs: number;
  openMedianMs: number;
  /** Key event to the frame after it was painted (includes waiting for that frame). */
  keystroke: Spread;
  /** Main-thread time each key costs, from a trace (bench/key-trace.ts): the goal's measure. */
  mainThreadPerKey: Spread;
  /** Key event to the end of its own task: handlers, the editor update, then style and layout forced. */
  keyTask: Spread;
  /** The same measurements typing the same text into a plain contenteditable (no app). */
  bare: { keystroke: Spread; mainThreadPerKey: Spread; keyTask: Spread };
}

interface Spread {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** The long note as Markdown: paragraphs of ~20 words, one citation each, a heading every 100. */
function longNote(claimIds: readonly number[]): string {
  const random = rng(7);
  const perParagraph = Math.round(WORDS / CITATIONS);
  const parts: string[] = [];
  for (let i = 0; i < CITATIONS; i++) {
    if (i % 100 === 0) parts.push(`## Part ${i / 100 + 1}`);
    const words = Array.from({ length: perParagraph }, () => FILLER[Math.floor(random() * FILLER.length)]);
    const cut = Math.floor(words.length / 2);
    parts.push(`${words.slice(0, cut).join(' ')} [@claim:${claimIds[i % claimIds.length]}] ${words.slice(cut).join(' ')}.`);
  }
  return parts.join('\n\n');
}

/** Clicks the note row and waits until the editor holds every citation, none still loading, painted. */
async function timeOpen(page: Page, title: string, citations: number): Promise<number> {
  return page.evaluate(
    async ({ title, citations }) => {
      const row = Array.from(document.querySelectorAll<HTMLElement>('.note-row')).find((r) => r.textContent?.includes(title));
      if (!row) throw new Error(`no note row “${title}”`);
      const t0 = performance.now();
      row.click();
      await new Promise<void>((done) => {
        const check = (): void => {
          const editor = document.querySelector('.editor');
          const ready = editor && editor.querySelectorAll('.citation').length === citations && !editor.querySelector('.citation-chip.loading');
          if (ready) done();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    { title, citations },
  );
}

/** Records, for each key typed into `.editor`, its latency to paint and its own task (window.keyLatency, keyTask). */
async function instrumentKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { keyLatency: number[]; keyTask: number[] };
    w.keyLatency = [];
    w.keyTask = [];
    const editor = document.querySelector<HTMLElement>('.editor');
    let keyAt: number | null = null;
    // The editor stops `input` at its root, so the listener goes on the root during dispatch,
    // after the editor's own; its microtask runs after theirs.
    const afterInput = (): void =>
      queueMicrotask(() => {
        if (keyAt === null) return;
        void editor?.offsetHeight;
        w.keyTask.push(performance.now() - keyAt);
        keyAt = null;
      });
    window.addEventListener('input', (e) => e.target?.addEventListener('input', afterInput, { once: true }), true);
    document.addEventListener(
      'keydown',
      (e) => {
        const t = e.timeStamp;
        keyAt = t;
        requestAnimationFrame(() => setTimeout(() => w.keyLatency.push(performance.now() - t), 0));
      },
      true,
    );
  });
}

/**
 * Types TYPED keys into the middle of `.editor` in bursts. Short pauses let autosave run between
 * bursts, as when an analyst stops to think.
 */
async function typeMidNote(page: Page): Promise<Measured> {
  const middle = page.locator('.editor p').nth(Math.floor(CITATIONS / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click({ position: { x: 3, y: 8 } });
  await instrumentKeys(page);
  const stopTrace = await traceKeys(await page.context().newCDPSession(page));
  const phrase = 'officials confirmed the talks resumed today ';
  const random = rng(11);
  let typed = 0;
  while (typed < TYPED) {
    const burst = phrase.repeat(2).slice(0, Math.min(20 + Math.floor(random() * 25), TYPED - typed));
    await page.keyboard.type(burst, { delay: 30 });
    typed += burst.length;
    await page.waitForTimeout(500 + Math.floor(random() * 300));
  }
  const mainThread = await stopTrace();
  const { keyLatency, keyTask } = await page.evaluate(() => {
    const w = window as unknown as { keyLatency: number[]; keyTask: number[] };
    return { keyLatency: w.keyLatency, keyTask: w.keyTask };
  });
  return { keyLatency, keyTask, mainThread };
}

interface Measured {
  keyLatency: number[];
  keyTask: number[];
  mainThread: number[];
}

export async function benchNotebook(log: (line: string) => void = console.log): Promise<NotebookBench | null> {
  const root = repoRoot;
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    log('notebook       skipped: the renderer is not built (npm run build)');
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-notebook-'));
  const host = await startWebHost({ dbPath: join(dir, 'bench.sqlite'), port: 0 });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await fetch(`${host.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Quire-Token': host.token },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? res.status}`);
    return body.value as T;
  };
  const browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // Real claims: import generated articles until there are enough to cite each once.
    let claims = 0;
    for (let i = 0; claims < CITATIONS && i < 2000; i++) {
      const a = generateArticle(i, 3);
      claims += (await call<{ claims: number }>('articles.import', { fileName: a.fileName, data: Buffer.from(a.text, 'utf8').toString('base64') })).claims;
    }
    const claimIds = (await call<{ id: number }[]>('claims.list', {})).map((c) => c.id).slice(0, CITATIONS);
    const markdown = longNote(claimIds);
    const words = markdown.replace(/\[@claim:\d+\]|#+/g, ' ').split(/\s+/).filter(Boolean).length;
    await call('notes.importMarkdown', { markdown, title: BIG_TITLE });
    await call('notes.importMarkdown', { markdown: 'A short note to switch to.', title: SMALL_TITLE });

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names through an `__name` helper that page.evaluate's functions carry along.
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(host.url);
    await page.locator('.note-row', { hasText: BIG_TITLE }).waitFor();

    // Open: the first time (nothing cached in the page), then switching back and forth.
    const openFirstMs = await timeOpen(page, BIG_TITLE, CITATIONS);
    const opens: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      await timeOpen(page, SMALL_TITLE, 0);
      opens.push(await timeOpen(page, BIG_TITLE, CITATIONS));
    }
    opens.sort((a, b) => a - b);
    const openMedianMs = percentile(opens, 50);

    // Typing into the middle: the main thread's time per key (traced), each key's own task, and
    // its latency to after the next paint. A timer queued by a key only runs once Chromium has
    // produced the next frame, so an in-page timer cannot tell work from waiting for the display;
    // the trace can. "key task" ends with the key's own task: a microtask queued by the last
    // `input` listener (on window), after the editor's handlers and update, with style and layout
    // forced there (a key the editor inserts itself, without an `input` event, is not counted there).
    const measured = await typeMidNote(page);
    await page.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();

    // The same typing into a bare contenteditable holding the note's text (the same containment
    // per block, no editor, no app): what Chromium and this measurement cost on their own.
    const barePage = await context.newPage();
    await barePage.setContent('<style>.editor { font: 14.5px/1.6 serif; width: 700px; padding: 4px 14px; } .editor > * { content-visibility: auto; contain-intrinsic-size: auto 3em; }</style><div class="editor" contenteditable="true"></div>');
    await barePage.evaluate((blocks) => {
      const root = document.querySelector('.editor');
      for (const block of blocks) root?.appendChild(document.createElement(block.startsWith('## ') ? 'h2' : 'p')).append(block.replace(/^## /, ''));
    }, markdown.split('\n\n').map((block) => block.replace(/ \[@claim:\d+\]/g, '')));
    const bareMeasured = await typeMidNote(barePage);
    const spread = (values: number[]): Spread => {
      const sorted = [...values].sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? NaN, count: sorted.length };
    };
    const keystroke = spread(measured.keyLatency);
    const mainThreadPerKey = spread(measured.mainThread);
    const keyTask = spread(measured.keyTask);
    const bare = { keystroke: spread(bareMeasured.keyLatency), mainThreadPerKey: spread(bareMeasured.mainThread), keyTask: spread(bareMeasured.keyTask) };

    log(`note open      first ${openFirstMs.toFixed(0)} ms, median of ${OPEN_RUNS} ${openMedianMs.toFixed(0)} ms (${words.toLocaleString('en-US')} words, ${CITATIONS} citations of ${claimIds.length} claims; goal < 300 ms)`);
    const line = (x: Spread): string => `p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, max ${x.max.toFixed(1)} ms`;
    const brief = (x: Spread): string => `p50 ${x.p50.toFixed(1)}, p95 ${x.p95.toFixed(1)} ms`;
    log(`keystroke      ${line(mainThreadPerKey)} of main-thread time per key over ${mainThreadPerKey.count} keys typed mid-note: handlers, editor update, the frame, autosave (traced; goal < 16 ms)`);
    log(`key task       ${line(keyTask)}: the key's own task (handlers, editor update, style and layout)`);
    log(`key to paint   ${line(keystroke)} (includes waiting for the display's next frame)`);
    log(`bare editable  keystroke ${brief(bare.mainThreadPerKey)}; key task ${brief(bare.keyTask)}; key to paint ${brief(bare.keystroke)}: the same text and typing in a plain contenteditable, no app (the floor)`);
    return { openFirstMs, openMedianMs, keystroke, mainThreadPerKey, keyTask, bare };
  } finally {
    await browser.close().catch(() => undefined);
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

