// `quire team serve` as real processes on one SQLite file, with Hocuspocus clients in Node: members
// converge, a viewer's changes are refused and never stored, an unknown token is refused, and a
// server killed with SIGKILL loses no acknowledged update and every client resumes after restart.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, quireTeam, serveCase, settled, startServer, until, type Client, type ServerProcess } from '../support/team-server';

let dir: string;
let data: string;
const tokens: Record<string, string> = {};
const clients: Client[] = [];
let server: ServerProcess | undefined;

const open = (name: string, user: string, url = server?.url ?? ''): Client => {
  const c = connect(url, name, tokens[user] ?? '');
  clients.push(c);
  return c;
};

beforeAll(async () => {
  // dave has a token but no role in the case.
  const served = await serveCase('quire-team-', { bob: 'editor', carol: 'viewer', dave: null });
  ({ dir, data, server } = served);
  Object.assign(tokens, served.tokens);
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('quire team serve (SQLite)', () => {
  it('prints a fresh token per user and refuses a second user of the same name', () => {
    expect(tokens.alice).toMatch(/^[\w-]{32}$/);
    expect(tokens.alice).not.toBe(tokens.bob);
    expect(() => quireTeam(['user', 'add', 'alice', '--data', data])).toThrow(/exists already/);
  });

  it("converges two members' concurrent edits of one document", async () => {
    const a = open('harbour/note/brief', 'alice');
    const b = open('harbour/note/brief', 'bob');
    await until(() => settled(a) && settled(b), 'both synced');
    expect(a.scope()).toBe('read-write');
    a.text.insert(0, 'Alpha wrote this. ');
    b.text.insert(0, 'Bravo wrote that. ');
    await until(() => a.text.toString() === b.text.toString() && a.text.length > 30, 'both texts equal');
    expect(a.text.toString()).toContain('Alpha wrote this.');
    expect(a.text.toString()).toContain('Bravo wrote that.');
  });

  it('refuses a viewer\'s change, says why, and never stores it', async () => {
    const v = open('harbour/note/brief', 'carol');
    await until(() => settled(v), 'viewer synced');
    expect(v.scope()).toBe('readonly');
    v.text.insert(0, 'Viewer tampering. ');
    await until(() => v.notices.length > 0, 'refusal notice');
    expect(JSON.parse(v.notices[0] as string)).toMatchObject({ type: 'refused', reason: expect.stringContaining('viewer') });
    const fresh = open('harbour/note/brief', 'bob');
    await until(() => settled(fresh), 'fresh synced');
    expect(fresh.text.toString()).toContain('Alpha wrote this.');
    expect(fresh.text.toString()).not.toContain('Viewer tampering');
  });

  it('refuses an unknown token and a user who is not a member of the case', async () => {
    const stranger = connect(server?.url ?? '', 'harbour/note/brief', 'not-a-token');
    const outsider = open('harbour/note/brief', 'dave');
    clients.push(stranger);
    await until(() => stranger.failed() !== undefined && outsider.failed() !== undefined, 'both refused');
    expect(stranger.text.toString()).toBe('');
    expect(outsider.text.toString()).toBe('');
  });

  it('loses no acknowledged update when killed with SIGKILL, and every client resumes after restart', async () => {
    const a = open('harbour/note/kill', 'alice');
    const b = open('harbour/note/kill', 'bob');
    await until(() => settled(a) && settled(b), 'both synced');
    for (let i = 0; i < 50; i++) a.text.insert(a.text.length, `line ${i}\n`);
    await until(() => settled(a), 'every edit acknowledged');
    const acknowledged = a.text.toString();
    const port = server?.port ?? 0;
    await server?.stop('SIGKILL');
    server = await startServer(['--data', data, '--port', String(port)]);
    const late = open('harbour/note/kill', 'carol');
    await until(() => settled(late), 'a new client synced after the restart');
    expect(late.text.toString()).toBe(acknowledged);
    // The clients connected before the kill reconnect by themselves and carry on.
    b.text.insert(0, 'after restart\n');
    await until(() => a.text.toString().startsWith('after restart\n'), 'an edit crosses after the restart');
    await until(() => settled(a) && settled(b), 'both acknowledged again');
    expect(a.text.toString()).toBe(b.text.toString());
  });
});
