/**
 * Child process of the bench (run by bench/run.ts, not by hand): opens the large synthetic index
 * the parent built, in a fresh process so its memory is measured alone, then measures on it:
 *   1. resident memory after loadIndex + SearchEngine construction (what a bot process holds);
 *   2. warm search latency (lexical / dense / hybrid) on the loaded index;
 *   3. HNSW recall@k against brute force for several ef values, and per-query time.
 *
 *   node --expose-gc --import tsx bench/child-large.ts <spec.json>
 *
 * Prints one line `@@BENCH_RESULT {json}` on stdout.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadIndex } from '../src/store/index.js';
import { DEFAULT_EF_SEARCH } from '../src/store/files/hnsw.js';
import { SearchEngine } from '../src/search/engine.js';
import { measurePeers } from './peers.js';
import {
  ENGINE_CANDIDATES,
  RESULT_MARK,
  bufferToF32,
  exactTopK,
  fixedQueryEmbedder,
  lexicalView,
  lexicalWork,
  measureLatency,
  memory,
  productionLexicon,
  recallSweep,
  rows,
  type DenseWithEf,
} from './measure.js';

export interface LargeSpec {
  indexDir: string;
  dictDir?: string;
  questions: string[];
  /** f32 file: one query vector per question */
  denseQueriesFile: string;
  /** f32 file: recall query vectors */
  recallQueriesFile: string;
  dim: number;
  rounds: number;
  budgetMs: number;
  efs: number[];
  recallK: number;
}

const spec = JSON.parse(await fs.readFile(process.argv[2]!, 'utf8')) as LargeSpec;
const mem: Record<string, ReturnType<typeof memory>> = {};
mem.baseline = memory();

let t = performance.now();
const lex = await productionLexicon(spec.dictDir);
const lexiconMs = performance.now() - t;
mem.afterLexicon = memory();

t = performance.now();
const index = await loadIndex(spec.indexDir);
const loadMs = performance.now() - t;
if (!index.dense || !index.vectors) throw new Error(`bench: ${spec.indexDir} has no dense index`);
const dense = index.dense as DenseWithEf;
// As openSearch does: hnswlib holds its own copy of the vectors, so the product drops the array.
index.vectors = null;
mem.afterLoad = memory();

const denseQueries = rows(bufferToF32(await fs.readFile(spec.denseQueriesFile)), spec.dim);
const embedder = fixedQueryEmbedder(spec.questions, denseQueries);
t = performance.now();
const engine = new SearchEngine({ paragraphs: index.paragraphs, lexicon: lex.lexicon, dense: { index: dense, embedder } });
const constructMs = performance.now() - t;
mem.afterEngine = memory();

const lexical = lexicalView(engine, () => new SearchEngine({ paragraphs: index.paragraphs, lexicon: lex.lexicon }));
const latency = await measureLatency(engine, lexical.engine, dense, {
  questions: spec.questions,
  queryVectors: spec.questions.map((_, i) => denseQueries[i % denseQueries.length]!),
  rounds: spec.rounds,
  budgetMs: spec.budgetMs,
});
mem.afterSearches = memory();
const work = lexicalWork(engine, spec.questions);

// Recall: ground truth by brute force over the vectors loadIndex returned (row = label).
const recallQueries = rows(bufferToF32(await fs.readFile(spec.recallQueriesFile)), spec.dim);
const n = index.paragraphs.length;
const kTruth = Math.max(spec.recallK, ENGINE_CANDIDATES);
t = performance.now();
// The vectors the product dropped after load are read back from the generation's file for the ground truth.
const allVectors = bufferToF32(await fs.readFile(path.join(index.dir, 'vectors.f32')));
const truth = recallQueries.map((q) => exactTopK(allVectors, spec.dim, n, q, kTruth));
const exactMsPerQuery = (performance.now() - t) / recallQueries.length;
const truthK = truth.map((x) => x.slice(0, spec.recallK));
const sweep = recallSweep(dense, recallQueries, truthK, spec.recallK, spec.efs);
// What the engine actually asks for: 100 candidates at the default ef (hnswlib searches with max(ef, k)).
const atEngine = recallSweep(dense, recallQueries, truth, ENGINE_CANDIDATES, [DEFAULT_EF_SEARCH])[0]!;
dense.setEf(index.manifest.hnsw?.efSearch ?? DEFAULT_EF_SEARCH);

// Peers last, so their indexes do not weigh on the product's memory and latency figures.
const peers = measurePeers(
  index.paragraphs.map((p) => p.text),
  spec.questions,
  spec.rounds,
  (m) => process.stderr.write(`${m}\n`),
);

const out = {
  peers,
  paragraphs: n,
  dim: spec.dim,
  manifestHnsw: index.manifest.hnsw ?? null,
  lexiconSource: lex.source,
  dictionary: lex.dictionary,
  lexiconMs,
  loadMs,
  constructMs,
  memory: mem,
  lexicalShared: lexical.shared,
  latency,
  lexicalWork: work,
  recall: { k: spec.recallK, queries: recallQueries.length, exactMsPerQuery, sweep, engineCandidates: { k: ENGINE_CANDIDATES, ...atEngine } },
};
process.stdout.write(`${RESULT_MARK}${JSON.stringify(out)}\n`);
