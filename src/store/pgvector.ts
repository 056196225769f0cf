/**
 * The Postgres + pgvector index store: the same {@link IndexStore} contract as the embedded store
 * (`src/index/store.ts`), kept in a database that several bot replicas share.
 *
 * Layout: see `schema.ts`. One table per generation; `current_generation` names the live one.
 *
 * Build: the previous generation's vectors are reused for unchanged paragraphs (by paragraph
 * hash), the rest embedded — all before any write. Then ONE transaction creates the generation's
 * table, bulk-loads it (paragraph JSON, `indexTerms()` tokens, vectors), builds its GIN and HNSW
 * indexes, records the generation and switches `current_generation` to it with one UPDATE (plus a
 * NOTIFY). Readers never see a half-built generation: until COMMIT the table does not exist for
 * them; after it, everything does. A failure anywhere rolls everything back (DDL is transactional
 * in Postgres), so the previous generation keeps serving and no debris is left. Old generations
 * are dropped right after the switch.
 *
 * Load: paragraphs (and, unless the caller has no embedder, vectors) of the current generation,
 * checked against the manifest (counts; sha256 of the same bytes the embedded store hashes).
 * `dense.searchAsync()` runs `ORDER BY embedding <=> $1 LIMIT k` on the HNSW index;
 * `dense.search()` (synchronous, as `DenseIndex` requires) is an exact in-memory scan of the loaded
 * vectors. `searchLexicalCandidates()` finds candidate rows with the GIN index (`tokens && $1`).
 */
import { createHash } from 'node:crypto';
import { toSql } from 'pgvector';
import type { Paragraph } from '../types.js';
import { indexTerms } from '../text/tokenize.js';
import {
  FORMAT_VERSION,
  IndexError,
  type BuildOptions,
  type BuildStats,
  type DenseHit,
  type DenseIndex,
  type IndexStore,
  type LoadedIndex,
  type LoadOptions,
  type Manifest,
  type VerifyMode,
} from '../index/types.js';
import {
  DEFAULT_SCHEMA,
  GENERATION_TABLE_PREFIX,
  NOTIFY_CHANNEL,
  generationIndexSql,
  generationTableSql,
  lockKey,
  migrate,
} from './schema.js';
import { embedMissing, reuseKey } from '../index/embed-missing.js';
import { buildArticles, f32ToLEBytes, isObj, jsonlChunks, newGenName } from '../index/generation-data.js';
import { ident, rowsOf, sqlState, withTransaction, type Queryable } from './sql.js';

/** pgvector's HNSW defaults for m / ef_construction; ef_search raised so the engine's 100 candidates come back. */
export const PG_DEFAULT_M = 16;
export const PG_DEFAULT_EF_CONSTRUCTION = 64;
export const PG_DEFAULT_EF_SEARCH = 100;
/** pgvector's upper bound for hnsw.ef_search. */
const PG_MAX_EF_SEARCH = 1000;

/** File names the embedded store hashes; the manifest records the same bytes under the same names. */
const PARAGRAPHS_FILE = 'paragraphs.jsonl';
const VECTORS_FILE = 'vectors.f32';

const REBUILD = 'run `npm run index` to rebuild it';
const REBUILD_FULL = 'rebuild it with `npm run index -- --full`';

/** Rows per INSERT (one JSON parameter each), also capped by size. */
const INSERT_BATCH_ROWS = 500;
const INSERT_BATCH_CHARS = 4 << 20;

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

export interface PgIndexStoreOptions {
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

/* ------------------------------------------------------------------------- */
/* vectors                                                                    */
/* ------------------------------------------------------------------------- */

/**
 * pgvector's text input for a vector. Nine significant digits identify a float32 exactly (FLT_DECIMAL_DIG),
 * and Postgres parses them with strtof: the stored values are the embedder's floats bit for bit, in about
 * half the text of the doubles' full digits.
 */
function vectorParam(v: Float32Array): string {
  return toSql(Array.from(v, (x) => Number(x.toPrecision(9)))) as string;
}

/**
 * Decodes `vector_send(embedding)` (pgvector's binary form: int16 dim, int16 unused, dim × float4,
 * big-endian). Binary, not text, so the floats come back bit for bit.
 */
function decodeVectorSend(raw: unknown, dim: number, into: Float32Array, offset: number): void {
  if (!(raw instanceof Uint8Array)) throw new Error('vector_send did not return bytes');
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const d = view.getUint16(0);
  if (d !== dim || raw.byteLength !== 4 + 4 * dim) throw new Error(`stored vector has ${d} dimensions, expected ${dim}`);
  for (let i = 0; i < dim; i++) into[offset + i] = view.getFloat32(4 + 4 * i);
}


function sha256(chunks: Iterable<Uint8Array | string>): { bytes: number; sha256: string } {
  const h = createHash('sha256');
  let bytes = 0;
  for (const c of chunks) {
    const b = typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
    h.update(b);
    bytes += b.byteLength;
  }
  return { bytes, sha256: h.digest('hex') };
}


/** Exact cosine top-k over row-major vectors (the synchronous DenseIndex.search). */
class ExactScan {
  private norms: Float32Array | null = null;
  constructor(
    private readonly vectors: Float32Array,
    private readonly dim: number,
    private readonly count: number,
  ) {}

