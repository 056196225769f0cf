/**
 * Reading a generation of the embedded store: `current` resolved, manifest parsed and checked,
 * data files checked against it (sizes, sha256) before anything is parsed or handed to hnswlib.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Paragraph } from '../../types.js';
import { FORMAT_VERSION, IndexError, type Manifest, type VerifyMode } from '../types.js';
import { isObj } from '../generation-data.js';
import { errCode, leBytesToF32 } from './fsio.js';
import { CURRENT, HNSW_FILE, MANIFEST_FILE, PARAGRAPHS_FILE, REBUILD, REBUILD_FULL, VECTORS_FILE } from './layout.js';

export async function liveGenName(indexDir: string): Promise<string | null> {
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

export async function resolveCurrent(indexDir: string): Promise<string> {
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


export async function readManifest(genDir: string): Promise<Manifest> {
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

export function corruptFile(genDir: string, name: string, what: string, cause?: unknown): IndexError {
  return new IndexError('corrupt', `${name} in ${genDir} is ${what}; ${REBUILD}`, { file: path.join(genDir, name), cause });
}

/** Every file the manifest needs must be listed and present with its recorded size. */
export async function checkFiles(genDir: string, manifest: Manifest): Promise<void> {
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

export async function readChecked(genDir: string, manifest: Manifest, name: string, verify: VerifyMode): Promise<Buffer> {
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

export function parseParagraphs(genDir: string, buf: Buffer, expected: number): Paragraph[] {
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

export async function readVectors(genDir: string, manifest: Manifest, verify: VerifyMode): Promise<Float32Array> {
  const dim = manifest.model?.dim ?? 0;
  const buf = await readChecked(genDir, manifest, VECTORS_FILE, verify);
  const expected = manifest.counts.paragraphs * dim * 4;
  if (buf.byteLength !== expected) {
    throw corruptFile(genDir, VECTORS_FILE, `the wrong size (${buf.byteLength} bytes, expected ${manifest.counts.paragraphs} × ${dim} × 4 = ${expected})`);
  }
  return leBytesToF32(buf);
}

