// Two `quire team serve` processes on one PostgreSQL, kept in step through Redis: a client on each,
// and every edit reaches the other; the documents outlive both servers. PostgreSQL and Redis are
// the machine's own (Debian's packages; .ci/run installs them), started here on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, quireTeam, settled, startServer, until, type Client, type ServerProcess } from '../support/team-server';
import { postgresBinDir, redisServerPath, startPostgres, startRedis, type Service } from '../support/services';

const pgBin = postgresBinDir();
const redisBin = redisServerPath();
const available = pgBin !== null && redisBin !== null;
if (!available) console.warn('team-postgres: skipped, PostgreSQL (initdb) or redis-server is not installed (.ci/run installs them)');

let dir: string;
let postgres: (Service & { url: string }) | undefined;
let redis: (Service & { host: string; port: number }) | undefined;
const servers: ServerProcess[] = [];
const clients: Client[] = [];
const tokens: Record<string, string> = {};

describe.skipIf(!available)('quire team serve on PostgreSQL + Redis, two processes', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'quire-team-pg-'));
    postgres = await startPostgres(dir, pgBin as string);
    redis = await startRedis(dir, redisBin as string);
    for (const user of ['alice', 'bob']) tokens[user] = quireTeam(['user', 'add', user, '--postgres', postgres.url]);
    quireTeam(['case', 'share', 'harbour', '--owner', 'alice', '--postgres', postgres.url]);
    quireTeam(['case', 'grant', 'harbour', 'bob', 'editor', '--postgres', postgres.url]);
    const args = ['--postgres', postgres.url, '--redis', `${redis.host}:${redis.port}`, '--port', '0'];
    servers.push(await startServer(args), await startServer(args));
  }, 120_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of servers) await s.stop();
    await redis?.stop();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (server: ServerProcess, user: string, name = 'harbour/note/brief'): Client => {
    const c = connect(server.url, name, tokens[user] as string);
    clients.push(c);
    return c;
  };

  it("carries each client's edits to the client on the other server process", async () => {
    const [one, two] = servers as [ServerProcess, ServerProcess];
    expect(one.port).not.toBe(two.port);
    const a = open(one, 'alice');
    const b = open(two, 'bob');
    await until(() => settled(a) && settled(b), 'both synced');
    const crossings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
      const line = `edit ${i} from ${i % 2 === 0 ? 'alice' : 'bob'}\n`;
      const start = performance.now();
      from.text.insert(from.text.length, line);
      await until(() => to.text.toString().includes(line), `edit ${i} crosses`);
      crossings.push(performance.now() - start);
    }
    expect(a.text.toString()).toBe(b.text.toString());
    // A figure for the report, not a check (timings go to the bench).
    console.info(`team-postgres: edits crossed between server processes in ${crossings.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  });

  it('keeps the documents in PostgreSQL when both servers stop', async () => {
    const a = clients[0] as Client;
    await until(() => settled(a), 'alice acknowledged');
    const text = a.text.toString();
    for (const s of servers.splice(0)) await s.stop('SIGKILL');
    const fresh = await startServer(['--postgres', postgres?.url ?? '', '--port', '0']);
    servers.push(fresh);
    const late = open(fresh, 'bob');
    await until(() => settled(late), 'a new client synced');
    expect(late.text.toString()).toBe(text);
  });
});
