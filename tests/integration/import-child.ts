// Child process for import-crash.test.ts: imports every file of a folder through the service
// (worker pool, one transaction per article), printing one line per file. The test kills it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService } from '../../src-main/api/service/index';

const [dbPath, folder] = process.argv.slice(2);
if (!dbPath || !folder) throw new Error('usage: import-child DB FOLDER');
const opened = openService({ dbPath, resourcesDir: folder });
process.stdout.write('open\n');
const files = readdirSync(folder).sort();
// Two files in flight, as the renderer sends them.
let next = 0;
async function lane(): Promise<void> {
  while (next < files.length) {
    const name = files[next++]!;
    const data = readFileSync(join(folder!, name)).toString('base64');
    const r = await dispatch(opened.service, 'articles.import', { fileName: name, data, ifDuplicate: 'report' });
    const status = r.ok ? ((r.value as { duplicate?: boolean }).duplicate ? 'duplicate' : 'imported') : `failed ${r.error.message}`;
    process.stdout.write(`${status} ${name}\n`);
  }
}
await Promise.all([lane(), lane()]);
opened.close();
