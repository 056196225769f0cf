/**
 * A deterministic stand-in {@link Embedder} for tests and benchmarks: each text
 * maps to a pseudo-random unit vector seeded by sha256(text). Identical texts
 * give identical vectors; different texts give (nearly) orthogonal ones. No
 * model, no I/O. `isLanguageModel` is false by default so search never fuses
 * these vectors.
 */
import { createHash } from 'node:crypto';
import type { Embedder } from './embedder.js';
import { applyPrefix } from './embedder.js';

export interface HashEmbedderOptions {
  dim?: number;
  modelId?: string;
  isLanguageModel?: boolean;
  batchSize?: number;
}

export function hashVector(text: string, dim: number): Float32Array {
  const digest = createHash('sha256').update(text).digest();
  // xorshift128 seeded from the digest
  let a = digest.readUInt32LE(0) | 1;
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const v = new Float32Array(dim);
  let norm = 0;
  for (let i = 0; i < dim; i++) {
    const t = a ^ (a << 11);
    a = b;
    b = c;
    c = d;
    d = (d ^ (d >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
    const x = d / 0x100000000 - 0.5;
    v[i] = x;
    norm += x * x;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < dim; i++) v[i] = (v[i] ?? 0) * inv;
  return v;
}

export function createHashEmbedder(opts: HashEmbedderOptions = {}): Embedder {
  const dim = opts.dim ?? 32;
  const modelId = opts.modelId ?? `fake-hash-${dim}`;
  const batchSize = opts.batchSize ?? 32;
  const run = async (kind: 'query' | 'passage', texts: string[], onProgress?: (d: number, t: number) => void) => {
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += batchSize) {
      for (const t of texts.slice(i, i + batchSize)) out.push(hashVector(applyPrefix(modelId, kind, t), dim));
      onProgress?.(out.length, texts.length);
      await new Promise<void>((r) => setImmediate(r));
    }
    return out;
  };
  return {
    modelId,
    dim,
    isLanguageModel: opts.isLanguageModel ?? false,
    embedQueries: (texts) => run('query', texts),
    embedPassages: (texts, onProgress) => run('passage', texts, onProgress),
  };
}