  search(q: Float32Array, k: number): DenseHit[] {
    const { vectors, dim, count } = this;
    if (count === 0 || k <= 0) return [];
    if (!this.norms) {
      const norms = new Float32Array(count);
      for (let r = 0; r < count; r++) {
        let s = 0;
        for (let d = 0, o = r * dim; d < dim; d++, o++) s += vectors[o]! * vectors[o]!;
        norms[r] = Math.sqrt(s);
      }
      this.norms = norms;
    }
    let qn = 0;
    for (let d = 0; d < dim; d++) qn += q[d]! * q[d]!;
    qn = Math.sqrt(qn);
    const scores = new Float64Array(count);
    for (let r = 0; r < count; r++) {
      let dot = 0;
      for (let d = 0, o = r * dim; d < dim; d++, o++) dot += q[d]! * vectors[o]!;
      const denom = qn * this.norms[r]!;
      scores[r] = denom > 0 ? dot / denom : 0;
    }
    const rows = Array.from({ length: count }, (_, i) => i);
    rows.sort((a, b) => scores[b]! - scores[a]! || a - b);
    return rows.slice(0, Math.min(k, count)).map((row) => ({ row, score: scores[row]! }));
  }
}

class PgDenseIndex implements AsyncDenseIndex {
  private ef: number;
  private readonly exact: ExactScan | null;
  constructor(
    private readonly db: Queryable,
    private readonly qualifiedTable: string,
    readonly dim: number,
    private readonly count: number,
    vectors: Float32Array | null,
    efSearch: number,
  ) {
    this.ef = efSearch;
    this.exact = vectors ? new ExactScan(vectors, dim, count) : null;
  }

  search(vector: Float32Array, k: number): DenseHit[] {
    if (!this.exact) throw new Error('vectors are not loaded in this process: use searchAsync');
    return this.exact.search(vector, k);
  }

  async searchAsync(vector: Float32Array, k: number): Promise<DenseHit[]> {
    const limit = Math.min(Math.max(0, Math.trunc(k)), this.count);
    if (limit === 0) return [];
    if (vector.length !== this.dim) throw new Error(`query vector has ${vector.length} dimensions, the index ${this.dim}`);
    const ef = Math.min(PG_MAX_EF_SEARCH, Math.max(this.ef, limit));
    const rows = await withTransaction(this.db, async (tx) => {
      await tx.query(`SET LOCAL hnsw.ef_search = ${ef}`);
      return rowsOf<{ row: number; d: number }>(
        await tx.query(
          `SELECT "row", (embedding <=> $1::vector) AS d FROM ${this.qualifiedTable} ORDER BY embedding <=> $1::vector LIMIT $2`,
          [vectorParam(vector), limit],
        ),
      );
    }).catch((err: unknown) => {
      if (sqlState(err) === '42P01') {
        throw new IndexError('missing', 'the index generation this process loaded has been replaced and removed; reload the index', { cause: err });
      }
      throw err;
    });
    return rows.map((r) => ({ row: Number(r.row), score: 1 - Number(r.d) }));
  }

  setEf(ef: number): void {
    this.ef = Math.max(1, Math.min(PG_MAX_EF_SEARCH, Math.trunc(ef)));
  }
}

/* ------------------------------------------------------------------------- */
/* the store                                                                  */
/* ------------------------------------------------------------------------- */




interface CurrentRow {
  id: string | number;
  name: string;
  table_name: string;
  manifest: string;
  switched_at: string | Date | null;
}

export class PgIndexStore implements IndexStore {
  readonly schema: string;
  readonly location: string;
  private readonly s: string;
  private ready: Promise<unknown> | null = null;

