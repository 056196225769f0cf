/**
 * Articles → new index generation: the one re-index routine behind `npm run index` and the
 * bot's /reindex. The live generation keeps serving until the new one is complete.
 *
 * Where the articles come from depends on the store:
 *  - the embedded store: the seeds folder is the coverage (a file deleted there is gone);
 *  - a store with an article catalog (Postgres): the database is. The folder's new and changed
 *    files are brought in first, nothing is removed for being absent from it (another replica may
 *    have added it), removals are explicit (`remove`, `prune`), and the generation is built from
 *    every article in the database. A failed build puts the articles back as they were.
 */
import type { Embedder } from '../embed/embedder.js';
import { articleFromBytes, ingestFolder, isSkipped } from '../ingest/index.js';
import type { Article, SkippedFile } from '../types.js';
import { buildIndex } from './files/build.js';
import { readArticleFiles } from './seed-files.js';
import type { IndexStore, Manifest } from './types.js';

export interface RebuildOptions {
  seedsDir: string;
  indexDir: string;
  /** Build into this store instead of the embedded one in indexDir (VECTOR_STORE=pgvector: src/store/select.ts). */
  store?: IndexStore;
  embedder: Embedder | null;
  full?: boolean;
  /** Articles (file names) to take out of the coverage: stores with an article catalog only. */
  remove?: string[];
  /** Take out every article the seeds folder lacks: stores with an article catalog only. */
  prune?: boolean;
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
  /** Articles brought in from the seeds folder (article-catalog stores; empty otherwise). */
  imported: string[];
  /** Articles taken out of the coverage (article-catalog stores; empty otherwise). */
  removedArticles: string[];
  seconds: number;
  manifest: Manifest;
  warnings: string[];
}

const NO_CATALOG =
  'removing articles by name (--remove, --prune) is for VECTOR_STORE=pgvector; with the embedded index, delete the file from the seeds folder and re-index';

export async function rebuild(opts: RebuildOptions): Promise<RebuildSummary> {
  const t0 = performance.now();
  const catalog = opts.store?.articles;
  if (!catalog && (opts.remove?.length || opts.prune)) throw new Error(NO_CATALOG);
  let articles: Article[];
  let skipped: SkippedFile[];
  let imported: string[] = [];
  let removedArticles: string[] = [];
  let undo = async () => {};
  if (catalog) {
    const files = await readArticleFiles(opts.seedsDir);
    const sync = await catalog.sync(files.files, { remove: opts.remove, prune: opts.prune });
    ({ imported, removed: removedArticles, undo } = sync);
    skipped = [...files.skipped, ...sync.ignored];
    articles = [];
    for (const { file, bytes } of await catalog.list().catch(async (e: unknown) => { await undo().catch(() => {}); throw e; })) {
      const a = articleFromBytes(file, bytes);
      if (isSkipped(a)) skipped.push(a);
      else articles.push(a);
    }
  } else {
    ({ articles, skipped } = await ingestFolder(opts.seedsDir));
  }
  try {
    const paragraphs = articles.flatMap((a) => a.paragraphs);
    const where = catalog ? 'the database (nor in the seeds folder)' : opts.seedsDir;
    if (paragraphs.length === 0) throw new Error(`no article with text in ${where}: nothing to index`);
    const build = { paragraphs, embedder: opts.embedder, full: opts.full, onProgress: opts.onProgress, signal: opts.signal };
    const stats = opts.store ? await opts.store.build(build) : await buildIndex({ indexDir: opts.indexDir, ...build });
    return {
      articles: articles.length,
      paragraphs: paragraphs.length,
      skipped,
      embedded: stats.embedded,
      reused: stats.reused,
      removed: stats.removed,
      imported,
      removedArticles,
      seconds: (performance.now() - t0) / 1000,
      manifest: stats.manifest,
      warnings: stats.warnings,
    };
  } catch (e) {
    await undo().catch(() => {}); // the articles as they were: what the serving generation holds
    throw e;
  }
}
