/** The embedded store (files + HNSW graph in INDEX_DIR) behind the {@link IndexStore} contract. */
import type { IndexStore } from '../types.js';
import { buildIndex } from './build.js';
import { DEFAULT_INDEX_DIR } from './layout.js';
import { cleanDebris, indexExists, loadIndex } from './load.js';

export { buildIndex } from './build.js';
export { cleanDebris, indexExists, loadIndex } from './load.js';
export { CURRENT, DEFAULT_INDEX_DIR, DEFAULT_VERIFY, HNSW_FILE, LOCK_FILE, MANIFEST_FILE, PARAGRAPHS_FILE, VECTORS_FILE } from './layout.js';
export { DEFAULT_EF_CONSTRUCTION, DEFAULT_EF_SEARCH, DEFAULT_M } from './hnsw.js';

/** The embedded store behind the {@link IndexStore} interface. */
export function fileIndexStore(indexDir: string = DEFAULT_INDEX_DIR): IndexStore {
  return {
    exists: () => indexExists(indexDir),
    load: (opts) => loadIndex(indexDir, opts),
    build: (opts) => buildIndex({ ...opts, indexDir }),
    cleanDebris: () => cleanDebris(indexDir),
  };
}
