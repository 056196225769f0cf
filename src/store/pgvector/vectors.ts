/**
 * Vectors in and out of pgvector, bit for bit, and the generation's dense index: `searchAsync()` runs
 * `ORDER BY embedding <=> $1 LIMIT k` on the HNSW index; `search()` (synchronous, as `DenseIndex`
 * requires) is an exact in-memory scan of the loaded vectors.
 */
import { createHash } from 'node:crypto';
import { toSql } from 'pgvector';
import type { DenseHit } from '../types.js';

const WARN_EVERY_MS = 30_000;
import { rowsOf, sqlState, withTransaction, type Queryable } from './sql.js';
import { PG_MAX_EF_SEARCH, type AsyncDenseIndex } from './types.js';

/* ------------------------------------------------------------------------- */

/**
 * pgvector's text input for a vector. Nine significant digits identify a float32 exactly (FLT_DECIMAL_DIG),
 * and Postgres parses them with strtof: the stored values are the embedder's floats bit for bit, in about
 * half the text of the doubles' full digits.
 */
export function vectorParam(v: Float32Array): string {
  return toSql(Array.from(v, (x) => Number(x.toPrecision(9)))) as string;
}

/**
 * Decodes `vector_send(embedding)` (pgvector's binary form: int16 dim, int16 unused, dim × float4,
 * big-endian). Binary, not text, so the floats come back bit for bit.
 */
export function decodeVectorSend(raw: unknown, dim: number, into: Float32Array, offset: number): void {
  if (!(raw instanceof Uint8Array)) throw new Error('vector_send did not return bytes');
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const d = view.getUint16(0);
  if (d !== dim || raw.byteLength !== 4 + 4 * dim) throw new Error(`stored vector has ${d} dimensions, expected ${dim}`);
  for (let i = 0; i < dim; i++) into[offset + i] = view.getFloat32(4 + 4 * i);
}


export function sha256(chunks: Iterable<Uint8Array | string>): { bytes: number; sha256: string } {
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
export class ExactScan {
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

export class PgDenseIndex implements AsyncDenseIndex {
  private ef: number;
  private readonly exact: ExactScan | null;
  constructor(
    private readonly db: Queryable,
    private readonly qualifiedTable: string,
    readonly dim: number,
    private readonly count: number,
    vectors: Float32Array | null,
    efSearch: number,
    private readonly warn: (message: string) => void = () => {},
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
    }).catch((err: unknown) => this.fallback(err));
    return rows ? rows.map((r) => ({ row: Number(r.row), score: 1 - Number(r.d) })) : this.exact ? this.exact.search(vector, limit) : [];
  }

  private lastWarning = 0;

  /**
   * The database cannot answer (down, frozen past the query timeout, generation dropped): the
   * question is still answered, from the vectors in memory when this process loaded them, else
   * from the lexical index alone (no dense hits). Logged at most every 30 s.
   */
  private fallback(err: unknown): null {
    const why =
      sqlState(err) === '42P01' ? 'the index generation this process loaded has been replaced and removed' : `the database did not answer (${(err as Error)?.message ?? String(err)})`;
    if (Date.now() - this.lastWarning > WARN_EVERY_MS) {
      this.lastWarning = Date.now();
      this.warn(`${why}; answering from the ${this.exact ? 'index in memory' : 'lexical index in memory'} until it does`);
    }
    return null;
  }

  setEf(ef: number): void {
    this.ef = Math.max(1, Math.min(PG_MAX_EF_SEARCH, Math.trunc(ef)));
  }
}

