// Worker thread: answers searches of one kind over a read-only connection of its own, so a search
// of a large library never blocks the main thread and the kinds of one search run side by side.
import { parentPort, workerData } from 'node:worker_threads';
import { openReader } from '../store/db';
import { SearchRepo } from '../store/search';
import type { SearchJob, SearchReply, SearchWorkerData } from './search-job';

if (!parentPort) throw new Error('search-worker must run in a worker thread');
const port = parentPort;
const { dbPath, nativeBinding, readyFlag } = workerData as SearchWorkerData;
const repo = new SearchRepo(openReader(dbPath, nativeBinding));

port.on('message', ({ id, type, q, limit, filters }: SearchJob) => {
  let reply: SearchReply;
  try {
    reply = { id, ok: true, rows: repo.queryKind(type, q, limit, filters) };
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
Atomics.store(readyFlag, 0, 1);
port.postMessage({ ready: true });
