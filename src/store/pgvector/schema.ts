/**
 * The Postgres schema of the index store, created and migrated by the product itself.
 *
 *   <schema>.schema_version      one row per applied migration (version, description, applied_at)
 *   <schema>.index_generation    one row per committed generation: id, name, table, model, manifest
 *   <schema>.current_generation  exactly one row: the generation every reader serves
 *   <schema>.paragraphs_g<id>    one table per generation (created by a build, see below)
 *   <schema>.article             the articles themselves (file name, bytes, hash): the source of
 *                                truth every replica's re-index builds from (see `articles.ts`)
 *
 * A generation table holds row (= index into LoadedIndex.paragraphs), the paragraph as JSON text
 * exactly as the embedded store writes it, its id/article/hash, `tokens text[]` (the product's own
 * normalized, stemmed terms, `indexTerms(text)`, with a GIN index) and `embedding vector(dim)`
 * (with an HNSW index, `vector_cosine_ops`). One table per generation because the vector dimension
 * belongs to the model (an HNSW index needs a fixed one), because a query on it needs no
 * generation filter (HNSW with a WHERE clause loses candidates), and because dropping an old
 * generation is a DROP TABLE (no dead rows for VACUUM).
 *
 * Migrations run where the index is built (a build, or `npm run index -- --migrate`), inside one
 * transaction under an advisory lock, so builders starting together migrate once. Serving needs
 * no migration and no CREATE privilege: readers only SELECT (see {@link readSchemaVersion}).
 * A database migrated by a newer version of the product is refused.
 */
import { IndexError } from '../types.js';
import { ident, rowsOf, sqlState, withTransaction, type Queryable } from './sql.js';

export const DEFAULT_SCHEMA = 'newsbot';
/** NOTIFY channel on which a build announces its new generation id (real Postgres; PGlite in-process). */
export const NOTIFY_CHANNEL = 'newsbot_index_generation';
export const GENERATION_TABLE_PREFIX = 'paragraphs_g';

interface Migration {
  version: number;
  description: string;
  statements: (schema: string) => string[];
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'index generations and the current-generation pointer',
    statements: (s) => [
      `CREATE TABLE ${s}.index_generation (
         id bigserial PRIMARY KEY,
         name text NOT NULL UNIQUE,
         table_name text NOT NULL UNIQUE,
         model_id text,
         dim integer,
         paragraphs integer NOT NULL,
         manifest text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE ${s}.current_generation (
         singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
         generation bigint REFERENCES ${s}.index_generation (id),
         switched_at timestamptz
       )`,
      `INSERT INTO ${s}.current_generation (singleton, generation) VALUES (true, NULL)`,
    ],
  },
  {
    version: 2,
    description: 'articles as the source of truth; replaced generations kept for a grace period',
    statements: (s) => [
      `CREATE TABLE ${s}.article (
         file text PRIMARY KEY,
         content bytea NOT NULL,
         hash text NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now(),
         removed_at timestamptz
       )`,
      `ALTER TABLE ${s}.index_generation ADD COLUMN replaced_at timestamptz`,
    ],
  },
];

