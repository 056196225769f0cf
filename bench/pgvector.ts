/**
 * Postgres + pgvector store on PGlite (Postgres in WebAssembly, in-process): build time, dense
 * query latency (SQL `ORDER BY embedding <=> $1 LIMIT k` on the HNSW index) and lexical candidate
 * latency (`tokens && $1::text[]` on the GIN index) at 10k paragraphs.
 *
 *   npx tsx bench/pgvector.ts [--count N] [--queries N] [--dir /abs/dir] [--vectors random|mixture]
 *
 * Paragraphs: bench/synthetic.ts from the seeds (as the main bench). Vectors: random unit vectors,
 * 384 dimensions (uniform on the sphere: no cluster structure, the hard case for HNSW recall).
 * Query terms: `indexTerms()` of the dev questions (../shared/eval/dev_qa.jsonl or BENCH_QUESTIONS;
 * built-in ones when missing). In-memory PGlite unless --dir names a folder (file-backed, as
 * DATABASE_URL=pglite:///dir). Prints a markdown table on stdout (the main bench's columns),
 * progress on stderr.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import type { Embedder } from '../src/embed/embedder.js';
import { ingestFolder } from '../src/ingest/index.js';
import { indexTerms } from '../src/text/tokenize.js';
import type { Paragraph } from '../src/types.js';
import { PgIndexStore } from '../src/store/pgvector/store.js';
import { percentile } from './measure.js';
import { rng, syntheticCorpus, VectorMixture } from './synthetic.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIM = 384;
const CANDIDATES = 100; // what the engine asks the dense index and BM25 for
const log = (s: string) => process.stderr.write(`[pgvector bench] ${s}\n`);

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, queries: { type: 'string', default: '200' }, dir: { type: 'string' }, vectors: { type: 'string', default: 'random' } },
});
const count = Number(values.count);
const nQueries = Number(values.queries);

function randomUnitVectors(n: number, seed: number): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(n * DIM);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let d = 0; d < DIM; d++) {
      const x = r.gauss();
      out[i * DIM + d] = x;
      norm += x * x;
    }
    const inv = 1 / Math.sqrt(norm);
    for (let d = 0; d < DIM; d++) out[i * DIM + d]! *= inv;
  }
  return out;
}

/** Hands over precomputed vectors by paragraph text (no model in the loop: build time is the store's). */
function fixedEmbedder(paragraphs: readonly Paragraph[], vectors: Float32Array): Embedder {
  const rowOf = new Map<string, number>();
  paragraphs.forEach((p, i) => rowOf.has(p.text) || rowOf.set(p.text, i));
  return {
    modelId: `bench-random-${DIM}`,
    dim: DIM,
    isLanguageModel: true,
    embedQueries: async () => {
      throw new Error('not for queries');
    },
    embedPassages: async (texts, onProgress) => {
      const out = texts.map((t) => {
        const r = rowOf.get(t);
        if (r === undefined) throw new Error('unknown paragraph');
        return vectors.slice(r * DIM, (r + 1) * DIM);
      });
      onProgress?.(texts.length, texts.length);
      return out;
    },
  };
}

async function questions(): Promise<string[]> {
  const file = process.env.BENCH_QUESTIONS ?? path.resolve(ROOT, '..', 'shared', 'eval', 'dev_qa.jsonl');
  try {
    return (await fs.readFile(file, 'utf8'))
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { question: string }).question);
  } catch {
    return ['من هو أمين المجلس الأعلى للأمن القومي الإيراني؟', 'What did Larijani say in Islamabad?', 'ما هي الوكالة التي نقلت تصريح الجنرال باقري؟', 'Iran Pakistan border trade'];
  }
}

async function timeEach<T>(items: readonly T[], fn: (x: T) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (const x of items) {
    const t0 = performance.now();
    await fn(x);
    ms.push(performance.now() - t0);
  }
  return ms;
}

const fmt = (v: number, digits = 1) => v.toFixed(digits);

