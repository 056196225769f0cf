/**
 * The index-store contract, implemented by the embedded (files + HNSW) store in `files/` and the
 * Postgres + pgvector store in `pgvector/`.
 */
import type { Paragraph } from '../types.js';
import type { Embedder } from '../embed/embedder.js';

export const FORMAT_VERSION = 1 as const;

export interface ManifestModel {
  id: string;
  dim: number;
  isLanguageModel: boolean;
}

export interface Manifest {
  formatVersion: 1;
  /** null: built without an embedder (lexical search only, no vector files). */
  model: ManifestModel | null;
  builtAt: string;
  buildSeconds: number;
  counts: { articles: number; paragraphs: number };
  articles: Record<string, { title: string; outlet?: string; date?: string; paragraphs: number; hash: string }>;
  /** Every data file of the generation with its size and sha256, checked at load. */
  files: Record<string, { bytes: number; sha256: string }>;
  hnsw?: { M: number; efConstruction: number; efSearch: number };
}

export interface DenseHit {
  /** Row number = index into LoadedIndex.paragraphs. */
  row: number;
  /** Cosine similarity = 1 - cosine distance (1 for an identical direction). */
  score: number;
}

export interface DenseIndex {
  dim: number;
  /** Approximate k nearest rows, best first. k larger than the index is clamped. */
  search(vector: Float32Array, k: number): DenseHit[];
  /** HNSW search breadth (higher = better recall, slower). */
  setEf(ef: number): void;
}

export interface LoadedIndex {
  /** The generation directory actually loaded (target of `current`). */
  dir: string;
  manifest: Manifest;
  paragraphs: Paragraph[];
  /** null when built without a model, or when loaded with `expectModel: null`. */
  dense: DenseIndex | null;
  /** All vectors, row-major (row i = paragraphs[i]), or null like `dense`. */
  vectors: Float32Array | null;
}

/**
 * - 'full' (default): everything 'sizes' checks + sha256 of every data file
 *   against the manifest, so no damaged byte ever reaches hnswlib's native
 *   reader. Costs one extra hash pass: measured ~0.1–0.2 s per 10k × 384
 *   index (38 MB) on a 2-CPU box, total load ~0.15–0.35 s.
 * - 'sizes': byte sizes vs the manifest, paragraph line count, vectors.f32 =
 *   rows × dim × 4, and a structural walk of the HNSW file (header fields,
 *   upper-level link lists, exact end). Catches truncation and header damage;
 *   not a same-size bit flip inside the data. Load ~0.1–0.2 s per 10k × 384.
 *   Use it for very large indexes where startup time matters.
 */
export type VerifyMode = 'full' | 'sizes';

export interface LoadOptions {
  /**
   * The model the caller will embed queries with.
   *  - undefined: no check; dense index loaded when the index has one.
   *  - `{id, dim}`: must equal the index's model, else IndexError (code 'model-mismatch').
   *  - null: the caller has no embedder; vectors are not loaded (dense = null),
   *    whatever model the index was built with.
   */
  expectModel?: { id: string; dim: number } | null;
  verify?: VerifyMode;
}

export interface HnswParams {
  M?: number;
  efConstruction?: number;
  efSearch?: number;
}

export interface BuildOptions {
  indexDir: string;
  paragraphs: Paragraph[];
  /** null: build without vectors (manifest.model = null). */
  embedder: Embedder | null;
  /** Re-embed everything instead of reusing vectors of unchanged paragraphs. */
  full?: boolean;
  /** Embedding progress: paragraphs embedded so far / to embed in this build. */
  onProgress?: (done: number, total: number) => void;
  /** HNSW graph construction progress (points added / total). */
  onHnswProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  hnsw?: HnswParams;
}

export interface BuildStats {
  /** Paragraphs whose vector was computed in this build (0 without embedder). */
  embedded: number;
  /** Paragraphs whose vector was copied from the previous generation. */
  reused: number;
  /** Paragraph ids of the previous generation that are gone. */
  removed: number;
  /**
   * Points of the previous HNSW graph kept as they were (the graph was
   * extended rather than rebuilt: unchanged or append-only corpus); 0 = rebuilt.
   */
  hnswReused: number;
  seconds: number;
  manifest: Manifest;
  /** The new generation directory. */
  dir: string;
  /** Non-fatal problems (e.g. previous generation unreadable, so nothing reused). */
  warnings: string[];
}

export type IndexErrorCode = 'missing' | 'corrupt' | 'format' | 'model-mismatch' | 'locked';

/** A problem with the index on disk. The message says what is wrong and how to fix it. */
export class IndexError extends Error {
  readonly code: IndexErrorCode;
  /** The file concerned, when there is one (absolute path). */
  readonly file?: string;
  constructor(code: IndexErrorCode, message: string, opts: { file?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'IndexError';
    this.code = code;
    if (opts.file !== undefined) this.file = opts.file;
  }
}

/** An article file as a folder holds it. */
export interface ArticleFile {
  /** File name = article id. */
  file: string;
  bytes: Uint8Array;
  /** Last modification (ms since the epoch): decides whether a changed file is newer than the stored copy. */
  mtimeMs: number;
}

export interface ArticleSyncOptions {
  /** Articles (file names) to take out of the coverage. */
  remove?: string[];
  /** Take out every article the folder lacks. */
  prune?: boolean;
}

export interface ArticleSync {
  /** New or changed files brought in. */
  imported: string[];
  /** Articles taken out (explicitly, or by prune). */
  removed: string[];
  /** Files of the folder not brought in, with the reason. */
  ignored: Array<{ file: string; reason: string }>;
  /** Puts the articles back as they were before (when the build that follows fails). */
  undo(): Promise<void>;
}

/**
 * Where a store keeps the articles themselves, when it does (Postgres: shared by every replica).
 * A re-index then builds from these, not from one replica's folder.
 */
export interface ArticleCatalog {
  /** Brings in new and changed files of a folder, never deleting for a file's absence; applies removals. */
  sync(files: ArticleFile[], opts?: ArticleSyncOptions): Promise<ArticleSync>;
  /** Every article in the coverage, by file name. */
  list(): Promise<Array<{ file: string; bytes: Uint8Array }>>;
}

/** The store interface the rest of the app depends on (the embedded files, or Postgres). */
export interface IndexStore {
  exists(): Promise<boolean>;
  load(opts?: LoadOptions): Promise<LoadedIndex>;
  build(opts: Omit<BuildOptions, 'indexDir'>): Promise<BuildStats>;
  cleanDebris(): Promise<string[]>;
  /** Present when the store, not the seeds folder, is the source of truth for articles. */
  articles?: ArticleCatalog;
}
