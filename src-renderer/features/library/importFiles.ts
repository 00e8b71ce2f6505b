// Bulk import: files picked, dropped (folders too) or generated → bytes → base64 →
// articles.import, a couple of files in flight at a time so memory stays bounded (only those
// files are read) and the service's worker pool stays busy. Progress is reported as it goes;
// cancel stops after the files in flight; every file ends up in the report.
import { MAX_IMPORT_BYTES, tooLargeMessage, type ArticleSummary, type ImportOutcome } from '../../../src-main/api/contract/methods';
import { api, bytesToBase64, errorMessage } from '../../api/client';

export const ACCEPTED = '.txt,.md,.markdown,.html,.htm,.pdf,.docx';
const ACCEPTED_EXTENSIONS = new Set(ACCEPTED.split(',').map((e) => e.slice(1)));

/** Is this a file Quire reads (by extension)? Used to skip the rest of a dropped folder. */
export function isAcceptedName(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  if (base.startsWith('.')) return false;
  const dot = base.lastIndexOf('.');
  return dot > 0 && ACCEPTED_EXTENSIONS.has(base.slice(dot + 1).toLowerCase());
}

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

export interface ImportLine {
  /** As shown: the path inside a dropped folder, else the file name. */
  fileName: string;
  status: ImportStatus;
  /** Imported or duplicate: the article (for a duplicate, the one already in the library). */
  article?: { id: number; title: string } & Partial<ArticleSummary>;
  claims?: number;
  message?: string;
}

export interface ImportReport {
  lines: ImportLine[];
  /** Files never started because the import was cancelled. */
  cancelled: number;
  total: number;
  startedAt: number;
  finishedAt: number;
  /** Kept for callers of the single-batch API. */
  imported: ImportOutcome[];
  failed: { fileName: string; message: string }[];
}

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
  /** Estimated milliseconds left (null until a few files are done). */
  remainingMs: number | null;
  imported: number;
  duplicates: number;
  failed: number;
  cancelling: boolean;
}

export interface ImportHandle {
  cancel(): void;
  done: Promise<ImportReport>;
}

/** A file found inside a dropped folder, with its path there. */
export interface NamedFile {
  file: File;
  path: string;
}

export type ImportItem = File | NamedFile;

const fileOfItem = (item: ImportItem): File => (item instanceof File ? item : item.file);
const displayName = (item: ImportItem): string =>
  item instanceof File ? (item as File & { webkitRelativePath?: string }).webkitRelativePath || item.name : item.path;

