/** The index stores: their contract, and the embedded (files + HNSW) store. The Postgres store is `pgvector/`, chosen in `select.ts`. */
export * from './types.js';
export * from './files/index.js';
