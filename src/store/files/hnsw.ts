/**
 * hnswlib-node glue: building, structural validation of a saved index file
 * (BEFORE handing it to the native reader, which may crash the process on a
 * damaged file), and the DenseIndex wrapper.
 */
import fs from 'node:fs/promises';
import hnswlib from 'hnswlib-node';
import type { DenseHit, DenseIndex } from '../types.js';

const { HierarchicalNSW } = hnswlib;
export const DEFAULT_M = 16;
export const DEFAULT_EF_CONSTRUCTION = 200;
export const DEFAULT_EF_SEARCH = 100;
/** Fixed seed so that the same vectors give the same graph. */
const RANDOM_SEED = 100;

export type Hnsw = InstanceType<typeof HierarchicalNSW>;

/**
 * Builds a cosine HNSW over `count` rows of `vectors` (labels = row numbers).
 * With `base` (an index already holding rows 0..from-1 with the same
 * vectors), only rows from..count-1 are added to it: HNSW is incremental, so
 * an appended corpus does not pay for a full rebuild.
 * Yields to the event loop every `yieldEvery` points so an AbortSignal can fire.
 */
export async function buildHnsw(
  vectors: Float32Array,
  dim: number,
  count: number,
  params: { M: number; efConstruction: number },
  opts: {
    signal?: AbortSignal;
    base?: { index: Hnsw; from: number };
    onProgress?: (done: number, total: number) => void;
    yieldEvery?: number;
  } = {},
): Promise<Hnsw> {
  const yieldEvery = opts.yieldEvery ?? 256;
  let index: Hnsw;
  let from = 0;
  if (opts.base) {
    index = opts.base.index;
    from = opts.base.from;
    if (index.getCurrentCount() !== from) throw new Error(`base HNSW holds ${index.getCurrentCount()} points, expected ${from}`);
    if (index.getMaxElements() < count) index.resizeIndex(count);
  } else {
    index = new HierarchicalNSW('cosine', dim);
    index.initIndex({ maxElements: Math.max(count, 1), m: params.M, efConstruction: params.efConstruction, randomSeed: RANDOM_SEED });
  }
  const row = new Array<number>(dim);
  opts.onProgress?.(from, count);
  for (let i = from; i < count; i++) {
    const off = i * dim;
    for (let j = 0; j < dim; j++) row[j] = vectors[off + j] ?? 0;
    index.addPoint(row, i);
    if ((i + 1 - from) % yieldEvery === 0) {
      opts.onProgress?.(i + 1, count);
      await new Promise<void>((r) => setImmediate(r));
      opts.signal?.throwIfAborted();
    }
  }
  opts.onProgress?.(count, count);
  return index;
}

/** Byte layout of hnswlib's saveIndex header (hnswalg.h), all little-endian. */
export const HNSW_HEADER_BYTES = 96;

export interface HnswHeader {
  maxElements: number;
  count: number;
  sizeDataPerElement: number;
  maxLevel: number;
  enterPoint: number;
  maxM: number;
  maxM0: number;
  M: number;
  efConstruction: number;
}

/**
 * Checks that `file` is a complete hnswlib index for `count` points of `dim`
 * floats built with `M`: header fields consistent, level-0 block present,
 * every upper-level link list inside the file and the file ending exactly
 * after the last one. Returns a description of the first problem, or null.
 * Reads only the header and the (small) upper-level section.
 */
