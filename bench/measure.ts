/**
 * Measurement helpers shared by the bench runner and its child processes: percentiles, warm
 * search latency per mode (lexical / dense / hybrid), exact (brute-force) k-NN and HNSW recall.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SearchEngine, type DenseSearch, type QueryEmbedder } from '../src/search/engine.js';
import { lexiconFrom, type Lexicon } from '../src/search/lexicon.js';
import { loadDictionary } from '../src/text/dictionary.js';
import { loadGlossary } from '../src/text/glossary.js';

/** What the SearchEngine asks the dense index for (engine.ts CANDIDATES). */
export const ENGINE_CANDIDATES = 100;
/** Results per search, as the CLI's default (SearchOptions.k). */
export const SEARCH_K = 5;

/** Nearest-rank percentile (p in 0–100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1]!;
}

export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  n: number;
}

export function summarize(samples: readonly number[]): Summary {
  const mean = samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : NaN;
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    mean,
    max: samples.length ? Math.max(...samples) : NaN,
    n: samples.length,
  };
}

/**
 * A QueryEmbedder that returns a precomputed vector per question: hybrid search is measured
 * without the model's query-embedding time.
 */
export function fixedQueryEmbedder(questions: readonly string[], vectors: readonly Float32Array[]): QueryEmbedder {
  const byQuestion = new Map<string, Float32Array>();
  questions.forEach((q, i) => byQuestion.set(q, vectors[i % vectors.length]!));
  return {
    embedQueries: async (texts) =>
      texts.map((t) => {
        const v = byQuestion.get(t);
        if (!v) throw new Error(`bench: no precomputed vector for question "${t.slice(0, 40)}"`);
        return v;
      }),
  };
}

/**
 * The same engine without its dense part, sharing its lexical index (no second construction):
 * an object whose prototype is `engine` and whose own `dense` is null. Checked through the public
 * `denseEnabled`; when the engine's layout changed and that no longer works, `rebuild` makes a
 * lexical-only engine instead (slower: a second construction).
 */
export function lexicalView(engine: SearchEngine, rebuild: () => SearchEngine): { engine: SearchEngine; shared: boolean } {
  const view = Object.create(engine) as SearchEngine;
  if ('dense' in engine) {
    Object.defineProperty(view, 'dense', { value: null, writable: true, enumerable: true, configurable: true });
    if (engine.denseEnabled && !view.denseEnabled) return { engine: view, shared: true };
  }
  return { engine: rebuild(), shared: false };
}

export interface LatencyOptions {
  questions: readonly string[];
  /** query vector per question (same order) for the dense-only mode */
  queryVectors: readonly Float32Array[];
  /** maximum timed passes over the questions per mode */
  rounds: number;
  /** stop adding passes to a mode after this many ms (at least `minRounds` passes are made) */
  budgetMs: number;
  minRounds?: number;
}

export interface ModeLatency extends Summary {
  rounds: number;
  /**
   * Each question's fastest pass, summarized over the questions: on a machine shared with other
   * work, a pass interrupted by another process shows in the plain percentiles, rarely in all passes.
   */
  minOfRuns: Summary;
}

/** Per-question minimum over passes (samples are pass-major: pass r, question i at r · n + i). */
export function minOfRuns(samples: readonly number[], n: number): Summary {
  const best = Array.from({ length: n }, () => Infinity);
  samples.forEach((x, j) => {
    if (x < best[j % n]!) best[j % n] = x;
  });
  return summarize(best.filter(Number.isFinite));
}

export interface LatencyResult {
  lexical: ModeLatency;
  dense: ModeLatency;
  hybrid: ModeLatency;
  /** the engine's own timings of the hybrid searches: where the time goes */
  hybridParts: { lexical: Summary; dense: Summary; rest: Summary };
  /** share of hybrid searches that returned results (did not abstain) */
  hybridAnswered: number;
}

type Call = (i: number) => Promise<unknown> | unknown;

/** Timed passes of `fn` over question indexes 0..n-1 (see LatencyOptions for when to stop). */
async function timed(fn: Call, n: number, opts: LatencyOptions, onEach?: (out: unknown) => void): Promise<ModeLatency> {
  const samples: number[] = [];
  const minRounds = Math.min(opts.minRounds ?? 3, opts.rounds);
  const start = performance.now();
  let rounds = 0;
  for (let r = 0; r < opts.rounds; r++) {
    if (r >= minRounds && performance.now() - start > opts.budgetMs) break;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const out = await fn(i);
      samples.push(performance.now() - t0);
      onEach?.(out);
    }
    rounds++;
  }
  return { ...summarize(samples), rounds, minOfRuns: minOfRuns(samples, n) };
}

