// The worker thread's entry: runs ingestion jobs posted by the pool, one at a time, and posts
// back plain data (structured clone). Nothing here touches the store.
import { parentPort } from 'node:worker_threads';
import { runJob, type IngestJob } from './ingest-job';

if (!parentPort) throw new Error('ingest-worker must run in a worker thread');
const port = parentPort;

port.on('message', (message: { id: number; job: IngestJob }) => {
  void runJob(message.job).then(
    (result) => port.postMessage({ id: message.id, result }),
    (err: unknown) => port.postMessage({ id: message.id, result: { ok: false, refused: false, message: err instanceof Error ? err.message : String(err) } }),
  );
});
port.postMessage({ ready: true });
