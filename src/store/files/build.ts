/**
 * The embedded index store: plain files + an HNSW graph, one immutable
 * "generation" directory per build, switched atomically.
 *
 *   <indexDir>/
 *     current -> gen-<timestamp>-<rand>      (symlink, relative target)
 *     gen-<timestamp>-<rand>/
 *       paragraphs.jsonl   one Paragraph per line (row i = line i)
 *       vectors.f32        raw Float32 little-endian, row-major, rows × dim
 *       vectors.hnsw       hnswlib-node writeIndex, space 'cosine', labels = rows
 *       manifest.json      written LAST; a generation without one is debris
 *     build.lock           present while a build runs (pid inside)
 *
 * Without a model: only paragraphs.jsonl + manifest.json, manifest.model = null.
 *
 * Crash safety: a build writes and fsyncs a fresh generation, writes the
 * manifest last, then renames a temporary symlink over `current` (atomic on
 * POSIX). Until that rename the previous generation stays live; after it the
 * new one is complete. Leftovers of killed builds are removed by cleanDebris
 * (called at the start of every build).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Paragraph } from '../../types.js';
import { buildHnsw, type Hnsw, DEFAULT_EF_CONSTRUCTION, DEFAULT_EF_SEARCH, DEFAULT_M, checkHnswFile, readHnsw } from './hnsw.js';
import { FORMAT_VERSION, IndexError, type BuildOptions, type BuildStats, type Manifest } from '../types.js';
import { embedMissing, reuseKey, reuseVectors } from '../embed-missing.js';
import { buildArticles, f32ToLEBytes, jsonlChunks, newGenName, paragraphLines } from '../generation-data.js';
import { errCode, fsyncDir, fsyncFile, pathExists, sha256File, writeFileSynced } from './fsio.js';
import { CURRENT, HNSW_FILE, MANIFEST_FILE, PARAGRAPHS_FILE, TMP_MARK, VECTORS_FILE } from './layout.js';
import { acquireLock, releaseLock } from './lock.js';
import { checkFiles, parseParagraphs, readChecked, readManifest, readVectors, resolveCurrent } from './read.js';
import { cleanDebrisInternal } from './load.js';


interface Previous {
  genDir: string;
  manifest: Manifest;
  paragraphs: Paragraph[];
}

async function readPrevious(indexDir: string, warnings: string[]): Promise<Previous | null> {
  if (!(await pathExists(path.join(indexDir, CURRENT)))) return null;
  try {
    const genDir = await resolveCurrent(indexDir);
    const manifest = await readManifest(genDir);
    await checkFiles(genDir, manifest);
    const pbuf = await readChecked(genDir, manifest, PARAGRAPHS_FILE, 'full');
    return { genDir, manifest, paragraphs: parseParagraphs(genDir, pbuf, manifest.counts.paragraphs) };
  } catch (err) {
    warnings.push(`previous index not reusable: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}



/**
 * The previous HNSW graph can be extended instead of rebuilt when the new
 * rows start with exactly the previous rows (same vectors, same order — an
 * append-only change, or no change) and the graph parameters are the same.
 * The old file is verified (structure + sha256) before the native reader
 * opens it. Returns undefined (build from scratch) otherwise.
 */
