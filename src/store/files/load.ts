/** Loading the live generation of the embedded store (verified), and removing debris of killed builds. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type DenseIndex, type LoadedIndex, type LoadOptions } from '../types.js';
import { GEN_PREFIX, checkExpectedModel } from '../generation-data.js';
import { checkHnswFile, DEFAULT_EF_SEARCH, DEFAULT_M, EmptyDenseIndex, HnswDenseIndex, readHnsw } from './hnsw.js';
import { errCode, sha256File } from './fsio.js';
import { DEFAULT_VERIFY, HNSW_FILE, LOCK_FILE, MANIFEST_FILE, PARAGRAPHS_FILE, TMP_MARK } from './layout.js';
import { lockIsLive, readLock } from './lock.js';
import { checkFiles, corruptFile, liveGenName, parseParagraphs, readChecked, readManifest, readVectors, resolveCurrent } from './read.js';

/* ------------------------------------------------------------------------- */
/* public API                                                                 */
/* ------------------------------------------------------------------------- */

/** True when `current` exists and its generation has a manifest (no verification). */
export async function indexExists(indexDir: string): Promise<boolean> {
  try {
    const name = await liveGenName(indexDir);
    if (name === null) return false;
    await fs.access(path.join(indexDir, name, MANIFEST_FILE));
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads and verifies the live generation. Throws IndexError (message says
 * what is wrong and how to fix it) on any missing, truncated or damaged file,
 * format mismatch, or model mismatch. All checks happen before the HNSW file
 * is given to the native reader.
 */
export async function loadIndex(indexDir: string, opts: LoadOptions = {}): Promise<LoadedIndex> {
  const verify = opts.verify ?? DEFAULT_VERIFY;
  const genDir = await resolveCurrent(indexDir);
  const manifest = await readManifest(genDir);

  const expect = opts.expectModel;
  checkExpectedModel(manifest, expect, genDir);

  await checkFiles(genDir, manifest);
  const pbuf = await readChecked(genDir, manifest, PARAGRAPHS_FILE, verify);
  const paragraphs = parseParagraphs(genDir, pbuf, manifest.counts.paragraphs);

  let dense: DenseIndex | null = null;
  let vectors: Float32Array | null = null;
  const model = manifest.model;
  if (model && expect !== null) {
    vectors = await readVectors(genDir, manifest, verify);
    const n = paragraphs.length;
    if (n === 0) {
      dense = new EmptyDenseIndex(model.dim);
    } else {
      const M = manifest.hnsw?.M ?? DEFAULT_M;
      const hnswPath = path.join(genDir, HNSW_FILE);
      const problem = await checkHnswFile(hnswPath, { count: n, dim: model.dim, M });
      if (problem) throw corruptFile(genDir, HNSW_FILE, `damaged: ${problem}`);
      if (verify === 'full') {
        const sha = await sha256File(hnswPath);
        if (sha !== manifest.files[HNSW_FILE]?.sha256) throw corruptFile(genDir, HNSW_FILE, 'damaged (sha256 differs from the manifest)');
      }
      let index;
      try {
        index = await readHnsw(hnswPath, model.dim);
      } catch (err) {
        throw corruptFile(genDir, HNSW_FILE, `unreadable (${err instanceof Error ? err.message : String(err)})`, err);
      }
      dense = new HnswDenseIndex(index, model.dim, n, manifest.hnsw?.efSearch ?? DEFAULT_EF_SEARCH);
    }
  }
  return { dir: genDir, manifest, paragraphs, dense, vectors };
}

/**
 * Removes leftovers: gen-* directories that `current` does not point to,
 * temporary files/symlinks, and a stale build lock. Does nothing while another
 * live build holds the lock. Returns the removed names (relative to indexDir).
 */
export async function cleanDebris(indexDir: string): Promise<string[]> {
  return cleanDebrisInternal(indexDir, null);
}

export async function cleanDebrisInternal(indexDir: string, ownToken: string | null): Promise<string[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(indexDir);
  } catch (err) {
    if (errCode(err) === 'ENOENT') return [];
    throw err;
  }
  const lock = await readLock(indexDir);
  const removed: string[] = [];
  if (lock && lock.token !== ownToken) {
    if (lockIsLive(lock)) return []; // a build is running: its gen dir is not debris
    await fs.rm(path.join(indexDir, LOCK_FILE), { force: true });
    removed.push(LOCK_FILE);
  }
  const live = await liveGenName(indexDir).catch(() => null);
  for (const name of entries) {
    const isGen = name.startsWith(GEN_PREFIX) && name !== live;
    const isTmp = name.includes(TMP_MARK);
    if (!isGen && !isTmp) continue;
    await fs.rm(path.join(indexDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed.sort();
}