export async function checkHnswFile(file: string, expect: { count: number; dim: number; M: number }): Promise<string | null> {
  const fh = await fs.open(file, 'r');
  try {
    const size = (await fh.stat()).size;
    if (size < HNSW_HEADER_BYTES) return `file is ${size} bytes, shorter than the ${HNSW_HEADER_BYTES}-byte header`;
    const hb = Buffer.alloc(HNSW_HEADER_BYTES);
    await fh.read(hb, 0, HNSW_HEADER_BYTES, 0);
    const u64 = (o: number) => Number(hb.readBigUInt64LE(o));
    const h = {
      offsetLevel0: u64(0),
      maxElements: u64(8),
      count: u64(16),
      sizeDataPerElement: u64(24),
      labelOffset: u64(32),
      offsetData: u64(40),
      maxLevel: hb.readInt32LE(48),
      enterPoint: hb.readUInt32LE(52),
      maxM: u64(56),
      maxM0: u64(64),
      M: u64(72),
      efConstruction: u64(88),
    };
    const linksLevel0 = h.maxM0 * 4 + 4;
    if (h.offsetLevel0 !== 0) return 'bad header (offsetLevel0)';
    if (h.count !== expect.count) return `holds ${h.count} points, expected ${expect.count}`;
    if (h.maxElements < h.count || h.maxElements > Math.max(expect.count, 1) * 4 + 16) return `bad header (maxElements ${h.maxElements})`;
    if (h.M !== expect.M || h.maxM !== expect.M || h.maxM0 !== 2 * expect.M) return `bad header (M ${h.M}, expected ${expect.M})`;
    if (h.offsetData !== linksLevel0 || h.labelOffset !== linksLevel0 + expect.dim * 4) return 'bad header (dimension does not match)';
    if (h.sizeDataPerElement !== linksLevel0 + expect.dim * 4 + 8) return 'bad header (element size)';
    if (h.count > 0 && (h.enterPoint >= h.count || h.maxLevel < 0 || h.maxLevel > 64)) return 'bad header (entry point)';
    const level0End = HNSW_HEADER_BYTES + h.maxElements * h.sizeDataPerElement;
    if (level0End + 4 * h.count > size) return `truncated (${size} bytes, level 0 alone needs ${level0End + 4 * h.count})`;

    // Upper levels: per element a u32 byte length (multiple of the link-list size) + data.
    const tailLen = size - level0End;
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, level0End);
    const linkListBytes = h.maxM * 4 + 4;
    let pos = 0;
    for (let i = 0; i < h.count; i++) {
      if (pos + 4 > tailLen) return `truncated (link list of point ${i} missing)`;
      const len = tail.readUInt32LE(pos);
      pos += 4;
      if (len % linkListBytes !== 0 || len / linkListBytes > h.maxLevel) return `corrupt link list at point ${i}`;
      pos += len;
      if (pos > tailLen) return `truncated (link list of point ${i} cut off)`;
    }
    if (pos !== tailLen) return `${tailLen - pos} unexpected trailing bytes`;
    return null;
  } finally {
    await fh.close();
  }
}

export class HnswDenseIndex implements DenseIndex {
  readonly dim: number;
  readonly size: number;
  private readonly index: Hnsw;
  constructor(index: Hnsw, dim: number, size: number, ef: number) {
    this.index = index;
    this.dim = dim;
    this.size = size;
    this.setEf(ef);
  }
  setEf(ef: number): void {
    if (this.size > 0) this.index.setEf(Math.max(1, Math.floor(ef)));
  }
  search(vector: Float32Array, k: number): DenseHit[] {
    if (vector.length !== this.dim) throw new Error(`query vector has ${vector.length} dimensions, the index has ${this.dim}`);
    const kk = Math.min(Math.floor(k), this.size);
    if (kk <= 0) return [];
    const res = this.index.searchKnn(Array.from(vector), kk);
    const hits: DenseHit[] = res.neighbors.map((row, i) => ({ row, score: 1 - (res.distances[i] ?? 1) }));
    hits.sort((a, b) => b.score - a.score || a.row - b.row);
    return hits;
  }
}

export async function readHnsw(file: string, dim: number): Promise<Hnsw> {
  const index = new HierarchicalNSW('cosine', dim);
  await index.readIndex(file);
  return index;
}

/** An always-empty dense index (a model was used but there are no paragraphs). */
export class EmptyDenseIndex implements DenseIndex {
  constructor(readonly dim: number) {}
  search(vector: Float32Array): DenseHit[] {
    if (vector.length !== this.dim) throw new Error(`query vector has ${vector.length} dimensions, the index has ${this.dim}`);
    return [];
  }
  setEf(): void {}
}
