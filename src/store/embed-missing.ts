/**
 * The embedding step both stores share: paragraphs whose vector could not be reused are embedded
 * in chunks (identical texts once), checked, and written into the generation's vector array.
 */
import type { Embedder } from '../embed/embedder.js';
import type { Paragraph } from '../types.js';

/** Vector reuse key: the paragraph hash; an empty hash is never reused. */
export function reuseKey(p: Paragraph): string | null {
  return typeof p.hash === 'string' && p.hash.length > 0 ? p.hash : null;
}

/**
 * Copies the previous generation's vector of every paragraph whose reuse key `oldVector` knows into
 * `vectors` (row-major, `dim` wide) and marks it in `have`; returns how many rows were reused.
 */
export function reuseVectors(
  paragraphs: Paragraph[],
  vectors: Float32Array,
  have: boolean[],
  dim: number,
  oldVector: (key: string) => Float32Array | undefined,
): number {
  let reused = 0;
  paragraphs.forEach((p, i) => {
    const k = reuseKey(p);
    const v = k === null ? undefined : oldVector(k);
    if (!v) return;
    vectors.set(v, i * dim);
    have[i] = true;
    reused++;
  });
  return reused;
}

const CHUNK = 512;

/** Fills `vectors` (row-major, `embedder.dim` wide) for rows not marked in `have`; returns how many rows were embedded. */
export async function embedMissing(args: {
  paragraphs: Paragraph[];
  have: boolean[];
  vectors: Float32Array;
  embedder: Embedder;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}): Promise<number> {
  const { paragraphs, have, vectors, embedder, onProgress, signal } = args;
  const dim = embedder.dim;
  const todo = new Map<string, { text: string; rows: number[] }>();
  paragraphs.forEach((p, i) => {
    if (have[i]) return;
    const k = reuseKey(p) ?? `#row${i}`;
    const entry = todo.get(k);
    if (entry) entry.rows.push(i);
    else todo.set(k, { text: p.text, rows: [i] });
  });
  const jobs = [...todo.values()];
  const total = jobs.length;
  let embedded = 0;
  if (total > 0) onProgress?.(0, total);
  signal?.throwIfAborted();
  for (let start = 0; start < total; start += CHUNK) {
    const chunk = jobs.slice(start, start + CHUNK);
    const vecs = await embedder.embedPassages(
      chunk.map((j) => j.text),
      (done) => {
        onProgress?.(start + done, total);
        signal?.throwIfAborted();
      },
    );
    signal?.throwIfAborted();
    if (vecs.length !== chunk.length) throw new Error(`embedder returned ${vecs.length} vectors for ${chunk.length} texts`);
    chunk.forEach((job, j) => {
      const v = vecs[j]!;
      if (v.length !== dim) throw new Error(`embedder returned a vector of ${v.length} dimensions, expected ${dim}`);
      for (let d = 0; d < dim; d++) {
        if (!Number.isFinite(v[d])) throw new Error(`embedder returned a non-finite value for paragraph ${paragraphs[job.rows[0]!]?.id}`);
      }
      for (const row of job.rows) {
        vectors.set(v, row * dim);
        embedded++;
      }
    });
  }
  return embedded;
}
