/**
 * Postgres + pgvector store: build time, dense query latency (SQL `ORDER BY embedding <=> $1
 * LIMIT k` on the HNSW index) and recall@10 against the exact scan for a sweep of hnsw.ef_search,
 * and lexical candidate latency (`tokens && $1::text[]` on the GIN index) at 10k paragraphs.
 *
 *   npx tsx bench/pgvector.ts [--count N] [--queries N] [--dir /abs/dir] [--vectors random|mixture]
 *                             [--url postgres://…] [--json FILE]
 *
 * Where: a real server when `--url` or DATABASE_URL is a postgres:// URL (a role that may create
 * the schema `bench`, dropped at the end), else PGlite (in-memory, or file-backed with --dir).
 * --json writes the figures as [{"key","value","unit","what"}] (bench/results/<date>-pgvector.json).
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
import { openDatabase, redactDatabaseUrl } from '../src/store/pgvector/connect.js';
import type { Queryable } from '../src/store/pgvector/sql.js';
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
  options: {
    count: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '200' },
    dir: { type: 'string' },
    vectors: { type: 'string', default: 'random' },
    url: { type: 'string' },
    json: { type: 'string' },
  },
});
const serverUrl = [values.url, process.env.DATABASE_URL].find((u) => u && /^postgres(ql)?:\/\//i.test(u));
/** hnsw.ef_search values swept for recall@10 and latency. */
const EF_SWEEP = [10, 20, 40, 64, 100, 200, 400];
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
  log(`${corpus.length} synthetic paragraphs × ${DIM}-dim ${mixture ? "clustered mixture" : "random"} vectors; ${nQueries} dense queries; ${termQueries.length} term queries`);

  const dataDir = values.dir ? path.resolve(values.dir) : undefined;
  if (dataDir) await fs.mkdir(dataDir, { recursive: true });
  const t0 = performance.now();
  let db: Queryable;
  let close: () => Promise<void>;
  let where: string;
  let store: PgIndexStore;
  if (serverUrl) {
    const builder = await openDatabase(serverUrl, 'builder');
    const reader = await openDatabase(serverUrl, 'reader');
    await builder.db.query('DROP SCHEMA IF EXISTS bench CASCADE');
    db = reader.db;
    close = async () => {
      await builder.db.query('DROP SCHEMA IF EXISTS bench CASCADE');
      await reader.close();
      await builder.close();
    };
    where = `server ${redactDatabaseUrl(serverUrl)}`;
    store = new PgIndexStore(db, { schema: 'bench', location: where, builder: async () => builder.db });
    const [v] = (await db.query('SHOW server_version')).rows as Array<{ server_version: string }>;
    const [e] = (await db.query(`SELECT extversion FROM pg_extension WHERE extname = 'vector'`)).rows as Array<{ extversion: string }>;
    where += ` (PostgreSQL ${v?.server_version ?? '?'}, pgvector ${e?.extversion ?? '?'})`;
  } else {
    const lite = dataDir ? new PGlite(dataDir, { extensions: { vector } }) : new PGlite({ extensions: { vector } });
    await lite.waitReady;
    db = lite;
    close = () => lite.close();
    where = `PGlite (${dataDir ? 'file-backed' : 'in-memory'})`;
    store = new PgIndexStore(db, { schema: 'bench', location: where });
  }
  const startMs = performance.now() - t0;
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
  // Recall@10 of the HNSW answer against the exact scan, per ef_search: LIMIT 10 (ef = max(ef, 10)),
  // and the top 10 of the LIMIT 100 answer the engine asks for (ef = max(ef, 100)).
  const exact10 = qv.map((q) => dense.search(q, 10).map((h) => h.row));
  const sweep: Array<{ ef: number; recall10: number; recallIn100: number; p50k10: number; p95k10: number; p50k100: number }> = [];
  for (const ef of EF_SWEEP) {
    dense.setEf(ef);
    let hits10 = 0;
    let hits100 = 0;
    const ms10: number[] = [];
    const ms100: number[] = [];
    for (let i = 0; i < qv.length; i++) {
      const want = exact10[i]!;
      let t = performance.now();
      const a10 = new Set((await dense.searchAsync(qv[i]!, 10)).map((h) => h.row));
      ms10.push(performance.now() - t);
      t = performance.now();
      const a100 = new Set((await dense.searchAsync(qv[i]!, CANDIDATES)).slice(0, 10).map((h) => h.row));
      ms100.push(performance.now() - t);
      for (const r of want) {
        if (a10.has(r)) hits10++;
        if (a100.has(r)) hits100++;
      }
    }
    const n = qv.length * 10;
    sweep.push({ ef, recall10: hits10 / n, recallIn100: hits100 / n, p50k10: percentile(ms10, 50), p95k10: percentile(ms10, 95), p50k100: percentile(ms100, 50) });
    log(`ef_search ${ef}: recall@10 ${(hits10 / n).toFixed(3)} (top 10 of LIMIT 100: ${(hits100 / n).toFixed(3)}), p50 ${percentile(ms10, 50).toFixed(2)} ms`);
  }
  const defaultEf = idx.manifest.hnsw?.efSearch ?? 100;
  dense.setEf(defaultEf);
  const atDefault = sweep.find((x) => x.ef === defaultEf);
  const smallest = sweep.find((x) => x.recall10 >= 0.98);
  const exactMs = await timeEach(qv.slice(0, 50), async (q) => dense.search(q, CANDIDATES));

  log('lexical candidate queries');
  for (const t of termQueries) await idx.searchLexicalCandidates(t, CANDIDATES);
  const reps = Math.max(1, Math.ceil(200 / termQueries.length));
  const lexQueries = Array.from({ length: reps }, () => termQueries).flat();
  const returned: number[] = [];
  const lexMs = await timeEach(lexQueries, async (t) => returned.push((await idx.searchLexicalCandidates(t, CANDIDATES)).length));
  const meanReturned = returned.reduce((a, b) => a + b, 0) / returned.length;

  await close();

  const label = count >= 1000 && count % 1000 === 0 ? `${count / 1000}k` : String(count);
  const rows: Array<[string, string, string, string]> = [
    ['pgvector.start', fmt(startMs / 1000, 2), 's', `${where}: connect / start with the vector extension`],
    [`pgvector.build_${label}`, fmt(buildMs / 1000, 2), 's', `build of ${corpus.length} paragraphs × ${DIM} dims (vectors handed over, no model): tokens, one transaction writing rows + GIN + HNSW (m ${idx.manifest.hnsw?.M}, ef_construction ${idx.manifest.hnsw?.efConstruction}), switch`],
    [`pgvector.build_${label}.write`, fmt(writeMs / 1000, 2), 's', 'of which the write transaction (rows, GIN and HNSW indexes, switch, old generation dropped)'],
    [`pgvector.rebuild_${label}.unchanged`, fmt(rebuildMs / 1000, 2), 's', `incremental rebuild, corpus unchanged (embedded ${again.embedded}, reused ${again.reused}); a new generation is still written`],
    [`pgvector.load_${label}`, fmt(loadMs / 1000, 2), 's', 'load of the current generation: paragraphs + vectors, sha256-checked against the manifest'],
    ['pgvector.dense_k100.p50', fmt(percentile(dense100, 50), 2), 'ms', `SQL ORDER BY embedding <=> $1 LIMIT 100 (hnsw.ef_search ${defaultEf}), ${nQueries} ${mixture ? 'mixture' : 'random'} queries`],
    ['pgvector.dense_k100.p95', fmt(percentile(dense100, 95), 2), 'ms', 'same'],
    ['pgvector.dense_k10.p50', fmt(percentile(dense10, 50), 2), 'ms', 'same, LIMIT 10'],
    ['pgvector.dense_k10.p95', fmt(percentile(dense10, 95), 2), 'ms', 'same, LIMIT 10'],
    ...sweep.flatMap((x): Array<[string, string, string, string]> => [
      [`pgvector.ef${x.ef}.recall10`, fmt(x.recall10, 3), '', `HNSW recall@10 vs the exact scan at hnsw.ef_search ${x.ef}, LIMIT 10 (${mixture ? 'clustered mixture vectors' : 'random vectors: the hard case for HNSW'})`],
      [`pgvector.ef${x.ef}.recall10_of_k100`, fmt(x.recallIn100, 3), '', `the same for the top 10 of the LIMIT 100 answer the engine asks for (ef_search max(${x.ef}, 100))`],
      [`pgvector.ef${x.ef}.k10.p50`, fmt(x.p50k10, 2), 'ms', `LIMIT 10 latency at ef_search ${x.ef} (p95 ${fmt(x.p95k10, 2)} ms; LIMIT 100 p50 ${fmt(x.p50k100, 2)} ms)`],
    ]),
    ['pgvector.default_ef.recall10', fmt(atDefault?.recall10 ?? NaN, 3), '', `recall@10 at the default ef_search ${defaultEf} (PG_DEFAULT_EF_SEARCH); target ≥ 0.98`],
    ['pgvector.min_ef_for_0.98', String(smallest?.ef ?? 'none'), '', `the smallest swept ef_search with recall@10 ≥ 0.98 (${EF_SWEEP.join(', ')})`],
    ['pgvector.exact_scan_k100.p50', fmt(percentile(exactMs, 50), 2), 'ms', 'the synchronous DenseIndex.search (exact, in process memory) for comparison'],
    ['pgvector.lexical_candidates.p50', fmt(percentile(lexMs, 50), 2), 'ms', `tokens && $1::text[] (GIN), LIMIT 100, terms = indexTerms(question), ${lexQueries.length} queries; per-term GIN probes counted per row`],
    ['pgvector.lexical_candidates.p95', fmt(percentile(lexMs, 95), 2), 'ms', `same (mean ${meanReturned.toFixed(0)} rows returned)`],
  ];
  const out = ['| key | value | unit | target | verdict | what |', '|---|---:|---|---|---|---|', ...rows.map(([k, v, u, w]) => `| ${k} | ${v} | ${u} |  |  | ${w.replace(/\|/g, '\\|')} |`)];
  process.stdout.write(out.join('\n') + '\n');
  if (values.json) {
    const figures = rows.map(([key, value, unit, what]) => ({ key, value: Number.isFinite(Number(value)) ? Number(value) : value, unit, what }));
    const meta = { machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`, node: process.version, where, count: corpus.length, dim: DIM, queries: nQueries, vectors: mixture ? 'mixture' : 'random', at: new Date().toISOString() };
    await fs.writeFile(values.json, JSON.stringify({ meta, figures }, null, 1) + '\n');
    log(`figures written to ${values.json}`);
  }
  log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, node ${process.version}; generation ${built.dir}`);
}

await main();
