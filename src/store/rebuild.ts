/**
 * Seeds folder → new index generation: the one re-index routine behind `npm run index` and the
 * bot's /reindex. The live generation keeps serving until the new one is complete.
 */
import type { Embedder } from '../embed/embedder.js';
import { ingestFolder } from '../ingest/index.js';
import type { SkippedFile } from '../types.js';
import { buildIndex } from './files/build.js';
import type { IndexStore, Manifest } from './types.js';

export interface RebuildOptions {
  seedsDir: string;
  indexDir: string;
  /** Build into this store instead of the embedded one in indexDir (VECTOR_STORE=pgvector: src/store/select.ts). */
  store?: IndexStore;
  embedder: Embedder | null;
  full?: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface RebuildSummary {
  articles: number;
  paragraphs: number;
  skipped: SkippedFile[];
  embedded: number;
  reused: number;
  removed: number;
  seconds: number;
  manifest: Manifest;
  warnings: string[];
}

export async function rebuild(opts: RebuildOptions): Promise<RebuildSummary> {
  const t0 = performance.now();
  const { articles, skipped } = await ingestFolder(opts.seedsDir);
  const paragraphs = articles.flatMap((a) => a.paragraphs);
  if (paragraphs.length === 0) throw new Error(`no article with text in ${opts.seedsDir}: nothing to index`);
  const build = { paragraphs, embedder: opts.embedder, full: opts.full, onProgress: opts.onProgress, signal: opts.signal };
  const stats = opts.store ? await opts.store.build(build) : await buildIndex({ indexDir: opts.indexDir, ...build });
  return {
    articles: articles.length,
    paragraphs: paragraphs.length,
    skipped,
    embedded: stats.embedded,
    reused: stats.reused,
    removed: stats.removed,
    seconds: (performance.now() - t0) / 1000,
    manifest: stats.manifest,
    warnings: stats.warnings,
  };
}