async function reusableHnsw(
  prev: Previous,
  oldVectors: Float32Array,
  vectors: Float32Array,
  params: { M: number; efConstruction: number },
  warnings: string[],
): Promise<{ index: Hnsw; from: number } | undefined> {
  const m = prev.manifest;
  const dim = m.model?.dim ?? 0;
  const from = m.counts.paragraphs;
  if (from === 0 || !m.hnsw || m.hnsw.M !== params.M || m.hnsw.efConstruction !== params.efConstruction) return undefined;
  if (oldVectors.length > vectors.length) return undefined;
  const a = Buffer.from(oldVectors.buffer, oldVectors.byteOffset, oldVectors.byteLength);
  const b = Buffer.from(vectors.buffer, vectors.byteOffset, oldVectors.byteLength);
  if (!a.equals(b)) return undefined;
  const file = path.join(prev.genDir, HNSW_FILE);
  try {
    const problem = await checkHnswFile(file, { count: from, dim, M: params.M });
    if (problem) throw new Error(problem);
    if ((await sha256File(file)) !== m.files[HNSW_FILE]?.sha256) throw new Error('sha256 differs from the manifest');
    return { index: await readHnsw(file, dim), from };
  } catch (err) {
    warnings.push(`previous ${HNSW_FILE} not reusable, rebuilding the graph: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/**
 * Builds a new generation and switches `current` to it. Incremental by
 * default (see BuildOptions.full). On abort or any error the partial
 * generation is deleted, `current` is untouched, and the error is rethrown.
 */
export async function buildIndex(opts: BuildOptions): Promise<BuildStats> {
  const t0 = performance.now();
  const { indexDir, paragraphs, embedder, signal } = opts;
  signal?.throwIfAborted();
  await fs.mkdir(indexDir, { recursive: true });
  const token = await acquireLock(indexDir);
  const warnings: string[] = [];
  let genName: string | null = null;
  let tmpLink: string | null = null;
  let switched = false;
  try {
    await cleanDebrisInternal(indexDir, token);

    const M = opts.hnsw?.M ?? DEFAULT_M;
    const efConstruction = opts.hnsw?.efConstruction ?? DEFAULT_EF_CONSTRUCTION;
    const efSearch = opts.hnsw?.efSearch ?? DEFAULT_EF_SEARCH;

    const prev = await readPrevious(indexDir, warnings);
    const newIds = new Set(paragraphs.map((p) => p.id));
    const removed = prev ? new Set(prev.paragraphs.filter((p) => !newIds.has(p.id)).map((p) => p.id)).size : 0;

    genName = newGenName();
    const genDir = path.join(indexDir, genName);
    await fs.mkdir(genDir);

    const files: Manifest['files'] = {};
    files[PARAGRAPHS_FILE] = await writeFileSynced(path.join(genDir, PARAGRAPHS_FILE), jsonlChunks(paragraphLines(paragraphs)));

    let embedded = 0;
    let reused = 0;
    let hnswReused = 0;
    let model: Manifest['model'] = null;
    let hnswMeta: Manifest['hnsw'];
    if (embedder) {
      const dim = embedder.dim;
      const n = paragraphs.length;
      model = { id: embedder.modelId, dim, isLanguageModel: embedder.isLanguageModel };
      const vectors = new Float32Array(n * dim);
      const have = new Array<boolean>(n).fill(false);

      // Reuse vectors of unchanged paragraphs from the live generation.
      const pm = prev?.manifest.model;
      let oldVectors: Float32Array | null = null;
      if (prev && !opts.full && pm && pm.id === embedder.modelId && pm.dim === dim) {
        try {
          const old = await readVectors(prev.genDir, prev.manifest, 'full');
          oldVectors = old;
          const byHash = new Map<string, number>();
          prev.paragraphs.forEach((p, row) => {
            const k = reuseKey(p);
            if (k !== null && !byHash.has(k)) byHash.set(k, row);
          });
          reused = reuseVectors(paragraphs, vectors, have, dim, (k) => {
            const row = byHash.get(k);
            return row === undefined ? undefined : old.subarray(row * dim, (row + 1) * dim);
          });
        } catch (err) {
          warnings.push(`previous vectors not reusable, embedding everything: ${err instanceof Error ? err.message : String(err)}`);
          have.fill(false);
          reused = 0;
          oldVectors = null;
        }
      }

      // Embed the rest; identical texts (same hash) are embedded once.
      embedded += await embedMissing({ paragraphs, have, vectors, embedder, onProgress: opts.onProgress, signal });

      files[VECTORS_FILE] = await writeFileSynced(path.join(genDir, VECTORS_FILE), [f32ToLEBytes(vectors)]);
      if (n > 0) {
        const base = prev && oldVectors ? await reusableHnsw(prev, oldVectors, vectors, { M, efConstruction }, warnings) : undefined;
        const hnsw = await buildHnsw(vectors, dim, n, { M, efConstruction }, { signal, base, onProgress: opts.onHnswProgress });
        hnswReused = base?.from ?? 0;
        signal?.throwIfAborted();
        const hnswPath = path.join(genDir, HNSW_FILE);
        await hnsw.writeIndex(hnswPath);
        await fsyncFile(hnswPath);
        const st = await fs.stat(hnswPath);
        files[HNSW_FILE] = { bytes: st.size, sha256: await sha256File(hnswPath) };
      }
      hnswMeta = { M, efConstruction, efSearch };
    }
    signal?.throwIfAborted();

    const articles = buildArticles(paragraphs);
    const manifest: Manifest = {
      formatVersion: FORMAT_VERSION,
      model,
      builtAt: new Date().toISOString(),
      buildSeconds: Math.round((performance.now() - t0) / 10) / 100,
      counts: { articles: Object.keys(articles).length, paragraphs: paragraphs.length },
      articles,
      files,
      ...(hnswMeta ? { hnsw: hnswMeta } : {}),
    };
    // Manifest last: a generation without it is debris.
    await writeFileSynced(path.join(genDir, MANIFEST_FILE), [Buffer.from(JSON.stringify(manifest, null, 1), 'utf8')]);
    await fsyncDir(genDir);
    signal?.throwIfAborted();

    // Atomic switch.
    tmpLink = path.join(indexDir, `${CURRENT}${TMP_MARK}${randomBytes(4).toString('hex')}`);
    await fs.symlink(genName, tmpLink);
    try {
      await fs.rename(tmpLink, path.join(indexDir, CURRENT));
    } catch (err) {
      throw new IndexError(
        'corrupt',
        `cannot replace ${path.join(indexDir, CURRENT)} (${errCode(err) ?? String(err)}); it must be a symlink — remove it and run \`npm run index\` again`,
        { file: path.join(indexDir, CURRENT), cause: err },
      );
    }
    switched = true;
    tmpLink = null;
    await fsyncDir(indexDir);

    try {
      await cleanDebrisInternal(indexDir, token);
    } catch (err) {
      warnings.push(`could not remove old generations: ${err instanceof Error ? err.message : String(err)}`);
    }
    return {
      embedded,
      reused,
      removed,
      hnswReused,
      seconds: Math.round((performance.now() - t0) / 10) / 100,
      manifest,
      dir: path.resolve(genDir),
      warnings,
    };
  } catch (err) {
    if (!switched) {
      if (tmpLink) await fs.rm(tmpLink, { force: true }).catch(() => undefined);
      if (genName) await fs.rm(path.join(indexDir, genName), { recursive: true, force: true }).catch(() => undefined);
    }
    throw err;
  } finally {
    await releaseLock(indexDir, token).catch(() => undefined);
  }
}

