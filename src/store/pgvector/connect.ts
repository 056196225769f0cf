/**
 * DATABASE_URL → a database handle: `pg.Pool` for postgres:// (a real server), PGlite for
 * pglite:///dir (Postgres in WebAssembly, in-process). Credentials never reach a message.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Queryable } from './sql.js';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; display: string }
  | { kind: 'pglite'; dataDir: string; display: string };

/** DATABASE_URL with any password replaced by `***` (for logs and messages). */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*):[^@/?#]*@/i, '$1:***@');
}

/** Parses DATABASE_URL; throws an Error naming what is wrong (never echoing a password). */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const u = url.trim();
  if (/^postgres(ql)?:\/\//i.test(u)) return { kind: 'postgres', url: u, display: redactDatabaseUrl(u) };
  const m = /^pglite:\/\/(.*)$/i.exec(u);
  if (m) {
    const p = decodeURIComponent(m[1]!);
    if (!p.startsWith('/')) {
      throw new Error('DATABASE_URL=pglite://… needs an absolute folder: pglite:///abs/path/to/dir (three slashes)');
    }
    const dataDir = path.resolve(p);
    return { kind: 'pglite', dataDir, display: `pglite://${dataDir}` };
  }
  throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or pglite:/// (got "${redactDatabaseUrl(u).slice(0, 40)}")`);
}

export interface OpenedDatabase {
  db: Queryable;
  display: string;
  close(): Promise<void>;
}

/** Connects to the database a DATABASE_URL names (pool for a server, PGlite with pgvector for a folder). */
export async function openDatabase(url: string): Promise<OpenedDatabase> {
  const target = parseDatabaseUrl(url);
  if (target.kind === 'pglite') {
    await fs.mkdir(target.dataDir, { recursive: true });
    const [{ PGlite }, { vector }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/vector')]);
    const db = new PGlite(target.dataDir, { extensions: { vector } });
    await db.waitReady;
    return { db, display: target.display, close: () => db.close() };
  }
  const pg = (await import('pg')).default;
  // allowExitOnIdle: a CLI command ends when its work is done, without waiting for idle clients.
  const pool = new pg.Pool({ connectionString: target.url, max: 5, allowExitOnIdle: true });
  pool.on('error', () => undefined); // an idle client's dropped connection; the next query reconnects
  return { db: pool, display: target.display, close: () => pool.end() };
}

