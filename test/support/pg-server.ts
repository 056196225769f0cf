/**
 * A throwaway PostgreSQL 15 cluster for tests: initdb in a temp folder, listening on 127.0.0.1 at a
 * free port, with the pgvector extension created. PostgreSQL refuses to run as root, so when the
 * tests run as root the cluster belongs to the `postgres` user (commands through runuser).
 * `findPostgres()` returns null when the binaries are absent: the tests then skip, saying so.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const CANDIDATE_BINS = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'];

export interface PgBinaries {
  bin: string;
}

/** The server binaries and the pgvector extension, or a reason why there are none. */
export function findPostgres(): PgBinaries | { missing: string } {
  const bin = CANDIDATE_BINS.find((b) => existsSync(path.join(b, 'initdb')) && existsSync(path.join(b, 'pg_ctl')));
  if (!bin) return { missing: `no PostgreSQL server binaries in ${CANDIDATE_BINS.join(', ')} (install postgresql-15; .ci/run does)` };
  const share = execFileSync(path.join(bin, 'pg_config'), ['--sharedir'], { encoding: 'utf8' }).trim();
  if (!existsSync(path.join(share, 'extension', 'vector.control'))) {
    return { missing: `pgvector is not installed for ${bin} (build it from ../shared/vendor/pgvector-0.8.6.tar.gz; .ci/run does)` };
  }
  return { bin };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface PgCluster {
  port: number;
  dir: string;
  /** Superuser URL (trust auth for `postgres` on 127.0.0.1). */
  adminUrl: string;
  /** Runs SQL as the superuser (psql -v ON_ERROR_STOP=1), returns stdout. */
  sql(sql: string, db?: string): Promise<string>;
  /** SIGSTOP (true) / SIGCONT (false) every process of the cluster: a frozen server. */
  freeze(on: boolean): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** Starts a fresh cluster with a database `newsbot`, the vector extension enabled in it. */
export async function startCluster(bins: PgBinaries): Promise<PgCluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(path.join(tmpdir(), 'newsbot-pg-'));
  const data = path.join(dir, 'data');
  let uid = -1;
  let gid = -1;
  if (asRoot) {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    await chown(dir, uid, gid);
  }
  await chmod(dir, 0o700);
  // runuser keeps our environment; cwd must be a folder postgres can enter.
  const exec = (file: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', file, ...args], { cwd: dir }) : run(file, args, { cwd: dir });
  const port = await freePort();
  const b = (x: string) => path.join(bins.bin, x);
  await exec(b('initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const conf = [
    `listen_addresses = '127.0.0.1'`,
    `port = ${port}`,
    `unix_socket_directories = '${dir}'`,
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    'shared_buffers = 64MB',
    'max_connections = 60',
  ].join('\n');
  await writeFile(path.join(data, 'postgresql.auto.conf'), conf + '\n');
  // Passwords are required for every role but the superuser (so the tests exercise real authentication).
  await writeFile(
    path.join(data, 'pg_hba.conf'),
    ['local all postgres trust', 'host all postgres 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 scram-sha-256', ''].join('\n'),
  );
  if (asRoot) {
    await chown(path.join(data, 'postgresql.auto.conf'), uid, gid);
    await chown(path.join(data, 'pg_hba.conf'), uid, gid);
  }
  const start = async () => {
    await exec(b('pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '30', 'start']);
  };
  const stop = async () => {
    await exec(b('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  };
  await start();
  const sql = async (text: string, db = 'postgres') =>
    (await exec(b('psql'), ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-c', text])).stdout;
  await sql('CREATE DATABASE newsbot');
  await sql('CREATE EXTENSION vector', 'newsbot');

  const pids = async (): Promise<number[]> => {
    const pid = Number((await readFile(path.join(data, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    const children = (await run('ps', ['-o', 'pid=', '--ppid', String(pid)]).catch(() => ({ stdout: '' }))).stdout;
    return [pid, ...children.split('\n').map((s) => Number(s.trim())).filter((n) => n > 0)];
  };
  return {
    port,
    dir,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/newsbot`,
    sql,
    freeze: async (on) => {
      for (const pid of await pids()) {
        try {
          process.kill(pid, on ? 'SIGSTOP' : 'SIGCONT');
        } catch {
          /* exited meanwhile */
        }
      }
    },
    stop,
    start,
    destroy: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
