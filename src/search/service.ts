/**
 * The live search behind the bot and the prompt: answers from the current index while a
 * re-index builds the next one beside it, then swaps in one assignment. One re-index at a time.
 */
import type { Config } from '../config.js';
import { IndexError, cleanDebris, type IndexStore } from '../store/index.js';
import { indexStoreFor, watchIndexGeneration } from '../store/select.js';
import { rebuild, type RebuildSummary } from '../store/rebuild.js';
import { openResources, openSearch, type OpenedSearch, type SharedResources } from './open.js';
import type { SearchEngine } from './engine.js';
import type { SearchOptions, SearchResult } from './types.js';

export class ReindexBusyError extends Error {
  override name = 'ReindexBusyError';
  constructor() { super('a re-index is already running'); }
}

export interface ReindexOptions {
  full?: boolean;
  /** Articles to take out (stores that keep the articles: Postgres; see src/store/rebuild.ts). */
  remove?: string[];
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface LastBuild { at: string; seconds: number; summary?: RebuildSummary }

export class SearchService {
  private opened: OpenedSearch;
  private running: Promise<RebuildSummary> | null = null;
  lastBuild: LastBuild;

  private following: { stop(): Promise<void> } | null = null;

  private constructor(readonly config: Config, private readonly shared: SharedResources, opened: OpenedSearch, private readonly store: IndexStore) {
    this.opened = opened;
    this.lastBuild = { at: opened.index.manifest.builtAt, seconds: opened.index.manifest.buildSeconds };
  }

  /** Opens the index, building it from the seeds first when there is none yet. */
  static async start(config: Config, log: (line: string) => void = () => {}): Promise<SearchService> {
    const shared = await openResources(config);
    // A build killed mid-way (SIGKILL, power loss) leaves a half-written generation and its lock;
    // builds clean them up when they start, but a bot that is only restarted would keep them forever.
    // (Does nothing while another process's build holds the lock.)
    try {
      const removed = await cleanDebris(config.indexDir);
      if (removed.length) log(`removed the leftovers of an interrupted index build in ${config.indexDir}: ${removed.join(', ')}`);
    } catch (e) {
      log(`could not remove leftovers in ${config.indexDir}: ${(e as Error).message}`);
    }
    const store = await indexStoreFor(config);
    if (!(await store.exists())) {
      log(`no index yet: building it from ${config.seedsDir}`);
      await rebuild({ seedsDir: config.seedsDir, indexDir: config.indexDir, embedder: shared.embedder, store });
    }
    let opened: OpenedSearch;
    try {
      opened = await openSearch(config, shared);
    } catch (e) {
      // A damaged or mismatched index must not keep the product down: say so, rebuild from the seeds.
      if (!(e instanceof IndexError)) throw e;
      log(`the index cannot be used (${e.message}); rebuilding it from ${config.seedsDir}`);
      await rebuild({ seedsDir: config.seedsDir, indexDir: config.indexDir, embedder: shared.embedder, full: true, store });
      opened = await openSearch(config, shared);
    }
    for (const n of opened.notices) log(n);
    const service = new SearchService(config, shared, opened, store);
    // Replicas sharing a database follow the generation another replica switched to.
    service.following = watchIndexGeneration(store, () => {
      service.reload().catch((e: Error) => log(`could not load the new index generation: ${e.message}`));
    }, { onError: (e: unknown) => log(`watching the index generation failed: ${(e as Error).message}`) });
    return service;
  }

  get engine(): SearchEngine {
    return this.opened.engine;
  }

  get current(): OpenedSearch {
    return this.opened;
  }

  get reindexing(): boolean {
    return this.running !== null;
  }

  search(question: string, opts?: SearchOptions): Promise<SearchResult> {
    return this.opened.engine.search(question, opts);
  }

  /** Builds a new generation and swaps it in; on failure the old one keeps serving. */
  async reindex(opts: ReindexOptions = {}): Promise<RebuildSummary> {
    if (this.running) throw new ReindexBusyError();
    const job = (async () => {
      const summary = await rebuild({
        seedsDir: this.config.seedsDir,
        indexDir: this.config.indexDir,
        embedder: this.shared.embedder,
        store: this.store,
        ...opts,
      });
      this.opened = await openSearch(this.config, this.shared);
      this.lastBuild = { at: summary.manifest.builtAt, seconds: summary.seconds, summary };
      return summary;
    })();
    this.running = job;
    try {
      return await job;
    } finally {
      this.running = null;
    }
  }

  /** Loads the generation another process switched to (a replica's re-index). */
  async reload(): Promise<void> {
    if (this.running) return;
    this.opened = await openSearch(this.config, this.shared);
    const m = this.opened.index.manifest;
    this.lastBuild = { at: m.builtAt, seconds: m.buildSeconds };
  }

  async stop(): Promise<void> {
    await this.following?.stop();
  }
}
