// Backup verification off the main thread: one short-lived worker per backup (every few hours).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { verifyBackupFile } from '../store/backup';

function entry(): URL | null {
  const here = import.meta.url;
  // A computed name, so bundlers leave this URL alone (the worker is an entry of its own).
  const name = /\.[cm]?ts$/.test(here) ? 'backup-verify-tsx.mjs' : 'backup-verify.js';
  const url = new URL(name, here);
  return url.protocol === 'file:' && !existsSync(fileURLToPath(url)) ? null : url;
}

/** verifyBackupFile on a worker thread; on this thread when no worker file is found. */
export function verifyOffThread(path: string, nativeBinding?: string): Promise<void> {
  const url = entry();
  if (!url) return Promise.resolve().then(() => verifyBackupFile(path, nativeBinding));
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: { path, ...(nativeBinding ? { nativeBinding } : {}) } });
    let settled = false;
    worker.once('message', (m: { ok: boolean; message?: string }) => {
      settled = true;
      if (m.ok) resolve();
      else reject(new Error(m.message ?? 'the backup check failed'));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the backup check stopped (exit ${code})`));
    });
  });
}
