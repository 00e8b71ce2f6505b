// Child process for store-lock.test.ts: opens the service on a store, says so, and keeps it open
// until it is killed.
import { openService } from '../../src-main/api/service/index';

const [dbPath, resourcesDir] = process.argv.slice(2);
if (!dbPath || !resourcesDir) throw new Error('usage: store-holder DB RESOURCES');
const opened = openService({ dbPath, resourcesDir, autoBackup: false });
process.stdout.write('open\n');
// Stays open (and referenced) until killed.
setInterval(() => void opened.service, 60_000);
