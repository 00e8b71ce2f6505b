// Worker thread: checks a fresh backup copy (PRAGMA integrity_check reads the whole file, which
// for a large library takes long enough to freeze the service if it ran on the main thread).
import { parentPort, workerData } from 'node:worker_threads';
import { verifyBackupFile } from '../store/backup';

const { path, nativeBinding } = workerData as { path: string; nativeBinding?: string };
try {
  verifyBackupFile(path, nativeBinding);
  parentPort?.postMessage({ ok: true });
} catch (err) {
  parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
}