async function main(): Promise<void> {
  const seeds = (await ingestFolder(path.join(ROOT, 'seeds'))).articles.flatMap((a) => a.paragraphs);
  const corpus = syntheticCorpus(seeds, { count, seed: 1 }).paragraphs;
  // random (default): uniform on the sphere; mixture: the main bench's clustered vectors (closer to real embeddings)
  const mixture = values.vectors === 'mixture' ? new VectorMixture({ dim: DIM, seed: 7 }) : null;
  const vectors = mixture ? mixture.many(corpus.length) : randomUnitVectors(corpus.length, 11);
  const queryVectors = mixture ? mixture.many(nQueries) : randomUnitVectors(nQueries, 12);
  const qs = await questions();
  const termQueries = qs.map((q) => indexTerms(q)).filter((t) => t.length > 0);
  log(`${corpus.length} synthetic paragraphs × ${DIM}-dim random vectors; ${nQueries} dense queries; ${termQueries.length} term queries`);

  const dataDir = values.dir ? path.resolve(values.dir) : undefined;
  if (dataDir) await fs.mkdir(dataDir, { recursive: true });
  const t0 = performance.now();
  const db = dataDir ? new PGlite(dataDir, { extensions: { vector } }) : new PGlite({ extensions: { vector } });
  await db.waitReady;
  const startMs = performance.now() - t0;
  const store = new PgIndexStore(db, { schema: 'bench', location: dataDir ? `pglite://${dataDir}` : 'pglite://memory' });
  await store.ensureSchema();

  log('build (embedding excluded: vectors are handed over)');
  let writeStart = 0;
  const b0 = performance.now();
  const built = await store.build({
    paragraphs: corpus,
    embedder: fixedEmbedder(corpus, vectors),
    onHnswProgress: (done) => {
      if (done === 0) writeStart = performance.now();
    },
  });
  const buildMs = performance.now() - b0;
  const writeMs = performance.now() - writeStart;

  log('incremental rebuild, corpus unchanged');
  const r0 = performance.now();
  const again = await store.build({ paragraphs: corpus, embedder: fixedEmbedder(corpus, vectors) });
  const rebuildMs = performance.now() - r0;

  log('load');
  const l0 = performance.now();
  const idx = await store.load();
  const loadMs = performance.now() - l0;
  const dense = idx.dense!;

  log('dense queries');
  for (let i = 0; i < 10; i++) await dense.searchAsync(queryVectors.subarray(i * DIM, (i + 1) * DIM), CANDIDATES);
  const qv = Array.from({ length: nQueries }, (_, i) => queryVectors.slice(i * DIM, (i + 1) * DIM));
  const dense100 = await timeEach(qv, (q) => dense.searchAsync(q, CANDIDATES));
  const dense10 = await timeEach(qv, (q) => dense.searchAsync(q, 10));
  let recallHits = 0;
  for (const q of qv) {
    const approx = new Set((await dense.searchAsync(q, 10)).map((h) => h.row));
    for (const h of dense.search(q, 10)) if (approx.has(h.row)) recallHits++;
  }
  const recall10 = recallHits / (qv.length * 10);
  const exactMs = await timeEach(qv.slice(0, 50), async (q) => dense.search(q, CANDIDATES));

  log('lexical candidate queries');
  for (const t of termQueries) await idx.searchLexicalCandidates(t, CANDIDATES);
  const reps = Math.max(1, Math.ceil(200 / termQueries.length));
  const lexQueries = Array.from({ length: reps }, () => termQueries).flat();
  const returned: number[] = [];
  const lexMs = await timeEach(lexQueries, async (t) => returned.push((await idx.searchLexicalCandidates(t, CANDIDATES)).length));
  const meanReturned = returned.reduce((a, b) => a + b, 0) / returned.length;

  await db.close();

  const where = dataDir ? 'file-backed' : 'in-memory';
  const label = count >= 1000 && count % 1000 === 0 ? `${count / 1000}k` : String(count);
  const rows: Array<[string, string, string, string]> = [
    ['pgvector.start', fmt(startMs / 1000, 2), 's', `PGlite (${where}) start with the vector extension`],
    [`pgvector.build_${label}`, fmt(buildMs / 1000, 2), 's', `build of ${corpus.length} paragraphs × ${DIM} dims (vectors handed over, no model): tokens, one transaction writing rows + GIN + HNSW (m 16, ef_construction 64), switch`],
    [`pgvector.build_${label}.write`, fmt(writeMs / 1000, 2), 's', 'of which the write transaction (rows, GIN and HNSW indexes, switch, old generation dropped)'],
    [`pgvector.rebuild_${label}.unchanged`, fmt(rebuildMs / 1000, 2), 's', `incremental rebuild, corpus unchanged (embedded ${again.embedded}, reused ${again.reused}); a new generation is still written`],
    [`pgvector.load_${label}`, fmt(loadMs / 1000, 2), 's', 'load of the current generation: paragraphs + vectors, sha256-checked against the manifest'],
    ['pgvector.dense_k100.p50', fmt(percentile(dense100, 50), 2), 'ms', `SQL ORDER BY embedding <=> $1 LIMIT 100 (hnsw.ef_search 100), ${nQueries} ${mixture ? 'mixture' : 'random'} queries`],
    ['pgvector.dense_k100.p95', fmt(percentile(dense100, 95), 2), 'ms', 'same'],
    ['pgvector.dense_k10.p50', fmt(percentile(dense10, 50), 2), 'ms', 'same, LIMIT 10'],
    ['pgvector.dense_k10.p95', fmt(percentile(dense10, 95), 2), 'ms', 'same, LIMIT 10'],
    ['pgvector.dense.recall10', fmt(recall10, 3), '', mixture ? 'HNSW recall@10 vs the exact scan (clustered mixture vectors)' : 'HNSW recall@10 vs the exact scan (random vectors: the hard case for HNSW)'],
    ['pgvector.exact_scan_k100.p50', fmt(percentile(exactMs, 50), 2), 'ms', 'the synchronous DenseIndex.search (exact, in process memory) for comparison'],
    ['pgvector.lexical_candidates.p50', fmt(percentile(lexMs, 50), 2), 'ms', `tokens && $1::text[] (GIN), LIMIT 100, terms = indexTerms(question), ${lexQueries.length} queries; per-term GIN probes counted per row`],
    ['pgvector.lexical_candidates.p95', fmt(percentile(lexMs, 95), 2), 'ms', `same (mean ${meanReturned.toFixed(0)} rows returned)`],
  ];
  const out = ['| key | value | unit | target | verdict | what |', '|---|---:|---|---|---|---|', ...rows.map(([k, v, u, w]) => `| ${k} | ${v} | ${u} |  |  | ${w.replace(/\|/g, '\\|')} |`)];
  process.stdout.write(out.join('\n') + '\n');
  log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, node ${process.version}; generation ${built.dir}`);
}

await main();
