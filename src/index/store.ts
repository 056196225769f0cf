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
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Paragraph } from '../types.js';
import { buildHnsw, checkHnswFile, type Hnsw, DEFAULT_EF_CONSTRUCTION, DEFAULT_EF_SEARCH, DEFAULT_M, EmptyDenseIndex, HnswDenseIndex, readHnsw } from './hnsw.js';
import {
  FORMAT_VERSION,
  IndexError,
  type BuildOptions,
  type BuildStats,
  type DenseIndex,
  type IndexStore,
  type LoadedIndex,
  type LoadOptions,
  type Manifest,
  type VerifyMode,
} from './types.js';
import { embedMissing, reuseKey } from './embed-missing.js';
import { GEN_PREFIX, buildArticles, f32ToLEBytes, isObj, jsonlChunks, newGenName, paragraphLines } from './generation-data.js';

export const DEFAULT_INDEX_DIR = 'embeddings';
export const DEFAULT_VERIFY: VerifyMode = 'full';

export const CURRENT = 'current';
export const MANIFEST_FILE = 'manifest.json';
export const PARAGRAPHS_FILE = 'paragraphs.jsonl';
export const VECTORS_FILE = 'vectors.f32';
export const HNSW_FILE = 'vectors.hnsw';
export const LOCK_FILE = 'build.lock';
const TMP_MARK = '.tmp-';

const REBUILD = 'run `npm run index` to rebuild it';
const REBUILD_FULL = 'rebuild it with `npm run index -- --full`';

/* ------------------------------------------------------------------------- */
/* small fs helpers                                                           */
/* ------------------------------------------------------------------------- */

function errCode(err: unknown): string | undefined {
  return err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

async function pathExists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

async function fsyncDir(dir: string): Promise<void> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(dir, fsConstants.O_RDONLY);
    await fh.sync();
  } catch {
    /* some filesystems cannot fsync directories; best effort */
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** Writes chunks to a new file, fsyncs it, returns size and sha256. */
async function writeFileSynced(file: string, chunks: Iterable<Uint8Array>): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const fh = await fs.open(file, 'wx');
  try {
    for (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      let off = 0;
      while (off < chunk.byteLength) {
        const { bytesWritten } = await fh.write(chunk, off, chunk.byteLength - off);
        off += bytesWritten;
      }
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  const fh = await fs.open(file, 'r');
  try {
    for await (const chunk of fh.createReadStream({ highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  } finally {
    await fh.close().catch(() => undefined);
  }
  return hash.digest('hex');
}

async function fsyncFile(file: string): Promise<void> {
  const fh = await fs.open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}


function leBytesToF32(buf: Buffer): Float32Array {
  let b = buf;
  if (os.endianness() !== 'LE') {
    b = Buffer.from(buf);
    b.swap32();
  } else if (b.byteOffset % 4 !== 0) {
    b = Buffer.from(buf); // copy to an aligned buffer
  }
  return new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
}


/* ------------------------------------------------------------------------- */
/* build lock                                                                 */
/* ------------------------------------------------------------------------- */

interface LockInfo {
  pid: number;
  token: string;
  host: string;
  startedAt: string;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errCode(err) === 'EPERM';
  }
}

async function readLock(indexDir: string): Promise<LockInfo | null> {
  try {
    const raw = await fs.readFile(path.join(indexDir, LOCK_FILE), 'utf8');
    const info = JSON.parse(raw) as LockInfo;
    return typeof info.pid === 'number' ? info : { pid: -1, token: '', host: '', startedAt: '' };
  } catch (err) {
    if (errCode(err) === 'ENOENT') return null;
    return { pid: -1, token: '', host: '', startedAt: '' }; // unreadable lock = stale
  }
}

function lockIsLive(info: LockInfo): boolean {
  return info.pid > 0 && info.host === os.hostname() && pidAlive(info.pid);
}

async function acquireLock(indexDir: string): Promise<string> {
  const file = path.join(indexDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, token: randomBytes(8).toString('hex'), host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, JSON.stringify(info), { flag: 'wx' });
      return info.token;
    } catch (err) {
      if (errCode(err) !== 'EEXIST') throw err;
      const other = await readLock(indexDir);
      if (other && lockIsLive(other)) {
        throw new IndexError(
          'locked',
          `another index build is running in ${indexDir} (pid ${other.pid}, started ${other.startedAt}); wait for it to finish, ` +
            `or delete ${file} if that process no longer exists`,
          { file },
        );
      }
      await fs.rm(file, { force: true }); // stale lock of a killed build
    }
  }
  throw new IndexError('locked', `could not take the build lock ${file}; another build may have started just now`, { file });
}

async function releaseLock(indexDir: string, token: string): Promise<void> {
  const info = await readLock(indexDir);
  if (info && info.token === token) await fs.rm(path.join(indexDir, LOCK_FILE), { force: true });
}

/* ------------------------------------------------------------------------- */
/* reading a generation                                                       */
/* ------------------------------------------------------------------------- */

/** Target generation directory of `current`, or null when there is no index. */
async function liveGenName(indexDir: string): Promise<string | null> {
  try {
    const target = await fs.readlink(path.join(indexDir, CURRENT));
    return path.basename(target);
  } catch (err) {
    const code = errCode(err);
    if (code === 'ENOENT') return null;
    if (code === 'EINVAL') {
      throw new IndexError('corrupt', `${path.join(indexDir, CURRENT)} is not a symlink; remove it and ${REBUILD}`, {
        file: path.join(indexDir, CURRENT),
      });
    }
    throw err;
  }
}

async function resolveCurrent(indexDir: string): Promise<string> {
  const name = await liveGenName(indexDir);
  if (name === null) {
    throw new IndexError('missing', `no index found in ${path.resolve(indexDir)}; run \`npm run index\` to build it`);
  }
  const dir = path.join(indexDir, name);
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) throw new Error('not a directory');
  } catch {
    throw new IndexError('corrupt', `${path.join(indexDir, CURRENT)} points to ${name}, which is missing; ${REBUILD}`, { file: dir });
  }
  return path.resolve(dir);
}