/**
 * Warm latency of the three modes. Each mode gets one untimed warm-up pass over all questions,
 * then up to `rounds` timed passes (blocks per mode, so the modes do not evict each other's caches).
 *  - lexical: `lexicalEngine.search(q, {k: 5})` — the engine without a dense part;
 *  - dense: `dense.search(vector, 100)` — the HNSW query alone, as the engine issues it;
 *  - hybrid: `hybridEngine.search(q, {k: 5})` with the dense part attached and a precomputed
 *    query vector (no model time).
 */
export async function measureLatency(
  hybridEngine: SearchEngine,
  lexicalEngine: SearchEngine,
  dense: DenseSearch,
  opts: LatencyOptions,
): Promise<LatencyResult> {
  const qs = opts.questions;
  const vs = opts.queryVectors;
  const lexical: Call = (i) => lexicalEngine.search(qs[i]!, { k: SEARCH_K });
  const denseOnly: Call = (i) => dense.search(vs[i]!, ENGINE_CANDIDATES);
  const hybrid: Call = (i) => hybridEngine.search(qs[i]!, { k: SEARCH_K });
  for (const fn of [lexical, denseOnly, hybrid]) {
    for (let i = 0; i < qs.length; i++) await fn(i);
  }
  const partsLex: number[] = [];
  const partsDense: number[] = [];
  const partsRest: number[] = [];
  let answered = 0;
  let total = 0;
  const lex = await timed(lexical, qs.length, opts);
  const den = await timed(denseOnly, qs.length, opts);
  const hyb = await timed(hybrid, qs.length, opts, (out) => {
    const res = out as Awaited<ReturnType<SearchEngine['search']>>;
    partsLex.push(res.timings.lexicalMs);
    partsDense.push(res.timings.denseMs);
    partsRest.push(res.timings.totalMs - res.timings.lexicalMs - res.timings.denseMs - res.timings.embedMs);
    total++;
    if (!res.abstained) answered++;
  });
  return {
    lexical: lex,
    dense: den,
    hybrid: hyb,
    hybridParts: { lexical: summarize(partsLex), dense: summarize(partsDense), rest: summarize(partsRest) },
    hybridAnswered: total ? answered / total : 0,
  };
}

/* ------------------------------------------------------------------------- */
/* exact k-NN and recall                                                      */
/* ------------------------------------------------------------------------- */

function dot(a: Float32Array, aOff: number, b: Float32Array, dim: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < dim; j += 4) {
    s0 += a[aOff + j]! * b[j]!;
    s1 += a[aOff + j + 1]! * b[j + 1]!;
    s2 += a[aOff + j + 2]! * b[j + 2]!;
    s3 += a[aOff + j + 3]! * b[j + 3]!;
  }
  for (; j < dim; j++) s0 += a[aOff + j]! * b[j]!;
  return s0 + s1 + s2 + s3;
}

/**
 * Exact top-k rows by cosine (all vectors are unit length, so cosine = dot product), best first.
 * A size-k min-heap over one pass of the matrix.
 */
export function exactTopK(vectors: Float32Array, dim: number, count: number, query: Float32Array, k: number): number[] {
  const kk = Math.min(k, count);
  const hs = new Float64Array(kk);
  const hr = new Int32Array(kk);
  let size = 0;
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && hs[l]! < hs[m]!) m = l;
      if (r < size && hs[r]! < hs[m]!) m = r;
      if (m === i) return;
      const ts = hs[i]!;
      const tr = hr[i]!;
      hs[i] = hs[m]!;
      hr[i] = hr[m]!;
      hs[m] = ts;
      hr[m] = tr;
      i = m;
    }
  };
  for (let row = 0; row < count; row++) {
    const s = dot(vectors, row * dim, query, dim);
    if (size < kk) {
      let i = size++;
      hs[i] = s;
      hr[i] = row;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (hs[p]! <= hs[i]!) break;
        const ts = hs[i]!;
        const tr = hr[i]!;
        hs[i] = hs[p]!;
        hr[i] = hr[p]!;
        hs[p] = ts;
        hr[p] = tr;
        i = p;
      }
    } else if (s > hs[0]!) {
      hs[0] = s;
      hr[0] = row;
      siftDown(0);
    }
  }
  const out = Array.from({ length: size }, (_, i) => ({ s: hs[i]!, r: hr[i]! }));
  out.sort((a, b) => b.s - a.s || a.r - b.r);
  return out.map((x) => x.r);
}

/** |approx ∩ exact[0..k)| / k */
export function recallAt(approx: readonly number[], exact: readonly number[], k: number): number {
  const truth = new Set(exact.slice(0, k));
  let hit = 0;
  for (const r of approx.slice(0, k)) if (truth.has(r)) hit++;
  return hit / Math.min(k, truth.size || k);
}

