/** File and folder names of the embedded store (see `build.ts` for the layout), and its fix-it hints. */
import type { VerifyMode } from '../types.js';

export const DEFAULT_INDEX_DIR = 'embeddings';
export const DEFAULT_VERIFY: VerifyMode = 'full';

export const CURRENT = 'current';
export const MANIFEST_FILE = 'manifest.json';
export const PARAGRAPHS_FILE = 'paragraphs.jsonl';
export const VECTORS_FILE = 'vectors.f32';
export const HNSW_FILE = 'vectors.hnsw';
export const LOCK_FILE = 'build.lock';
export const TMP_MARK = '.tmp-';

export const REBUILD = 'run `npm run index` to rebuild it';
export const REBUILD_FULL = 'rebuild it with `npm run index -- --full`';
