// `quire team`: the team server (`serve`) and its administration (users, cases, roles). It works on
// the team server's own store, never on the analyst's local one.
import { UsageError, type Command, type Parsed } from '../command';
import { oneOf } from '../args';

const ROLE_NAMES = ['owner', 'editor', 'viewer'] as const;

function portOf(p: Parsed): number {
  const value = p.flags.port ?? '1234';
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port must be a port number (0 picks a free one), not "${value}"`);
  return Number(value);
}

function shape(p: Parsed): void {
  const [what, verb, ...rest] = p.args;
  const form = `${what ?? ''} ${verb ?? ''}`.trim();
  const count = (n: number): void => {
    if (rest.length !== n) throw new UsageError(`team ${form}: ${rest.length < n ? 'missing argument' : `unexpected argument "${rest[n]}"`}`);
  };
  if (what === 'serve') {
    if (p.args.length > 1) throw new UsageError(`team serve: unexpected argument "${p.args[1]}"`);
    portOf(p);
  } else if (form === 'user add') count(1);
  else if (form === 'case share') {
    count(1);
    if (!p.flags.owner) throw new UsageError('team case share: --owner USER is required');
  } else if (what === 'versions') {
    if (p.args.length !== 2) throw new UsageError(p.args.length < 2 ? 'team versions: missing DOCUMENT' : `team versions: unexpected argument "${p.args[2]}"`);
  } else if (form === 'case grant') {
    count(3);
    oneOf(rest[2], ROLE_NAMES, 'ROLE');
  } else throw new UsageError(`team: unknown subcommand "${form}"`);
}

export const team: Command = {
  name: 'team',
  flags: ['data', 'host', 'port', 'postgres', 'redis', 'owner'],
  arity: [1, 5],
  synopsis: 'quire team serve [--host ADDR] [--port N] [--data FILE | --postgres URL [--redis HOST:PORT]] | quire team user add NAME | quire team case share CASE --owner USER | quire team case grant CASE USER owner|editor|viewer | quire team versions DOCUMENT',
  help: [
    { form: ['team serve [--host ADDR] [--port N]', '  [--data FILE | --postgres URL [--redis HOST:PORT]]'], about: ['run a team server for shared cases (default 127.0.0.1:1234, one', 'SQLite file; PostgreSQL + Redis for several server processes)'] },
    { form: ['team user add NAME'], about: ['add a user to the team server and print their token (shown once)'] },
    { form: ['team case share CASE --owner USER'], about: ['create a shared case owned by USER'] },
    { form: ['team case grant CASE USER ROLE'], about: ['give USER the role owner, editor or viewer on CASE'] },
    { form: ['team versions DOCUMENT'], about: ["list a shared document's save points (full-state copies)"] },
  ],
  check: shape,
  async run(ctx, p) {
    const { openTeamStoreFor, parseHostPort } = await import('../../team/options');
    const store = await openTeamStoreFor(p.flags);
    const [what, verb, a, b, c] = p.args;
    if (what === 'serve') {
      const redis = p.flags.redis === undefined ? undefined : parseHostPort(p.flags.redis);
      if (redis === null) throw new UsageError(`--redis must be HOST:PORT, not "${p.flags.redis}"`);
      if (redis && !p.flags.postgres) throw new UsageError('--redis needs --postgres: server processes sharing cases share one database');
      const { serveUntilSignal } = await import('../../team/serve');
      await serveUntilSignal({ store, host: p.flags.host ?? '127.0.0.1', port: portOf(p), redis }, (url) => ctx.out({ url }, () => `quire team: serving on ${url}`));
      return;
    }
    try {
      if (what === 'versions') {
        const versions = await store.versions(verb as string);
        ctx.out(versions, () => (versions.length === 0 ? `no save points of ${verb}` : versions.map((v) => `#${v.id}  ${v.at}  ${v.bytes} bytes  ${v.label}`).join('\n')));
      } else if (verb === 'add') {
        const { user, token } = await store.addUser(a as string);
        ctx.out({ user: user.name, token }, () => token);
      } else if (verb === 'share') {
        await store.shareCase(a as string, p.flags.owner as string);
        ctx.out({ case: a, owner: p.flags.owner }, () => `shared case ${a}, owner ${p.flags.owner}`);
      } else {
        const role = oneOf(c, ROLE_NAMES, 'ROLE') ?? 'viewer';
        await store.grant(a as string, b as string, role);
        ctx.out({ case: a, user: b, role }, () => `${b} is ${role} of case ${a}`);
      }
    } finally {
      await store.close();
    }
  },
};