export interface RecallPoint {
  ef: number;
  recall: number;
  /** mean ms per query */
  queryMs: number;
  p95Ms: number;
}

export interface DenseWithEf extends DenseSearch {
  setEf(ef: number): void;
}

/** recall@k and per-query time of `index` at every ef; `exact[i]` is the true top-k of query i. */
export function recallSweep(index: DenseWithEf, queries: readonly Float32Array[], exact: readonly number[][], k: number, efs: readonly number[]): RecallPoint[] {
  const out: RecallPoint[] = [];
  for (const ef of efs) {
    index.setEf(ef);
    for (const q of queries) index.search(q, k); // warm-up: one untimed pass at this ef
    const times: number[] = [];
    let sum = 0;
    queries.forEach((q, i) => {
      const t0 = performance.now();
      const hits = index.search(q, k);
      times.push(performance.now() - t0);
      sum += recallAt(
        hits.map((h) => h.row),
        exact[i]!,
        k,
      );
    });
    const s = summarize(times);
    out.push({ ef, recall: sum / queries.length, queryMs: s.mean, p95Ms: s.p95 });
  }
  return out;
}

/**
 * Highest RSS of this process in MiB: VmHWM of /proc/self/status (Linux; counts from this
 * process's exec), else getrusage's maxrss — which on Linux may start at the RSS of the parent that
 * forked this process, so it can overstate a child's own peak.
 */
function peakRssMiB(): number {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** Resident set size etc. in MiB, after a full GC when the process runs with --expose-gc. */
export interface MemorySample {
  rssMiB: number;
  /** highest RSS of the process so far (VmHWM) */
  peakRssMiB: number;
  heapUsedMiB: number;
  /** V8 heap reserved (used + free pages it has not returned yet) */
  heapTotalMiB: number;
  externalMiB: number;
  arrayBuffersMiB: number;
  gc: boolean;
}

export function memory(): MemorySample {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
  const m = process.memoryUsage();
  const mib = (x: number) => x / (1024 * 1024);
  return {
    rssMiB: mib(m.rss),
    peakRssMiB: peakRssMiB(),
    heapUsedMiB: mib(m.heapUsed),
    heapTotalMiB: mib(m.heapTotal),
    externalMiB: mib(m.external),
    arrayBuffersMiB: mib(m.arrayBuffers),
    gc: g !== undefined,
  };
}

/** A line a child process prints so that the parent can pick its result out of stdout. */
export const RESULT_MARK = '@@BENCH_RESULT ';

/**
 * The lexicon exactly as openResources builds it (FreeDict from `dictDir` + the news glossary),
 * or the glossary alone when the dictionary is not installed.
 */
export async function productionLexicon(dictDir?: string): Promise<{ lexicon: Lexicon; source: string; dictionary: boolean }> {
  const dict = await loadDictionary(dictDir).catch(() => null);
  const glossary = await loadGlossary();
  const lexicon = lexiconFrom(dict ?? { enToAr: new Map(), arToEn: new Map(), source: '' }, glossary);
  return { lexicon, source: lexicon.source, dictionary: dict !== null };
}

/** Row-major float32 matrix to/from a little-endian file (how the parent hands query vectors to children). */
export function f32ToBuffer(m: Float32Array): Buffer {
  return Buffer.from(m.buffer, m.byteOffset, m.byteLength);
}

export function bufferToF32(b: Buffer): Float32Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Float32Array(copy.buffer);
}

/** Splits a row-major matrix into row copies. */
export function rows(m: Float32Array, dim: number): Float32Array[] {
  const out: Float32Array[] = [];
  for (let i = 0; i + dim <= m.length; i += dim) out.push(m.slice(i, i + dim));
  return out;
}

/**
 * Diagnostic of how much work BM25 does per question: the postings it walks (sum of the document
 * frequencies of every term of every concept alternative) and the largest posting list as a
 * share of the corpus. Reads the engine's private `bm25` index; null when that layout changed.
 */
export function lexicalWork(engine: SearchEngine, questions: readonly string[]): { postingsMean: number; maxDfShareMean: number } | null {
  const bm25 = (engine as unknown as { bm25?: { df?: (t: string) => number; size?: number } }).bm25;
  if (!bm25 || typeof bm25.df !== 'function' || typeof bm25.size !== 'number' || bm25.size === 0) return null;
  let postings = 0;
  let share = 0;
  for (const q of questions) {
    let maxDf = 0;
    for (const c of engine.concepts(q)) {
      for (const alt of c.alternatives) {
        for (const t of alt.terms) {
          const df = bm25.df(t);
          postings += df;
          maxDf = Math.max(maxDf, df);
        }
      }
    }
    share += maxDf / bm25.size;
  }
  return { postingsMean: postings / questions.length, maxDfShareMean: share / questions.length };
}
