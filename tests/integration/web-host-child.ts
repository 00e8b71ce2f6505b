// Child process for hosts-web-body.test.ts: the web host on a store, serving a one-page static
// folder, printing its address, until it is killed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWebHost } from '../../src-main/hosts/web/server';
import { REPO_RESOURCES } from './service-helpers';

const [dbPath, staticDir] = process.argv.slice(2);
if (!dbPath || !staticDir) throw new Error('usage: web-host-child DB STATIC_DIR');
mkdirSync(staticDir, { recursive: true });
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Quire test</title>');
const host = await startWebHost({ dbPath, staticDir, resourcesDir: REPO_RESOURCES, port: 0 });
process.stdout.write(`running at ${host.url}\n`);
