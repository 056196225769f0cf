/**
 * The one thing the Postgres store needs from a database driver: `query(sql, params) → { rows }`.
 * `pg.Pool` (a real Postgres server) and `PGlite` (Postgres compiled to WebAssembly, in-process)
 * both satisfy {@link Queryable} as they are, so the same store code runs against either.
 *
 * Transactions need one connection for their whole length, which a pool does not give through
 * `query`. {@link withTransaction} picks the right way for what it is handed:
 *  - an object with `transaction(fn)` (PGlite): that, which also holds PGlite's lock so no other
 *    query of the process runs inside the open transaction;
 *  - a pool (`connect()` resolving to a client with `release()`, e.g. `pg.Pool`): a checked-out
 *    client with BEGIN … COMMIT / ROLLBACK;
 *  - anything else is taken for a single connection (`pg.Client`): BEGIN … COMMIT through `query`.
 */

export interface QueryResultLike {
  rows: unknown[];
}

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<QueryResultLike>;
}

interface PgliteLike extends Queryable {
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

interface PoolClientLike extends Queryable {
  release(err?: Error | boolean): void;
}

interface PoolLike extends Queryable {
  connect(): Promise<PoolClientLike>;
  idleCount: number;
}

function isPglite(db: Queryable): db is PgliteLike {
  return typeof (db as Partial<PgliteLike>).transaction === 'function';
}

function isPool(db: Queryable): db is PoolLike {
  const p = db as Partial<PoolLike>;
  return typeof p.connect === 'function' && typeof p.idleCount === 'number';
}

/** Runs `fn` inside one transaction: COMMIT when it resolves, ROLLBACK (and rethrow) when it throws. */
export async function withTransaction<T>(db: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  if (isPglite(db)) return db.transaction(fn);
  if (isPool(db)) {
    const client = await db.connect();
    let broken: Error | undefined;
    try {
      return await inTransaction(client, fn);
    } catch (err) {
      // A failed ROLLBACK, or an error that is not the server's answer to a statement (no SQLSTATE:
      // a timeout, a dropped connection), leaves the connection in an unknown state: destroy it.
      if (err instanceof RollbackFailed) broken = err;
      else if (sqlState(err) === undefined || !/^[0-9A-Z]{5}$/.test(sqlState(err)!)) broken = err instanceof Error ? err : new Error(String(err));
      throw err instanceof RollbackFailed ? err.original : err;
    } finally {
      client.release(broken);
    }
  }
  try {
    return await inTransaction(db, fn);
  } catch (err) {
    throw err instanceof RollbackFailed ? err.original : err;
  }
}

class RollbackFailed extends Error {
  constructor(readonly original: unknown) {
    super('rollback failed');
  }
}

async function inTransaction<T>(conn: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  await conn.query('BEGIN');
  let result: T;
  try {
    result = await fn(conn);
  } catch (err) {
    try {
      await conn.query('ROLLBACK');
    } catch {
      throw new RollbackFailed(err);
    }
    throw err;
  }
  await conn.query('COMMIT');
  return result;
}

/** A double-quoted SQL identifier (schema or table name). */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Rows of a result, typed by the caller (the drivers return plain objects keyed by column name). */
export function rowsOf<R>(res: QueryResultLike): R[] {
  return res.rows as R[];
}

/** The SQLSTATE of a driver error (`pg` and PGlite both expose it as `code`), if any. */
export function sqlState(err: unknown): string | undefined {
  return err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string'
    ? (err as { code: string }).code
    : undefined;
}