  constructor(
    readonly db: Queryable,
    opts: PgIndexStoreOptions = {},
  ) {
    this.schema = opts.schema ?? DEFAULT_SCHEMA;
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.schema)) throw new Error(`bad schema name "${this.schema}" (lower-case letters, digits, _)`);
    this.s = ident(this.schema);
    this.location = opts.location ?? 'postgres';
  }

  /** Creates or migrates the schema once per store object (retried after a failure). */
  ensureSchema(): Promise<unknown> {
    if (!this.ready) {
      this.ready = migrate(this.db, this.schema).catch((err: unknown) => {
        this.ready = null;
        throw err;
      });
    }
    return this.ready;
  }

  private table(name: string): string {
    return `${this.s}.${ident(name)}`;
  }

  private where(generation: { name: string; table: string }): string {
    return `${this.location}#${this.schema}.${generation.table} (${generation.name})`;
  }

  private async current(db: Queryable = this.db): Promise<CurrentRow | null> {
    const [row] = rowsOf<CurrentRow>(
      await db.query(
        `SELECT g.id, g.name, g.table_name, g.manifest, c.switched_at
           FROM ${this.s}.current_generation c JOIN ${this.s}.index_generation g ON g.id = c.generation`,
      ),
    );
    return row ?? null;
  }

  async exists(): Promise<boolean> {
    await this.ensureSchema();
    return (await this.current()) !== null;
  }

  /** The generation every reader should serve now (one-row query; cheap enough to poll). */
  async currentGeneration(): Promise<GenerationInfo | null> {
    await this.ensureSchema();
    const [row] = rowsOf<{ id: string | number; name: string; table_name: string; switched_at: string | Date | null }>(
      await this.db.query(
        `SELECT g.id, g.name, g.table_name, c.switched_at
           FROM ${this.s}.current_generation c JOIN ${this.s}.index_generation g ON g.id = c.generation`,
      ),
    );
    if (!row) return null;
    const at = row.switched_at;
    return { id: Number(row.id), name: row.name, table: row.table_name, switchedAt: at == null ? null : at instanceof Date ? at.toISOString() : String(at) };
  }

  private parseManifest(raw: string, where: string): Manifest {
    const bad = (what: string) => new IndexError('corrupt', `the manifest of ${where} is corrupt (${what}); ${REBUILD}`);
    let m: unknown;
    try {
      m = JSON.parse(raw);
    } catch {
      throw bad('not valid JSON');
    }
    if (!isObj(m)) throw bad('not an object');
    if (m['formatVersion'] !== FORMAT_VERSION) {
      throw new IndexError('format', `the index in ${where} has format version ${String(m['formatVersion'])}, this program reads ${FORMAT_VERSION}; ${REBUILD_FULL}`);
    }
    const counts = m['counts'];
    if (!isObj(counts) || !Number.isInteger(counts['paragraphs']) || !Number.isInteger(counts['articles'])) throw bad('counts');
    const model = m['model'];
    if (model !== null && (!isObj(model) || typeof model['id'] !== 'string' || !Number.isInteger(model['dim']))) throw bad('model');
    if (!isObj(m['files']) || !isObj(m['articles'])) throw bad('files/articles');
    return m as unknown as Manifest;
  }

  async load(opts: LoadOptions = {}): Promise<PgLoadedIndex> {
    await this.ensureSchema();
    // A concurrent build may drop the generation between reading the pointer and its table: retry.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.loadOnce(opts);
      } catch (err) {
        if (sqlState(err) !== '42P01' || attempt >= 3) throw err;
      }
    }
  }

  private async loadOnce(opts: LoadOptions): Promise<PgLoadedIndex> {
    const verify: VerifyMode = opts.verify ?? 'full';
    const expect = opts.expectModel;
    const got = await withTransaction(this.db, async (tx) => {
      const cur = await this.current(tx);
      if (!cur) {
        throw new IndexError('missing', `no index found in ${this.location} (schema ${this.schema}); run \`npm run index\` to build it`);
      }
      const where = this.where({ name: cur.name, table: cur.table_name });
      const manifest = this.parseManifest(cur.manifest, where);
      if (expect) {
        const have = manifest.model;
        if (!have) {
          throw new IndexError(
            'model-mismatch',
            `the index in ${where} was built without embeddings, but model ${expect.id} (dim ${expect.dim}) is configured; ${REBUILD_FULL}`,
          );
        }
        if (have.id !== expect.id || have.dim !== expect.dim) {
          throw new IndexError(
            'model-mismatch',
            `the index was built with model ${have.id} (dim ${have.dim}) but ${expect.id} (dim ${expect.dim}) is configured; ` +
              `${REBUILD_FULL} (or set EMBEDDING_MODEL=${have.id})`,
          );
        }
      }
      const t = this.table(cur.table_name);
      const prows = rowsOf<{ row: number; data: string }>(await tx.query(`SELECT "row", data FROM ${t} ORDER BY "row"`));
      const model = manifest.model;
      let raw: Array<{ e: unknown }> | null = null;
      if (model && expect !== null) raw = rowsOf<{ e: unknown }>(await tx.query(`SELECT vector_send(embedding) AS e FROM ${t} ORDER BY "row"`));
      return { cur, where, manifest, prows, raw, t };
    });
    const { cur, where, manifest, prows, raw, t } = got;

    const n = manifest.counts.paragraphs;
    if (prows.length !== n) throw new IndexError('corrupt', `${where} holds ${prows.length} paragraphs, its manifest says ${n}; ${REBUILD}`);
    const lines: string[] = new Array(n);
    const paragraphs: Paragraph[] = new Array(n);
    prows.forEach((r, i) => {
      if (Number(r.row) !== i) throw new IndexError('corrupt', `${where} is missing paragraph row ${i}; ${REBUILD}`);
      lines[i] = r.data;
      try {
        paragraphs[i] = JSON.parse(r.data) as Paragraph;
      } catch {
        throw new IndexError('corrupt', `paragraph row ${i} of ${where} is not valid JSON; ${REBUILD}`);
      }
    });
    if (verify === 'full') {
      const got = sha256(jsonlChunks(lines));
      const want = manifest.files[PARAGRAPHS_FILE];
      if (!want || got.sha256 !== want.sha256 || got.bytes !== want.bytes) {
        throw new IndexError('corrupt', `the paragraphs of ${where} differ from its manifest (sha256); ${REBUILD}`);
      }
    }

    let vectors: Float32Array | null = null;
    let dense: AsyncDenseIndex | null = null;
    const model = manifest.model;
    if (model && raw) {
      if (raw.length !== n) throw new IndexError('corrupt', `${where} holds ${raw.length} vectors for ${n} paragraphs; ${REBUILD}`);
      vectors = new Float32Array(n * model.dim);
      try {
        raw.forEach((r, i) => decodeVectorSend(r.e, model.dim, vectors!, i * model.dim));
      } catch (err) {
        throw new IndexError('corrupt', `the vectors of ${where} are damaged (${(err as Error).message}); ${REBUILD}`, { cause: err });
      }
      if (verify === 'full') {
        const got = sha256([f32ToLEBytes(vectors)]);
        if (got.sha256 !== manifest.files[VECTORS_FILE]?.sha256) {
          throw new IndexError('corrupt', `the vectors of ${where} differ from its manifest (sha256); ${REBUILD}`);
        }
      }
      dense = new PgDenseIndex(this.db, t, model.dim, n, vectors, manifest.hnsw?.efSearch ?? PG_DEFAULT_EF_SEARCH);
    }
    const generation = Number(cur.id);
    return {
      dir: where,
      manifest,
      paragraphs,
      dense,
      vectors,
      generation,
      searchLexicalCandidates: (terms, limit) => this.lexicalCandidates(t, terms, limit),
    };
  }

  /**
   * Candidate rows of the current generation whose tokens (`indexTerms(text)`) contain any of
   * `terms` (normalized, stemmed the same way) — `tokens && terms`, found with the GIN index; most
   * distinct terms matched first, then row order.
   */
  async searchLexicalCandidates(terms: string[], limit: number): Promise<LexicalCandidate[]> {
    await this.ensureSchema();
    const cur = await this.currentGeneration();
    if (!cur) throw new IndexError('missing', `no index found in ${this.location} (schema ${this.schema}); run \`npm run index\` to build it`);
    return this.lexicalCandidates(this.table(cur.table), terms, limit);
  }

  private async lexicalCandidates(qualifiedTable: string, terms: string[], limit: number): Promise<LexicalCandidate[]> {
    const distinct = [...new Set(terms.filter((x) => typeof x === 'string' && x.length > 0))];
    const lim = Math.max(0, Math.trunc(limit));
    if (distinct.length === 0 || lim === 0) return [];
    // One GIN probe per term (`tokens @> ARRAY[term]`), counted per row: cheaper than unnesting the
    // tokens of every row that shares a common word (measured ~6x faster at 10k paragraphs).
    const rows = rowsOf<{ row: number; matched: number | string }>(
      await this.db.query(
        `SELECT t."row", count(*) AS matched
           FROM unnest($1::text[]) AS q(term)
           JOIN ${qualifiedTable} AS t ON t.tokens @> ARRAY[q.term]
          GROUP BY t."row"
          ORDER BY matched DESC, t."row"
          LIMIT $2`,
        [distinct, lim],
      ),
    );
    return rows.map((r) => ({ row: Number(r.row), matched: Number(r.matched) }));
  }

  async build(opts: Omit<BuildOptions, 'indexDir'>): Promise<BuildStats> {
    const t0 = performance.now();
    const { paragraphs, embedder, signal } = opts;
    signal?.throwIfAborted();
    await this.ensureSchema();
    const warnings: string[] = [];

    // The live generation: what is reused, and what `removed` counts against.
    const prev = await this.current();
    let prevManifest: Manifest | null = null;
    let prevIds: string[] = [];
    if (prev) {
      try {
        prevManifest = this.parseManifest(prev.manifest, this.where({ name: prev.name, table: prev.table_name }));
        prevIds = rowsOf<{ id: string }>(await this.db.query(`SELECT id FROM ${this.table(prev.table_name)}`)).map((r) => r.id);
      } catch (err) {
        warnings.push(`previous index not reusable: ${err instanceof Error ? err.message : String(err)}`);
        prevManifest = null;
      }
    }
    const newIds = new Set(paragraphs.map((p) => p.id));
    const removed = new Set(prevIds.filter((id) => !newIds.has(id))).size;

    const M = opts.hnsw?.M ?? PG_DEFAULT_M;
    const efConstruction = opts.hnsw?.efConstruction ?? PG_DEFAULT_EF_CONSTRUCTION;
    const efSearch = opts.hnsw?.efSearch ?? PG_DEFAULT_EF_SEARCH;
    const n = paragraphs.length;
    let embedded = 0;
    let reused = 0;
    let model: Manifest['model'] = null;
    let vectors: Float32Array | null = null;

    if (embedder) {
      const dim = embedder.dim;
      model = { id: embedder.modelId, dim, isLanguageModel: embedder.isLanguageModel };
      vectors = new Float32Array(n * dim);
      const have = new Array<boolean>(n).fill(false);
      const pm = prevManifest?.model;
      if (prev && prevManifest && !opts.full && pm && pm.id === embedder.modelId && pm.dim === dim) {
        try {
          const wanted = [...new Set(paragraphs.map(reuseKey).filter((k): k is string => k !== null))];
          const old = new Map<string, Float32Array>();
          if (wanted.length > 0) {
            const rows = rowsOf<{ hash: string; e: unknown }>(
              await this.db.query(
                `SELECT DISTINCT ON (hash) hash, vector_send(embedding) AS e FROM ${this.table(prev.table_name)} WHERE hash = ANY($1::text[]) ORDER BY hash, "row"`,
                [wanted],
              ),
            );
            for (const r of rows) {
              const v = new Float32Array(dim);
              decodeVectorSend(r.e, dim, v, 0);
              old.set(r.hash, v);
            }
          }
          paragraphs.forEach((p, i) => {
            const k = reuseKey(p);
            const v = k === null ? undefined : old.get(k);
            if (!v) return;
            vectors!.set(v, i * dim);
            have[i] = true;
            reused++;
          });
        } catch (err) {
          warnings.push(`previous vectors not reusable, embedding everything: ${err instanceof Error ? err.message : String(err)}`);
          have.fill(false);
          reused = 0;
        }
      }

      // Embed the rest; identical texts (same hash) are embedded once.
      embedded += await embedMissing({ paragraphs, have, vectors: vectors!, embedder, onProgress: opts.onProgress, signal });
    }
    signal?.throwIfAborted();

    // Everything that goes into the generation, computed before the transaction opens.
    const lines = paragraphs.map((p) => JSON.stringify(p));
    const files: Manifest['files'] = { [PARAGRAPHS_FILE]: sha256(jsonlChunks(lines)) };
    if (vectors && model) files[VECTORS_FILE] = sha256([f32ToLEBytes(vectors)]);
    const articles = buildArticles(paragraphs);
    const manifest: Manifest = {
      formatVersion: FORMAT_VERSION,
      model,
      builtAt: new Date().toISOString(),
      buildSeconds: 0,
      counts: { articles: Object.keys(articles).length, paragraphs: n },
      articles,
      files,
      ...(model ? { hnsw: { M, efConstruction, efSearch } } : {}),
    };
    const name = newGenName();
    const dim = model?.dim ?? null;

    const generation = await withTransaction(this.db, async (tx) => {
      const [lock] = rowsOf<{ ok: boolean }>(await tx.query('SELECT pg_try_advisory_xact_lock($1::bigint) AS ok', [lockKey(this.schema, 'build')]));
      if (!lock?.ok) {
        throw new IndexError('locked', `another index build is writing to ${this.location} (schema ${this.schema}) right now; try again when it has finished`);
      }
      const [seq] = rowsOf<{ id: string | number }>(
        await tx.query(`SELECT nextval(pg_get_serial_sequence($1, 'id')) AS id`, [`${this.s}.index_generation`]),
      );
      const id = Number(seq!.id);
      const table = `${GENERATION_TABLE_PREFIX}${id}`;
      await tx.query(generationTableSql(this.schema, table, dim));
      const t = this.table(table);
      const cols = `"row", id, article_id, hash, data, tokens${dim === null ? '' : ', embedding'}`;
      const insert =
        `INSERT INTO ${t} (${cols}) ` +
        `SELECT (r->>'r')::integer, r->>'i', r->>'a', r->>'h', r->>'p', ` +
        `ARRAY(SELECT x FROM jsonb_array_elements_text(r->'t') WITH ORDINALITY AS e(x, o) ORDER BY o)` +
        `${dim === null ? '' : `, (r->>'e')::vector`} ` +
        `FROM jsonb_array_elements($1::jsonb) AS r`;
      let batch: string[] = [];
      let chars = 0;
      let written = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        await tx.query(insert, [`[${batch.join(',')}]`]);
        written += batch.length;
        batch = [];
        chars = 0;
        opts.onHnswProgress?.(written, n);
        signal?.throwIfAborted();
      };
      opts.onHnswProgress?.(0, n);
      for (let i = 0; i < n; i++) {
        const p = paragraphs[i]!;
        const rec: Record<string, unknown> = { r: i, i: p.id, a: p.articleId, h: p.hash ?? '', p: lines[i], t: indexTerms(p.text) };
        if (vectors && dim !== null) rec['e'] = vectorParam(vectors.subarray(i * dim, (i + 1) * dim));
        const json = JSON.stringify(rec);
        batch.push(json);
        chars += json.length;
        if (batch.length >= INSERT_BATCH_ROWS || chars >= INSERT_BATCH_CHARS) await flush();
      }
      await flush();
      for (const sql of generationIndexSql(this.schema, table, dim, { M, efConstruction })) await tx.query(sql);
      await tx.query(`ANALYZE ${t}`); // planner statistics, so term probes use the GIN index
      signal?.throwIfAborted();

      manifest.buildSeconds = Math.round((performance.now() - t0) / 10) / 100;
      await tx.query(
        `INSERT INTO ${this.s}.index_generation (id, name, table_name, model_id, dim, paragraphs, manifest) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, name, table, model?.id ?? null, dim, n, JSON.stringify(manifest)],
      );
      // The switch: one UPDATE of the one row every reader follows.
      await tx.query(`UPDATE ${this.s}.current_generation SET generation = $1, switched_at = now()`, [id]);
      await tx.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, String(id)]);
      return { id, table };
    });

    try {
      await this.dropOldGenerations();
    } catch (err) {
      warnings.push(`could not remove old generations (the next build will): ${err instanceof Error ? err.message : String(err)}`);
    }
    return {
      embedded,
      reused,
      removed,
      hnswReused: 0,
      seconds: Math.round((performance.now() - t0) / 10) / 100,
      manifest,
      dir: this.where({ name, table: generation.table }),
      warnings,
    };
  }

  /** Drops every generation but the current one; returns the dropped table names. */
  private async dropOldGenerations(): Promise<string[]> {
    return withTransaction(this.db, async (tx) => {
      // Locks the pointer: a build switching at this moment waits, so its generation is never dropped.
      const [cur] = rowsOf<{ generation: string | number | null }>(await tx.query(`SELECT generation FROM ${this.s}.current_generation FOR UPDATE`));
      const current = cur?.generation == null ? null : Number(cur.generation);
      await tx.query(`SET LOCAL lock_timeout = '10s'`);
      const old = rowsOf<{ id: string | number; table_name: string }>(
        await tx.query(`SELECT id, table_name FROM ${this.s}.index_generation WHERE $1::bigint IS NULL OR id <> $1::bigint ORDER BY id`, [current]),
      );
      const dropped: string[] = [];
      for (const g of old) {
        await tx.query(`DROP TABLE IF EXISTS ${this.table(g.table_name)}`);
        await tx.query(`DELETE FROM ${this.s}.index_generation WHERE id = $1`, [Number(g.id)]);
        dropped.push(g.table_name);
      }
      // Generation tables no generation row names (left by hand or by an older program).
      const orphans = rowsOf<{ table_name: string }>(
        await tx.query(
          `SELECT t.table_name FROM information_schema.tables t
            WHERE t.table_schema = $1 AND t.table_name LIKE $2
              AND NOT EXISTS (SELECT 1 FROM ${this.s}.index_generation g WHERE g.table_name = t.table_name)`,
          [this.schema, `${GENERATION_TABLE_PREFIX}%`],
        ),
      );
      for (const o of orphans) {
        await tx.query(`DROP TABLE IF EXISTS ${this.table(o.table_name)}`);
        dropped.push(o.table_name);
      }
      return dropped.sort();
    });
  }

  async cleanDebris(): Promise<string[]> {
    await this.ensureSchema();
    return this.dropOldGenerations();
  }

  /**
   * Calls `onChange` when the current generation changes (another replica, or this one, re-indexed).
   * Polls `current_generation` every `intervalMs`; also LISTENs on {@link NOTIFY_CHANNEL} where the
   * driver can (PGlite: `listen`; a `pg.Pool`: one dedicated client), so a switch is seen at once.
   */
  watch(onChange: (generation: GenerationInfo | null) => void, opts: WatchOptions = {}): { stop(): Promise<void> } {
    const intervalMs = opts.intervalMs ?? 5000;
    const onError = opts.onError ?? (() => undefined);
    let last: number | null | undefined;
    let stopped = false;
    let checking: Promise<void> | null = null;
    const check = (): Promise<void> => {
      if (stopped) return Promise.resolve();
      checking ??= (async () => {
        try {
          const g = await this.currentGeneration();
          const id = g?.id ?? null;
          if (last !== undefined && id !== last && !stopped) onChange(g);
          last = id;
        } catch (err) {
          onError(err);
        } finally {
          checking = null;
        }
      })();
      return checking;
    };
    void check();
    const timer = intervalMs > 0 ? setInterval(() => void check(), intervalMs) : null;
    timer?.unref();

    let unlisten: (() => Promise<void>) | null = null;
    const db = this.db as Queryable & {
      listen?: (channel: string, cb: (payload: string) => void) => Promise<() => Promise<void>>;
      connect?: () => Promise<Queryable & { release(err?: Error | boolean): void; on?(ev: string, cb: (...a: unknown[]) => void): void }>;
      idleCount?: number;
    };
    void (async () => {
      try {
        if (typeof db.listen === 'function') {
          const off = await db.listen(NOTIFY_CHANNEL, () => void check());
          if (stopped) await off();
          else unlisten = off;
        } else if (typeof db.connect === 'function' && typeof db.idleCount === 'number') {
          const client = await db.connect();
          let released = false;
          const release = (err?: Error) => {
            if (!released) {
              released = true;
              client.release(err ?? true);
            }
          };
          client.on?.('notification', () => void check());
          client.on?.('error', (err) => {
            onError(err);
            release(err instanceof Error ? err : new Error(String(err)));
          });
          await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
          if (stopped) release();
          else unlisten = async () => release();
        }
      } catch (err) {
        onError(err); // polling still works
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        if (timer) clearInterval(timer);
        await checking;
        await unlisten?.().catch(() => undefined);
      },
    };
  }
}
