// The web host as a child process (`src-main/hosts/web/main.ts`), so a test can kill it hard
// (SIGKILL: no handler runs, nothing is flushed) and start it again on the same database.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './harness';

export interface WebProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT/#token=… */
  url: string;
  origin: string;
  token: string;
  /** Calls the contract as the page does; throws on an error result. */
  api<T>(method: string, input: unknown): Promise<T>;
  kill(): Promise<void>;
}

export function startWebProcess(dbPath: string): Promise<WebProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src-main', 'hosts', 'web', 'main.ts'), '--db', dbPath], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => reject(new Error(`web host exited (${code ?? signal}) before it was ready: ${err.trim()}`)));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(out);
      if (!m) return;
      const origin = m[1] as string;
      const token = m[2] as string;
      resolve({
        child,
        url: `${origin}/#token=${token}`,
        origin,
        token,
        async api<T>(method: string, input: unknown): Promise<T> {
          const res = await fetch(`${origin}/api/${method}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Quire-Token': token },
            body: JSON.stringify(input),
          });
          const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
          if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? res.status}`);
          return body.value as T;
        },
        kill: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
  });
}
