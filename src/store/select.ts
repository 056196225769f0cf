/**
 * The index store chosen by the configuration:
 *  - VECTOR_STORE=hnsw (default): the embedded store in INDEX_DIR (`files/`);
 *  - VECTOR_STORE=pgvector: the Postgres store (`pgvector/`) at DATABASE_URL, which is either
 *      postgres://user:password@host:5432/db   a real Postgres 15+ server with pgvector (`pg.Pool`), or
 *      pglite:///absolute/path/to/dir          PGlite (Postgres in WebAssembly, in-process) keeping
 *                                              its data in that folder — no server; one process at a
 *                                              time may open the folder.
 *
 * `pg` and `@electric-sql/pglite` are imported only when the pgvector store is used, so the
 * default path loads neither. A process opens each database once (PGlite must not open a folder
 * twice) and shares the store between the CLI / bot parts that ask for it.
 */
import type { Config } from '../config.js';
import { fileIndexStore } from './files/index.js';
import type { IndexStore } from './types.js';
import { openDatabase, parseDatabaseUrl, redactDatabaseUrl, type OpenedDatabase } from './pgvector/connect.js';
import type { PgIndexStore } from './pgvector/store.js';

export { parseDatabaseUrl, redactDatabaseUrl } from './pgvector/connect.js';

interface Opened {
  databases: OpenedDatabase[];
  store: PgIndexStore;
}

const opened = new Map<string, Promise<Opened>>();

/**
 * The Postgres store at `url`, opened once per process: a readers' pool with short timeouts now,
 * a builders' pool (migrations, builds) when first needed. PGlite: one handle for both.
 */
export async function pgIndexStore(url: string): Promise<PgIndexStore> {
  let entry = opened.get(url);
  if (!entry) {
    entry = (async () => {
      const database = await openDatabase(url, 'reader');
      const { PgIndexStore } = await import('./pgvector/store.js');
      const databases = [database];
      const builder =
        parseDatabaseUrl(url).kind === 'postgres'
          ? async () => {
              const b = await openDatabase(url, 'builder');
              databases.push(b);
              return b.db;
            }
          : undefined;
      return { databases, store: new PgIndexStore(database.db, { location: database.display, builder }) };
    })();
    opened.set(url, entry);
    entry.catch(() => opened.delete(url));
  }
  return (await entry).store;
}

/** The store the configuration selects. */
export async function indexStoreFor(config: Pick<Config, 'vectorStore' | 'databaseUrl' | 'indexDir'>): Promise<IndexStore> {
  if (config.vectorStore === 'pgvector') {
    if (!config.databaseUrl) throw new Error('VECTOR_STORE=pgvector needs DATABASE_URL');
    return pgIndexStore(config.databaseUrl);
  }
  return fileIndexStore(config.indexDir);
}

/** Where the configured index lives, for messages (no credentials). */
export function describeIndexLocation(config: Pick<Config, 'vectorStore' | 'databaseUrl' | 'indexDir'>): string {
  if (config.vectorStore === 'pgvector' && config.databaseUrl) {
    try {
      return parseDatabaseUrl(config.databaseUrl).display;
    } catch {
      return redactDatabaseUrl(config.databaseUrl);
    }
  }
  return config.indexDir;
}

/** Closes every database this process opened (CLI commands call it before exiting). */
export async function closeIndexStores(): Promise<void> {
  const all = [...opened.values()];
  opened.clear();
  const closing = (async () => {
    for (const p of all) {
      const o = await p.catch(() => null);
      for (const d of o?.databases ?? []) await d.close().catch(() => undefined);
    }
  })();
  // A frozen server never answers the goodbye: do not let it hold the process.
  await Promise.race([closing, new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref())]);
}

const CLOSE_WAIT_MS = 2000;

/**
 * For a process serving searches: calls `onChange` whenever the current generation changes —
 * another replica (or this one) re-indexed — by polling `current_generation` and, where the driver
 * can, LISTENing for the build's NOTIFY. Returns null for the embedded store (one machine: the
 * process that re-indexes is the one that serves).
 */
export function watchIndexGeneration(
  store: IndexStore,
  onChange: () => void,
  opts: { intervalMs?: number; onError?: (err: unknown) => void } = {},
): { stop(): Promise<void> } | null {
  const w = store as Partial<Pick<PgIndexStore, 'watch'>>;
  return typeof w.watch === 'function' ? w.watch.call(store, () => onChange(), opts) : null;
}