/** Starts importing `files`; `onProgress` is called at most every ~100 ms and once at the end. */
export function startImport(files: readonly ImportItem[], onProgress: (p: ImportProgress) => void, options: { lanes?: number } = {}): ImportHandle {
  const lines: ImportLine[] = [];
  const imported: ImportOutcome[] = [];
  const startedAt = Date.now();
  let next = 0;
  let cancelled = false;
  const inFlight = new Set<string>();
  const counts = { imported: 0, duplicates: 0, failed: 0 };
  let lastEmit = 0;
  let timer: number | null = null;

  const progress = (): ImportProgress => {
    const done = lines.length;
    const elapsed = Date.now() - startedAt;
    const remaining = done >= 3 ? Math.round((elapsed / done) * (files.length - done)) : null;
    return { done, total: files.length, current: [...inFlight].at(-1) ?? null, remainingMs: remaining, ...counts, cancelling: cancelled };
  };
  const emit = (force = false): void => {
    const now = Date.now();
    if (force || now - lastEmit >= 100) {
      lastEmit = now;
      if (timer !== null) {
        window.clearTimeout(timer);
        timer = null;
      }
      onProgress(progress());
    } else if (timer === null) {
      timer = window.setTimeout(() => {
        timer = null;
        emit(true);
      }, 100);
    }
  };

  const order = new Map<ImportLine, number>();
  async function one(item: ImportItem, index: number): Promise<void> {
    const name = displayName(item);
    const file = fileOfItem(item);
    inFlight.add(name);
    emit();
    try {
      // A huge file is refused before it is read into memory.
      if (file.size > MAX_IMPORT_BYTES) throw new Error(tooLargeMessage(file.size));
      const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const outcome = await api.call('articles.import', { fileName: name, data, ifDuplicate: 'report' });
      if (outcome.duplicate) {
        counts.duplicates++;
        lines.push({ fileName: name, status: 'duplicate', article: { id: outcome.article.id, title: outcome.article.title }, message: `duplicate of “${outcome.article.title}” (article ${outcome.article.id})` });
      } else {
        counts.imported++;
        imported.push(outcome);
        lines.push({ fileName: name, status: 'imported', article: outcome.article, claims: outcome.claims });
      }
    } catch (err) {
      counts.failed++;
      lines.push({ fileName: name, status: 'failed', message: errorMessage(err) });
    } finally {
      const line = lines.at(-1);
      if (line) order.set(line, index);
      inFlight.delete(name);
      emit();
    }
  }

  async function lane(): Promise<void> {
    while (!cancelled && next < files.length) {
      const index = next++;
      const file = files[index];
      if (file) await one(file, index);
    }
  }

  const done = (async (): Promise<ImportReport> => {
    emit(true);
    // Two files in flight keep both import workers busy. A small batch goes one by one, so of two
    // copies in it the first given is the one imported (in a large batch, whichever is read first).
    const lanes = options.lanes ?? (files.length < 8 ? 1 : 2);
    await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
    if (timer !== null) window.clearTimeout(timer);
    onProgress(progress());
    // The report lists files in the order they were given, not the order they finished.
    lines.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return {
      lines,
      cancelled: files.length - lines.length,
      total: files.length,
      startedAt,
      finishedAt: Date.now(),
      imported,
      failed: lines.filter((l) => l.status !== 'imported').map((l) => ({ fileName: l.fileName, message: l.message ?? '' })),
    };
  })();

  return {
    cancel: () => {
      cancelled = true;
      emit(true);
    },
    done,
  };
}

/** One batch, no progress (kept for simple callers). */
export function importFiles(files: readonly ImportItem[]): Promise<ImportReport> {
  return startImport(files, () => undefined).done;
}

/** Files of a drop, folders walked recursively (DataTransferItem.webkitGetAsEntry). Call during the drop event. */
export function filesFromDrop(dt: DataTransfer): Promise<ImportItem[]> {
  const entries: FileSystemEntry[] = [];
  for (const item of [...dt.items]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (!entry) return Promise.resolve([...dt.files]);
    entries.push(entry);
  }
  if (entries.length === 0) return Promise.resolve([...dt.files]);
  return walkEntries(entries);
}

async function walkEntries(roots: FileSystemEntry[]): Promise<ImportItem[]> {
  const out: ImportItem[] = [];
  const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject));
  const readAll = async (dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> => {
    const reader = dir.createReader();
    const all: FileSystemEntry[] = [];
    // readEntries returns the entries in chunks (100 in Chromium) until an empty one.
    for (;;) {
      const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (chunk.length === 0) return all;
      all.push(...chunk);
    }
  };
  const visit = async (entry: FileSystemEntry, top: boolean): Promise<void> => {
    if (entry.isFile) {
      const path = entry.fullPath.replace(/^\//, '');
      // A file dropped on its own is always tried (and reported); inside folders only readable kinds.
      if (!top && !isAcceptedName(path)) return;
      const file = await fileOf(entry as FileSystemFileEntry);
      out.push(top ? file : { file, path });
      return;
    }
    if (entry.isDirectory && !entry.name.startsWith('.')) {
      const children = (await readAll(entry as FileSystemDirectoryEntry)).sort((a, b) => a.name.localeCompare(b.name));
      for (const c of children) await visit(c, false);
    }
  };
  for (const r of roots) await visit(r, true);
  return out;
}
