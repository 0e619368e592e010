import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Real Redis and PostgreSQL servers for tests and benchmarks, on loopback ports in a temp folder. A service
 * that cannot start throws with the reason (tests fail, never skip): install with `bash scripts/setup.sh`.
 */
export interface Service {
  url: string;
  stop(): Promise<void>;
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

/** A free loopback TCP port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function fail(what: string, detail: string): never {
  throw new Error(
    `无法启动 ${what} / cannot start ${what}: ${detail}\n(需要 Debian 软件包 redis-server 与 postgresql：bash ` +
      `scripts/setup.sh)`,
  );
}

async function waitFor(what: string, ready: () => boolean, log: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (ready()) return;
    await sleep(100);
  }
  fail(what, `not ready after 30 s\n${log()}`);
}

function succeeds(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** redis-server on 127.0.0.1, no persistence; stop() shuts it down. */
export async function startRedis(): Promise<Service> {
  if (!existsSync('/usr/bin/redis-server')) fail('redis-server', '/usr/bin/redis-server is missing');
  const dir = mkdtempSync(join(tmpdir(), 'govcheck-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--logfile',
      join(dir, 'redis.log'),
    ],
    { stdio: 'ignore' },
  );
  child.once('error', () => undefined);
  await waitFor(
    'redis-server',
    () => succeeds('redis-cli', ['-p', String(port), 'ping']),
    () => (existsSync(join(dir, 'redis.log')) ? readFileSync(join(dir, 'redis.log'), 'utf8') : ''),
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A throw-away PostgreSQL 15 cluster (initdb + pg_ctl) listening on 127.0.0.1. As root the server runs as
 * the `postgres` user, which PostgreSQL requires.
 */
export async function startPostgres(): Promise<Service> {
  if (!existsSync(`${PG_BIN}/initdb`)) fail('PostgreSQL', `${PG_BIN}/initdb is missing`);
  const dir = mkdtempSync(join(tmpdir(), 'govcheck-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (args: string[]) => {
    const line = args.map((a) => `'${a}'`).join(' ');
    try {
      execFileSync(asRoot ? 'su' : 'sh', asRoot ? ['postgres', '-c', line] : ['-c', line], { stdio: 'pipe' });
    } catch (error) {
      fail('PostgreSQL', `${line}\n${String((error as { stderr?: Buffer }).stderr ?? error)}`);
    }
  };
  run([`${PG_BIN}/initdb`, '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run([
    `${PG_BIN}/pg_ctl`,
    '-D',
    data,
    '-l',
    join(dir, 'pg.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ]);
  const stop = async () => {
    run([`${PG_BIN}/pg_ctl`, '-D', data, '-m', 'immediate', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