async function readManifest(genDir: string): Promise<Manifest> {
  const file = path.join(genDir, MANIFEST_FILE);
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new IndexError('corrupt', `${MANIFEST_FILE} is missing in ${genDir} (unfinished build?); ${REBUILD}`, { file, cause: err });
  }
  let m: unknown;
  try {
    m = JSON.parse(raw);
  } catch (err) {
    throw new IndexError('corrupt', `${MANIFEST_FILE} in ${genDir} is truncated or corrupt (not valid JSON); ${REBUILD}`, { file, cause: err });
  }
  const bad = (what: string) => new IndexError('corrupt', `${MANIFEST_FILE} in ${genDir} is corrupt (${what}); ${REBUILD}`, { file });
  if (!isObj(m)) throw bad('not an object');
  if (m['formatVersion'] !== FORMAT_VERSION) {
    throw new IndexError(
      'format',
      `the index in ${genDir} has format version ${JSON.stringify(m['formatVersion'])}, this program reads version ${FORMAT_VERSION}; ${REBUILD_FULL}`,
      { file },
    );
  }
  const model = m['model'];
  if (model !== null) {
    if (!isObj(model) || typeof model['id'] !== 'string' || !Number.isInteger(model['dim']) || (model['dim'] as number) <= 0) throw bad('model');
    if (typeof model['isLanguageModel'] !== 'boolean') throw bad('model.isLanguageModel');
  }
  const counts = m['counts'];
  if (!isObj(counts) || !Number.isInteger(counts['paragraphs']) || !Number.isInteger(counts['articles'])) throw bad('counts');
  if (!isObj(m['articles'])) throw bad('articles');
  const files = m['files'];
  if (!isObj(files)) throw bad('files');
  for (const [name, f] of Object.entries(files)) {
    if (!isObj(f) || !Number.isInteger(f['bytes']) || typeof f['sha256'] !== 'string' || name.includes('/') || name.includes('\\')) {
      throw bad(`files.${name}`);
    }
  }
  const hnsw = m['hnsw'];
  if (hnsw !== undefined && (!isObj(hnsw) || !Number.isInteger(hnsw['M']) || typeof hnsw['efSearch'] !== 'number')) throw bad('hnsw');
  if (typeof m['builtAt'] !== 'string') throw bad('builtAt');
  return m as unknown as Manifest;
}

function corruptFile(genDir: string, name: string, what: string, cause?: unknown): IndexError {
  return new IndexError('corrupt', `${name} in ${genDir} is ${what}; ${REBUILD}`, { file: path.join(genDir, name), cause });
}

