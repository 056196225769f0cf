/**
 * Opens everything a search needs from the configuration: the dictionary (cross-lingual), the
 * embedding model (dense, when a real one loads) and the index. The CLI and the bot both call this.
 */
import type { Config } from '../config.js';
import path from 'node:path';
import { loadEmbedder, type Embedder } from '../embed/embedder.js';
import { loadIndex, type LoadedIndex } from '../store/index.js';
import type { Lexicon } from './lexicon.js';
import { lexiconOptions, sharedLexicon } from './lexicon-cache.js';
import { SearchEngine } from './engine.js';
import { indexStoreFor } from '../store/select.js';

export interface OpenedSearch {
  engine: SearchEngine;
  index: LoadedIndex;
  embedder: Embedder | null;
  /** plain sentences for the person running the product: what works and what does not */
  notices: string[];
}

export interface SharedResources {
  lexicon: Lexicon | null;
  embedder: Embedder | null;
  notices: string[];
}

/** The parts that do not change when the index is rebuilt: loaded once per process. */
export async function openResources(config: Config): Promise<SharedResources> {
  const notices: string[] = [];
  // The parsed dictionaries are cached under DATA_DIR/cache, keyed by the files' checksums. The
  // model loads meanwhile (its runtime works partly off the main thread).
  const [lex, load] = await Promise.all([
    sharedLexicon(lexiconOptions(config)),
    loadEmbedder({ model: config.embeddingModel, modelsDir: config.modelsDir, cacheDir: config.modelCacheDir }),
  ]);
  const lexicon = lex.lexicon;
  if (lex.dictionaryError) notices.push(`dictionary unreadable (${lex.dictionaryError}); cross-lingual search is off`);
  if (!lex.dictionary) {
    notices.push(`no English–Arabic dictionary in ${config.dictDir}: cross-lingual search uses only the built-in news glossary (install dict-freedict-eng-ara and dict-freedict-ara-eng)`);
  }
  const embedder = load.ok ? load.embedder : null;
  if (!load.ok) notices.push(`no embedding model (${load.reason}); searching with the lexical index only`);
  else if (!load.embedder.isLanguageModel) notices.push(`model ${load.embedder.modelId} is a test model, not a language model: its vectors are indexed but not used for ranking`);
  return { lexicon, embedder, notices };
}

export async function openSearch(config: Config, shared?: SharedResources): Promise<OpenedSearch> {
  const res = shared ?? (await openResources(config));
  const notices = [...res.notices];
  const embedder = res.embedder;
  const wantDense = embedder?.isLanguageModel === true;
  // Vectors only matter when a real model can embed the question: otherwise skip loading them.
  const loadOpts = { expectModel: wantDense ? undefined : null };
  // VECTOR_STORE=pgvector: the current generation in Postgres (src/store/); default: the embedded files.
  const index = config.vectorStore === 'pgvector' ? await (await indexStoreFor(config)).load(loadOpts) : await loadIndex(config.indexDir, loadOpts);
  // hnswlib keeps its own copy of the vectors; the array (~150 MiB at 100k × 384) is not needed to search.
  if (config.vectorStore !== 'pgvector') index.vectors = null;
  const built = index.manifest.model;
  const usable = wantDense && built?.id === embedder!.modelId && built.dim === embedder!.dim && index.dense !== null;
  if (wantDense && !usable) {
    notices.push(`the index was built ${built ? `with ${built.id}` : 'without a model'}; rebuild with \`npm run index -- --full\` to search with ${embedder!.modelId}`);
  }
  const dense = usable ? { index: index.dense!, embedder: embedder! } : null;
  return { engine: new SearchEngine({ paragraphs: index.paragraphs, lexicon: res.lexicon, dense }), index, embedder, notices };
}
