export * from './types.js';
export {
  buildIndex,
  loadIndex,
  cleanDebris,
  indexExists,
  fileIndexStore,
  DEFAULT_INDEX_DIR,
  DEFAULT_VERIFY,
  CURRENT,
  MANIFEST_FILE,
  PARAGRAPHS_FILE,
  VECTORS_FILE,
  HNSW_FILE,
  LOCK_FILE,
} from './store.js';
export { DEFAULT_M, DEFAULT_EF_CONSTRUCTION, DEFAULT_EF_SEARCH } from './hnsw.js';
