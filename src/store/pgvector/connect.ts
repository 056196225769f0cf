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

const SECRET_PARAMS = /([?&;\s](?:password|sslpassword|passfile)=)[^&#\s'"]*/gi;

/**
 * DATABASE_URL with every password replaced by `***` (for logs and messages): the user-info part
 * (`user:password@`) and `password=` / `sslpassword=` query parameters.
 */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*):[^@/?#]*@/i, '$1:***@').replace(SECRET_PARAMS, '$1***');
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The passwords a DATABASE_URL (and PGPASSWORD) carry, raw and decoded, longest first. */
function passwordsOf(url: string | undefined, env: NodeJS.ProcessEnv): string[] {
  const out = new Set<string>();
  const add = (p: string | undefined) => {
    if (p && p.length >= 3) { out.add(p); out.add(decode(p)); }
  };
  if (url) {
    add(/^[a-z][a-z0-9+.-]*:\/\/[^:/?#@]*:([^@/?#]*)@/i.exec(url)?.[1]);
    for (const m of url.matchAll(/[?&](?:password|sslpassword)=([^&#]*)/gi)) add(m[1]);
  }
  add(env.PGPASSWORD);
  return [...out].sort((x, y) => y.length - x.length);
}

/**
 * Any text (an error message from the driver or the server, a log line) with database secrets
 * removed: URLs' passwords, `password=…` pairs, and the literal passwords of `url` and PGPASSWORD
 * wherever they appear (a driver may echo the connection string in its own words).
 */
export function redactSecrets(text: string, url?: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text
    .replace(/([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*):[^@/?#\s]*@/gi, '$1:***@')
    .replace(SECRET_PARAMS, '$1***')
    .replace(/(\bpassword\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;&]+)/gi, '$1***');
  for (const p of passwordsOf(url, env)) out = out.split(p).join('***');
  return out;
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

/**
 * Who opens the connection, and so which limits apply:
 *  - 'reader' (serving questions): connect within 5 s, every statement within 8 s on the server and
 *    10 s on the client (a frozen server answers nothing, so only the client-side limit fires);
 *  - 'builder' (`npm run index`, /reindex, and loading a whole generation): connect within 10 s, no
 *    statement limit (an HNSW build takes minutes at scale), but a transaction left idle for 60 s is
 *    ended by the server, so a builder that hangs or dies mid-build never holds its locks; a server
 *    frozen mid-build is given up on after 30 min per statement (client side).
 */
export type DatabaseRole = 'reader' | 'builder';

export const POOL_LIMITS = {
  reader: { connectionTimeoutMillis: 5000, statement_timeout: 8000, query_timeout: 10000, idle_in_transaction_session_timeout: 15000 },
  builder: { connectionTimeoutMillis: 10000, statement_timeout: 0, query_timeout: 30 * 60_000, idle_in_transaction_session_timeout: 60000 },
} as const;

/** Connects to the database a DATABASE_URL names (pool for a server, PGlite with pgvector for a folder). */
export async function openDatabase(url: string, role: DatabaseRole = 'reader'): Promise<OpenedDatabase> {
  const target = parseDatabaseUrl(url);
  if (target.kind === 'pglite') {
    await fs.mkdir(target.dataDir, { recursive: true });
    const [{ PGlite }, { vector }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/vector')]);
    const db = new PGlite(target.dataDir, { extensions: { vector } });
    await db.waitReady;
    return { db, display: target.display, close: () => db.close() };
  }
  const pg = (await import('pg')).default;
  const limits = POOL_LIMITS[role];
  const pool = new pg.Pool({
    connectionString: target.url,
    max: role === 'reader' ? 5 : 2,
    // allowExitOnIdle: a CLI command ends when its work is done, without waiting for idle clients.
    allowExitOnIdle: true,
    keepAlive: true,
    application_name: `newsbot-${role}`,
    connectionTimeoutMillis: limits.connectionTimeoutMillis,
    ...(limits.statement_timeout ? { statement_timeout: limits.statement_timeout } : {}),
    ...(limits.query_timeout ? { query_timeout: limits.query_timeout } : {}),
    idle_in_transaction_session_timeout: limits.idle_in_transaction_session_timeout,
  });
  pool.on('error', () => undefined); // an idle client's dropped connection; the next query reconnects
  return { db: pool, display: target.display, close: () => pool.end() };
}

const UNREACHABLE = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|timeout|Connection terminated|connection.*closed/i;

/**
 * One line for a person about a database failure: what happened and where (the URL without its
 * password), with a hint for the usual causes; every secret removed.
 */
export function describeDatabaseError(err: unknown, url: string | undefined): string {
  const e = err as { message?: unknown; code?: unknown } | null;
  const message = typeof e?.message === 'string' && e.message ? e.message : String(err);
  const code = typeof e?.code === 'string' ? e.code : '';
  let where = 'the database';
  if (url) {
    try {
      where = parseDatabaseUrl(url).display;
    } catch {
      where = redactDatabaseUrl(url);
    }
  }
  let line: string;
  if (UNREACHABLE.test(code) || UNREACHABLE.test(message)) line = `cannot reach the database at ${where} (${message}); is the server up and reachable?`;
  else if (code === '28P01' || code === '28000') line = `the database at ${where} refused the login (${message}); check the user and password in DATABASE_URL`;
  else if (code === '42501') line = `the database at ${where} refused: ${message} (the grants a reader and a builder role need are in the README, "Several replicas")`;
  else if (/^[0-9A-Z]{5}$/.test(code)) line = `database error at ${where}: ${message}`;
  else line = message;
  return redactSecrets(line.replace(/\s*\n\s*/g, ' '), url);
}
