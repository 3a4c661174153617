// A throwaway PostgreSQL server for tests: a new cluster in a temporary folder, on a free port of
// 127.0.0.1, removed again by stop(). Uses the PostgreSQL on this machine (initdb and postgres on
// PATH, or /usr/lib/postgresql/<version>/bin, as Debian's postgresql package installs it; .ci/run
// installs it when missing). As root, the server runs as the user "postgres" (created if missing),
// since PostgreSQL refuses to run as root. When no server can be started this throws, so the tests
// that need one fail loudly instead of being skipped.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../fake-discord/free-port.ts';

export interface TestPostgres {
  url: string;
  port: number;
  /** Stops the server (fast shutdown) and keeps its data, for restart(). */
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

function binDir(): string {
  for (const dir of (process.env.PATH ?? '').split(':'))
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'))) return dir;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(root, versions[0], 'bin');
  throw new Error(
    'PostgreSQL tests need a PostgreSQL server: none found (initdb on PATH or /usr/lib/postgresql/*/bin). ' +
      'Install it (apt-get install -y postgresql; .ci/run does this).',
  );
}

function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited ${child.exitCode}:\n${log()}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      if (Date.now() - start > 20_000) throw new Error(`postgres did not accept connections in 20 s:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const user = runAs();
  // The server's user must reach its folder: as root, in /tmp rather than a TMPDIR only root can enter.
  const dir = mkdtempSync(join(user && existsSync('/tmp') ? '/tmp' : tmpdir(), 'wu-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const opts = { ...(user ?? {}), cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'C', LC_ALL: 'C' } };
  execFileSync(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'], {
    ...opts,
    stdio: 'pipe',
  });
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let child: ChildProcess | undefined;
  let out = '';

  const start = async () => {
    out = '';
    child = spawn(
      join(bin, 'postgres'),
      [
        '-D',
        data,
        '-p',
        String(port),
        '-k',
        dir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
      ],
      { ...opts, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (d) => (out += String(d)));
    child.stderr?.on('data', (d) => (out += String(d)));
    await waitUntilUp(url, child, () => out);
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGINT'); // fast shutdown: disconnects clients
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };
  // A test that dies must not leave a server behind.
  const onExit = () => child?.kill('SIGKILL');
  process.once('exit', onExit);

  await start();
  return {
    url,
    port,
    stop,
    restart: start,
    async destroy() {
      await stop();
      process.removeListener('exit', onExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
