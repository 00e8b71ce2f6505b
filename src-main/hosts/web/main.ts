// `npm run start:web`: Quire in a browser, served from 127.0.0.1. Does not open a browser itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultStaticDir, resolveDbPath } from '../paths';
import { startWebHost } from './server';

const USAGE = 'usage: npm run start:web -- [--db FILE] [--port N]';

function fail(message: string, code: number): never {
  process.stderr.write(`quire: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let values: { db?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { db: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`, 2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let port = 0;
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) fail(`--port must be 0-65535\n${USAGE}`, 2);
    port = Number(values.port);
  }
  if (!existsSync(join(defaultStaticDir, 'index.html'))) {
    fail('the renderer is not built (out/renderer is missing): run npm run build first', 1);
  }
  const dbPath = resolveDbPath(values.db);
  let host;
  try {
    host = await startWebHost({ dbPath, port });
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err), 1);
  }
  process.stdout.write(`Quire is running at ${host.url}\nDatabase: ${dbPath}\nPress Ctrl+C to stop.\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
