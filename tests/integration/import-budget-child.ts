// Child process for import-budget.test.ts: imports the given files one after another through the
// service (worker pool, default budgets unless QUIRE_TEST_DEADLINE_MS is set), prints one JSON line
// per file, then its own peak resident memory (VmHWM, which covers the import workers: they are
// threads of this process).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';

const [dbPath, resourcesDir, ...files] = process.argv.slice(2);
if (!dbPath || !resourcesDir) throw new Error('usage: import-budget-child DB RESOURCES FILE…');
const deadline = Number(process.env.QUIRE_TEST_DEADLINE_MS ?? 0);
const opened = openService({ dbPath, resourcesDir, autoBackup: false, searchThreads: false, ...(deadline ? { ingest: { deadlineMs: deadline } } : {}) });
for (const file of files) {
  const started = Date.now();
  const r = await dispatch(opened.service, 'articles.import', { fileName: basename(file), data: readFileSync(file).toString('base64') });
  process.stdout.write(`${JSON.stringify({ name: basename(file), ok: r.ok, message: r.ok ? '' : r.error.message, ms: Date.now() - started })}\n`);
}
opened.close();
const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
process.stdout.write(`${JSON.stringify({ peakRssMb: Math.round(Number(hwm) / 1024) })}\n`);
