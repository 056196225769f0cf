/**
 * The bench's smoke mode runs every code path of bench/run.ts on tiny sizes: this test runs it in
 * a child process and checks that the table has every expected row with a numeric figure (values
 * are machine-dependent, so only their shape and internal consistency are checked), and that a
 * smoke run writes no results file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'bench', 'results');

const TIERS = ['seeds', 'mid', 'large'] as const;
const MODES = ['lexical', 'dense', 'hybrid'] as const;
const PCTS = ['p50', 'p95', 'p99'] as const;
const EFS = [10, 20, 50, 100, 200, 400];

const EXPECTED = [
  'corpus.seeds.paragraphs',
  'corpus.mid.vocabulary',
  'corpus.large.vocabulary',
  'corpus.large.mean_chars',
  ...TIERS.flatMap((t) => [...MODES.flatMap((m) => PCTS.map((p) => `latency.${t}.${m}.${p}`)), `engine.${t}.construct_ms`]),
  'lexical.mid.postings_per_query',
  'lexical.large.postings_per_query',
  'lexical.large.max_df_share',
  'latency.large_inprocess.lexical.p50',
  'latency.large_inprocess.lexical.p95',
  'peer.large.minisearch.p50',
  'peer.large.minisearch.p95',
  'peer.large.flexsearch.p50',
  'peer.large.flexsearch.p95',
  'peer.large.best_p95_ratio',
  'cold.uncached_child_ms',
  'latency.large.hybrid.lexical_part_p95',
  'latency.large.hybrid.dense_part_p95',
  'latency.large.hybrid.rest_p95',
  'lexicon.load_ms',
  'model.load_ms',
  'index.mid.paragraphs_per_s',
  'index.mid.seconds',
  'index.mid.embed_share',
  'reindex.seeds.first_s',
  'reindex.seeds.noop_s',
  'reindex.seeds.noop_embedded',
  'hnsw.large.build_s',
  'index.large.build_s',
  'index.large.load_ms',
  'hnsw.exact.query_ms',
  ...EFS.flatMap((ef) => [`hnsw.ef${ef}.recall10`, `hnsw.ef${ef}.query_ms`]),
  'hnsw.default.recall10',
  'hnsw.recommended_ef',
  'hnsw.engine.recall100',
  'memory.large.rss_mib',
  'memory.large.peak_rss_mib',
  'memory.large.heap_used_mib',
  'memory.large.external_mib',
  'memory.large.after_searches_rss_mib',
  'memory.large.baseline_rss_mib',
  'cold.child_ms',
  'cold.parent_ms',
  'cold.imports_ms',
  'cold.resources_ms',
  'cold.open_index_ms',
  'cold.first_search_ms',
  'run.total_s',
];

/** Rows with a target: their verdict column must say PASS or FAIL. */
const JUDGED = ['latency.large.lexical.p95', 'latency.large.hybrid.p95', 'peer.large.best_p95_ratio', 'cold.child_ms', 'hnsw.default.recall10', 'reindex.seeds.noop_s', 'memory.large.rss_mib'];

interface Row {
  value: string;
  unit: string;
  target: string;
  verdict: string;
  what: string;
}

function runSmoke(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'run.ts'), '--smoke'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 170_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function parseTable(stdout: string): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| key ')) continue;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    if (cells.length !== 6) continue;
    const [key, value, unit, target, verdict, what] = cells as [string, string, string, string, string, string];
    rows.set(key, { value, unit, target, verdict, what });
  }
  return rows;
}

function listResults(): Map<string, number> {
  const out = new Map<string, number>();
  if (!fs.existsSync(RESULTS)) return out;
  for (const f of fs.readdirSync(RESULTS)) out.set(f, fs.statSync(path.join(RESULTS, f)).mtimeMs);
  return out;
}

test('bench --smoke prints every figure as a number and writes no results', { timeout: 180_000 }, async () => {
  const before = listResults();
  const run = await runSmoke();
  assert.equal(run.code, 0, `bench --smoke failed:\n${run.stderr.slice(-3000)}`);

  const rows = parseTable(run.stdout);
  const missing = EXPECTED.filter((k) => !rows.has(k));
  assert.deepEqual(missing, [], `rows missing from the table:\n${run.stdout.slice(0, 2000)}`);

  const num = (key: string): number => {
    const row = rows.get(key)!;
    assert.match(row.value, /^-?\d+(\.\d+)?$/, `${key}: "${row.value}" is not a number`);
    return Number(row.value);
  };
  for (const key of EXPECTED) {
    const v = num(key);
    assert.ok(Number.isFinite(v) && v >= 0, `${key}: ${v} should be a finite non-negative number`);
    assert.ok(rows.get(key)!.what.length > 10, `${key}: the "what" column should say what the figure means`);
    assert.ok(rows.get(key)!.unit.length > 0, `${key}: no unit`);
  }

  // internal consistency, whatever the machine
  for (const t of TIERS) {
    for (const m of MODES) {
      const [p50, p95, p99] = PCTS.map((p) => num(`latency.${t}.${m}.${p}`));
      assert.ok(p50! <= p95! && p95! <= p99!, `latency.${t}.${m}: p50 ${p50} ≤ p95 ${p95} ≤ p99 ${p99}`);
      assert.ok(p50! > 0, `latency.${t}.${m}.p50 should be > 0`);
    }
  }
  for (const key of [...EFS.map((ef) => `hnsw.ef${ef}.recall10`), 'hnsw.default.recall10', 'hnsw.engine.recall100', 'index.mid.embed_share', 'lexical.large.max_df_share']) {
    const v = num(key);
    assert.ok(v >= 0 && v <= 1, `${key}: ${v} should be a fraction`);
  }
  assert.ok(EFS.includes(num('hnsw.recommended_ef')), 'the recommended ef is one of those tried');
  assert.ok(num('hnsw.default.recall10') > 0.5, 'HNSW recall@10 at the default ef is far too low: the recall measurement is broken');
  assert.ok(num('corpus.large.vocabulary') > num('corpus.mid.vocabulary'), 'a larger synthetic corpus has a larger vocabulary');
  assert.ok(num('index.mid.paragraphs_per_s') > 0);
  assert.ok(num('memory.large.rss_mib') >= num('memory.large.baseline_rss_mib'), 'RSS after loading ≥ baseline');
  assert.ok(num('cold.child_ms') >= num('cold.first_search_ms'));
  for (const key of JUDGED) {
    assert.match(rows.get(key)!.verdict, /\*\*(PASS|FAIL)\*\*/, `${key}: verdict column should say PASS or FAIL`);
    assert.ok(rows.get(key)!.target.length > 0, `${key}: target missing`);
  }

  // smoke mode writes nothing under bench/results
  const after = listResults();
  for (const [f, mtime] of after) assert.equal(before.get(f), mtime, `smoke run wrote bench/results/${f}`);
});
