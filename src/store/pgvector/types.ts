/** Shapes and defaults of the Postgres store (beyond the {@link IndexStore} contract in `../types.ts`). */
import type { DenseHit, DenseIndex, LoadedIndex, Manifest } from '../types.js';
import type { Queryable } from './sql.js';
import { DEFAULT_EF_CONSTRUCTION, DEFAULT_M } from '../files/hnsw.js';

/**
 * The HNSW graph is built with the embedded index's M and efConstruction (16, 200). ef_search 100,
 * as the embedded index, is set per query transaction (at least the rows asked for): see
 * bench/results/2026-11-30-pgvector.json and the README table for recall@10 per ef_search.
 */
export const PG_DEFAULT_M = DEFAULT_M;
export const PG_DEFAULT_EF_CONSTRUCTION = DEFAULT_EF_CONSTRUCTION;
export const PG_DEFAULT_EF_SEARCH = 100;
/** pgvector's upper bound for hnsw.ef_search. */
export const PG_MAX_EF_SEARCH = 1000;

/** File names the embedded store hashes; the manifest records the same bytes under the same names. */
export const PARAGRAPHS_FILE = 'paragraphs.jsonl';
export const VECTORS_FILE = 'vectors.f32';

export const REBUILD = 'run `npm run index` to rebuild it';
export const REBUILD_FULL = 'rebuild it with `npm run index -- --full`';

/** Rows per INSERT (one JSON parameter each), also capped by size. */
export const INSERT_BATCH_ROWS = 500;
export const INSERT_BATCH_CHARS = 4 << 20;

export interface LexicalCandidate {
  /** Row number = index into LoadedIndex.paragraphs. */
  row: number;
  /** How many of the distinct query terms the paragraph contains. */
  matched: number;
}

/** A DenseIndex whose nearest-neighbour query can also run in the database. */
export interface AsyncDenseIndex extends DenseIndex {
  /** `ORDER BY embedding <=> $1 LIMIT k` on the generation's HNSW index; same hits shape as `search`. */
  searchAsync(vector: Float32Array, k: number): Promise<DenseHit[]>;
}

export interface PgLoadedIndex extends LoadedIndex {
  /** Generation id (index_generation.id) this process loaded. */
  generation: number;
  dense: AsyncDenseIndex | null;
  /** Candidate rows of THIS generation containing any of `terms`, most distinct terms matched first. */
  searchLexicalCandidates(terms: string[], limit: number): Promise<LexicalCandidate[]>;
}

export interface GenerationInfo {
  id: number;
  name: string;
  table: string;
  switchedAt: string | null;
}

/** How long a replaced generation stays readable (10 min: replicas poll every 5 s). */
export const DEFAULT_GRACE_SECONDS = 600;

export interface PgIndexStoreOptions {
  /** Opens the builders' connection (longer limits); default: the readers' `db`. */
  builder?: () => Promise<Queryable>;
  /** Seconds a replaced generation stays readable (default {@link DEFAULT_GRACE_SECONDS}). */
  graceSeconds?: number;
  /** Where serving warnings go (database unreachable…); default stderr. */
  warn?: (message: string) => void;
  /** Postgres schema holding the store's tables (default `newsbot`). */
  schema?: string;
  /** What LoadedIndex.dir / BuildStats.dir say: where the index lives, without credentials. */
  location?: string;
}

export interface WatchOptions {
  /** Poll `current_generation` this often (ms). Default 5000. 0 = no polling (notifications only). */
  intervalMs?: number;
  onError?: (err: unknown) => void;
}


/** The live generation's row in `current_generation` ⋈ `index_generation`. */
export interface CurrentRow {
  id: string | number;
  name: string;
  table_name: string;
  manifest: string;
  switched_at: string | Date | null;
}

/**
 * What the store's helpers (build, watch, articles) need of the store: declared here so they depend
 * on this shape, not on store.ts, which depends on them.
 */
export interface PgStoreHandle {
  readonly db: Queryable;
  readonly schema: string;
  /** quoted schema name */
  readonly s: string;
  readonly location: string;
  readonly graceSeconds: number;
  bulkDb(): Promise<Queryable>;
  ensureSchema(): Promise<unknown>;
  current(db?: Queryable): Promise<CurrentRow | null>;
  currentGeneration(): Promise<GenerationInfo | null>;
  table(name: string): string;
  where(generation: { name: string; table: string }): string;
  parseManifest(raw: string, where: string): Manifest;
}