/** The schema version this code writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** A stable 63-bit-safe advisory-lock key for a purpose within a schema (FNV-1a, 32 bits). */
export function lockKey(schema: string, purpose: string): number {
  let h = 0x811c9dc5;
  for (const ch of `newsbot:${schema}:${purpose}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const NO_EXTENSION =
  'the pgvector extension is not enabled in this database and could not be enabled from here: the server needs pgvector ' +
  'installed (e.g. the postgresql-16-pgvector package or the pgvector/pgvector image), then run `CREATE EXTENSION vector;` once as a superuser';

async function ensureVectorExtension(db: Queryable): Promise<void> {
  const have = rowsOf<{ ok: number }>(await db.query(`SELECT 1 AS ok FROM pg_extension WHERE extname = 'vector'`));
  if (have.length > 0) return;
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS vector');
  } catch (err) {
    const again = rowsOf<{ ok: number }>(await db.query(`SELECT 1 AS ok FROM pg_extension WHERE extname = 'vector'`));
    if (again.length > 0) return; // created by a replica starting at the same moment
    throw new Error(`${NO_EXTENSION} (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
}

/**
 * Creates the schema or brings it up to {@link SCHEMA_VERSION}. Idempotent; safe to run from
 * several processes at once. Returns the version found before migrating (0 = new database).
 */
export async function migrate(db: Queryable, schema: string = DEFAULT_SCHEMA): Promise<{ from: number; to: number }> {
  await ensureVectorExtension(db);
  const s = ident(schema);
  return withTransaction(db, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(schema, 'migrate')]);
    // Only when missing: a builder role owning an existing schema needs no CREATE on the database.
    const [has] = rowsOf<{ ok: number }>(await tx.query('SELECT 1 AS ok FROM pg_namespace WHERE nspname = $1', [schema]));
    if (!has) await tx.query(`CREATE SCHEMA ${s}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_version (
         version integer PRIMARY KEY,
         description text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const [row] = rowsOf<{ v: number | null }>(await tx.query(`SELECT max(version) AS v FROM ${s}.schema_version`));
    const from = Number(row?.v ?? 0);
    if (from > SCHEMA_VERSION) throw newerSchema(schema, from);
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      for (const sql of m.statements(s)) await tx.query(sql);
      await tx.query(`INSERT INTO ${s}.schema_version (version, description) VALUES ($1, $2)`, [m.version, m.description]);
    }
    return { from, to: SCHEMA_VERSION };
  });
}

/**
 * The schema version found, read-only (no CREATE needed): 0 when the store's tables do not exist
 * yet. Refuses a database migrated by a newer program.
 */
export async function readSchemaVersion(db: Queryable, schema: string = DEFAULT_SCHEMA): Promise<number> {
  let v: number;
  try {
    const [row] = rowsOf<{ v: number | null }>(await db.query(`SELECT max(version) AS v FROM ${ident(schema)}.schema_version`));
    v = Number(row?.v ?? 0);
  } catch (err) {
    if (isUndefinedTable(err)) return 0;
    throw err;
  }
  if (v > SCHEMA_VERSION) throw newerSchema(schema, v);
  return v;
}

/** SQLSTATE 42P01 (undefined table) or 3F000 (undefined schema): the store's tables are not there. */
export function isUndefinedTable(err: unknown): boolean {
  const code = sqlState(err);
  return code === '42P01' || code === '3F000';
}

function newerSchema(schema: string, from: number): IndexError {
  return new IndexError(
    'format',
    `the database schema ${schema} is at version ${from}, newer than this program understands (${SCHEMA_VERSION}); ` +
      'upgrade the program, or point DATABASE_URL at another database',
  );
}

export interface HnswBuildParams {
  M: number;
  efConstruction: number;
}

/** DDL of one generation's table (without its indexes: those are built after the bulk load). */
export function generationTableSql(schema: string, table: string, dim: number | null): string {
  return `CREATE TABLE ${ident(schema)}.${ident(table)} (
    "row" integer PRIMARY KEY,
    id text NOT NULL,
    article_id text NOT NULL,
    hash text NOT NULL,
    data text NOT NULL,
    tokens text[] NOT NULL${dim === null ? '' : `,\n    embedding vector(${Math.trunc(dim)}) NOT NULL`}
  )`;
}

/** The indexes of a generation table: GIN over tokens; HNSW (cosine) over embeddings when there are any. */
export function generationIndexSql(schema: string, table: string, dim: number | null, hnsw: HnswBuildParams): string[] {
  const t = `${ident(schema)}.${ident(table)}`;
  const out = [`CREATE INDEX ${ident(`${table}_tokens`)} ON ${t} USING gin (tokens)`];
  if (dim !== null) {
    out.push(
      `CREATE INDEX ${ident(`${table}_embedding`)} ON ${t} USING hnsw (embedding vector_cosine_ops) ` +
        `WITH (m = ${Math.trunc(hnsw.M)}, ef_construction = ${Math.trunc(hnsw.efConstruction)})`,
    );
  }
  return out;
}
