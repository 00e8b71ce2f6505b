// The team server the team bench measures, as a process of its own (its memory is the server's
// alone): `node out/bench/team-server.js FILE` serves the SQLite team store FILE on a free
// loopback port and prints the address; run with --expose-gc for its memory figures.
import { openSqliteTeamStore } from '../src-main/store/team/sqlite';
import { startTeamServer } from '../src-main/hosts/team/server';

const file = process.argv[2];
if (!file) {
  console.error('team-server: give the team store file');
  process.exit(2);
}
const server = await startTeamServer({ store: openSqliteTeamStore(file), host: '127.0.0.1', port: 0 });
console.log(`serving on ${server.url}`);
// SIGUSR2: the heap after a full collection and the resident size, as one line.
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.log(`memory ${m.heapUsed} ${m.rss}`);
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
