// Backup verification off the main thread: one short-lived worker per backup (every few hours).
import { Worker } from 'node:worker_threads';
import { workerEntry } from './worker-entry';
import { verifyBackupFile } from '../store/backup';

/** verifyBackupFile on a worker thread; on this thread when no worker file is found. */
export function verifyOffThread(path: string, nativeBinding?: string): Promise<void> {
  const url = workerEntry(import.meta.url, 'backup-verify');
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
