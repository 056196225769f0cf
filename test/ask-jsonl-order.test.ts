/** `ask --jsonl` as a user runs it: scores never rise down the ranking; refusals name the missing words. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
let dir: string;
const env = () => ({ ...process.env, MODELS_DIR: path.join(ROOT, 'test/fixtures/models'), EMBEDDING_MODEL: 'tiny-char-bert', INDEX_DIR: path.join(dir, 'idx') });
const cli = (script: string, args: string[]) => run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT, env: env(), maxBuffer: 1 << 24 });

before(async () => { dir = await mkdtemp(path.join(tmpdir(), 'newsbot-order-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

test('ask --jsonl: scores never rise down the ranking, and refusals carry kind and missing words', async () => {
  await cli('index', ['--seeds', 'seeds']);
  // The shared dev questions (answerable and not) plus the repository's own off-topic probes.
  const shared = path.join(ROOT, '../shared/eval/dev_qa.jsonl');
  const probes = await readFile(path.join(ROOT, 'test/fixtures/eval/offtopic_probes.jsonl'), 'utf8');
  const dev = await readFile(shared, 'utf8').catch(() => '');
  const file = path.join(dir, 'q.jsonl');
  await writeFile(file, [dev, probes, JSON.stringify({ id: 'btc', question: 'What did Larijani say about Bitcoin?' })].join('\n'));
  const { stdout } = await cli('ask', ['--jsonl', file, '--k', '10']);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; kind: string; missing: string[]; abstained: boolean; results: Array<{ rank: number; score: number }> });
  let answered = 0;
  for (const l of lines) {
    assert.ok(Array.isArray(l.missing), `${l.id} has missing`);
    assert.ok(['answer', 'none', 'greeting'].includes(l.kind));
    if (l.results.length > 1) answered++;
    for (let i = 1; i < l.results.length; i++) {
      assert.ok(l.results[i]!.score <= l.results[i - 1]!.score, `${l.id}: ${l.results.map((r) => r.score).join(' ')}`);
      assert.equal(l.results[i]!.rank, i + 1);
    }
  }
  assert.ok(answered >= (dev ? 15 : 0), `answered ${answered}`);
  const btc = lines.find((l) => l.id === 'btc')!;
  assert.equal(btc.abstained, true);
  assert.deepEqual(btc.missing, ['Bitcoin']);
  assert.equal(lines.find((l) => l.id === 'p18')!.kind, 'greeting');
});