/** Every file the manifest needs must be listed and present with its recorded size. */
async function checkFiles(genDir: string, manifest: Manifest): Promise<void> {
  const required = [PARAGRAPHS_FILE];
  if (manifest.model) {
    required.push(VECTORS_FILE);
    if (manifest.counts.paragraphs > 0) required.push(HNSW_FILE);
  }
  for (const name of required) {
    if (!manifest.files[name]) {
      throw new IndexError('corrupt', `${MANIFEST_FILE} in ${genDir} does not list ${name}; ${REBUILD}`, { file: path.join(genDir, MANIFEST_FILE) });
    }
  }
  for (const [name, meta] of Object.entries(manifest.files)) {
    let size: number;
    try {
      size = (await fs.stat(path.join(genDir, name))).size;
    } catch (err) {
      throw corruptFile(genDir, name, 'missing', err);
    }
    if (size !== meta.bytes) throw corruptFile(genDir, name, `truncated or damaged (${size} bytes, expected ${meta.bytes})`);
  }
}

async function readChecked(genDir: string, manifest: Manifest, name: string, verify: VerifyMode): Promise<Buffer> {
  const meta = manifest.files[name];
  let buf: Buffer;
  try {
    buf = await fs.readFile(path.join(genDir, name));
  } catch (err) {
    throw corruptFile(genDir, name, 'unreadable', err);
  }
  if (meta && buf.byteLength !== meta.bytes) throw corruptFile(genDir, name, `truncated or damaged (${buf.byteLength} bytes, expected ${meta.bytes})`);
  if (meta && verify === 'full') {
    const sha = createHash('sha256').update(buf).digest('hex');
    if (sha !== meta.sha256) throw corruptFile(genDir, name, 'damaged (sha256 differs from the manifest)');
  }
  return buf;
}

function parseParagraphs(genDir: string, buf: Buffer, expected: number): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  let line = 0;
  while (start < buf.byteLength) {
    const nl = buf.indexOf(0x0a, start);
    if (nl < 0) throw corruptFile(genDir, PARAGRAPHS_FILE, `truncated (line ${line + 1} has no end)`);
    line++;
    let p: unknown;
    try {
      p = JSON.parse(buf.toString('utf8', start, nl));
    } catch (err) {
      throw corruptFile(genDir, PARAGRAPHS_FILE, `corrupt (line ${line} is not valid JSON)`, err);
    }
    if (!isObj(p) || typeof p['id'] !== 'string' || typeof p['text'] !== 'string' || typeof p['articleId'] !== 'string') {
      throw corruptFile(genDir, PARAGRAPHS_FILE, `corrupt (line ${line} is not a paragraph)`);
    }
    out.push(p as unknown as Paragraph);
    start = nl + 1;
  }
  if (out.length !== expected) throw corruptFile(genDir, PARAGRAPHS_FILE, `incomplete (${out.length} paragraphs, the manifest says ${expected})`);
  return out;
}

async function readVectors(genDir: string, manifest: Manifest, verify: VerifyMode): Promise<Float32Array> {
  const dim = manifest.model?.dim ?? 0;
  const buf = await readChecked(genDir, manifest, VECTORS_FILE, verify);
  const expected = manifest.counts.paragraphs * dim * 4;
  if (buf.byteLength !== expected) {
    throw corruptFile(genDir, VECTORS_FILE, `the wrong size (${buf.byteLength} bytes, expected ${manifest.counts.paragraphs} × ${dim} × 4 = ${expected})`);
  }
  return leBytesToF32(buf);
}

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
  if (expect) {
    const have = manifest.model;
    if (!have) {
      throw new IndexError(
        'model-mismatch',
        `the index in ${genDir} was built without embeddings, but model ${expect.id} (dim ${expect.dim}) is configured; ${REBUILD_FULL}`,
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

async function cleanDebrisInternal(indexDir: string, ownToken: string | null): Promise<string[]> {
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
          paragraphs.forEach((p, i) => {
            const k = reuseKey(p);
            const row = k === null ? undefined : byHash.get(k);
            if (row === undefined) return;
            vectors.set(old.subarray(row * dim, (row + 1) * dim), i * dim);
            have[i] = true;
            reused++;
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

/** The embedded store behind the {@link IndexStore} interface. */
export function fileIndexStore(indexDir: string = DEFAULT_INDEX_DIR): IndexStore {
  return {
    exists: () => indexExists(indexDir),
    load: (opts) => loadIndex(indexDir, opts),
    build: (opts) => buildIndex({ ...opts, indexDir }),
    cleanDebris: () => cleanDebris(indexDir),
  };
}
