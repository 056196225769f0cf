/**
 * The commands as a user runs them, once per store: `index` then `ask --jsonl` on the seeds with
 * VECTOR_STORE=hnsw (embedded files) and with VECTOR_STORE=pgvector (DATABASE_URL=pglite:///dir,
 * a file-backed PGlite, so no server is needed). Both must answer identically.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const DEV_QA = path.resolve(ROOT, '..', 'shared', 'eval', 'dev_qa.jsonl');
let dir: string;

type Store = 'hnsw' | 'pgvector';
function env(store: Store): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    MODELS_DIR: path.join(ROOT, 'test/fixtures/models'),
    EMBEDDING_MODEL: 'tiny-char-bert',
    INDEX_DIR: path.join(dir, 'idx'),
    VECTOR_STORE: store,
  };
  if (store === 'pgvector') e.DATABASE_URL = `pglite://${path.join(dir, 'pgdata')}`;
  else delete e.DATABASE_URL;
  return e;
}
const cli = (store: Store, script: string, args: string[]) =>
  run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT, env: env(store), maxBuffer: 1 << 24 });

const BUILT_IN = [
  { id: 'b1', question: 'ما هي الوكالة التي نقلت تصريح الجنرال باقري؟' },
  { id: 'b2', question: 'Who is Larijani?' },
  { id: 'b3', question: 'What did Iran and Pakistan agree on?' },
  { id: 'b4', question: 'ماذا قال وزير الخارجية الروسي؟' },
  { id: 'b5', question: 'What is the boiling point of water at sea level?' },
];

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsbot-pgv-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('index + ask --jsonl give the same results from the embedded store and from pgvector (PGlite)', async () => {
  const questions = [...BUILT_IN];
  if (existsSync(DEV_QA)) {
    for (const line of (await readFile(DEV_QA, 'utf8')).split('\n').filter((l) => l.trim())) {
      const q = JSON.parse(line) as { id: string; question: string };
      questions.push({ id: q.id, question: q.question });
    }
  }
  const file = path.join(dir, 'q.jsonl');
  await writeFile(file, questions.map((q) => JSON.stringify(q)).join('\n') + '\n');

  const [hIndex, pIndex] = await Promise.all([cli('hnsw', 'index', ['--seeds', 'seeds']), cli('pgvector', 'index', ['--seeds', 'seeds'])]);
  for (const out of [hIndex.stdout, pIndex.stdout]) {
    assert.match(out, /articles: 5/);
    assert.match(out, /model: tiny-char-bert \(32 dims\)/);
    assert.match(out, /embedded: [1-9]\d* {2}reused: 0/);
  }
  assert.match(pIndex.stdout, new RegExp(`index: pglite://${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/pgdata`));
  const count = (s: string) => /paragraphs: (\d+)/.exec(s)?.[1];
  assert.equal(count(pIndex.stdout), count(hIndex.stdout));

  const [h, p] = await Promise.all([cli('hnsw', 'ask', ['--jsonl', file]), cli('pgvector', 'ask', ['--jsonl', file])]);
  const hl = h.stdout.trim().split('\n');
  const pl = p.stdout.trim().split('\n');
  assert.equal(hl.length, questions.length);
  assert.deepEqual(pl, hl, 'identical JSON lines from both stores');
  const answers = hl.map((l) => JSON.parse(l) as { abstained: boolean; results: unknown[] });
  assert.ok(answers.filter((a) => !a.abstained && a.results.length > 0).length >= 3, 'the comparison is not vacuous');
});

test('pgvector without a DATABASE_URL is a configuration error naming the key', async () => {
  const e = { ...env('pgvector') };
  delete e.DATABASE_URL;
  await assert.rejects(
    run(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', 'Larijani'], { cwd: ROOT, env: e }),
    (err: { code: number; stderr: string }) => err.code === 2 && /DATABASE_URL/.test(err.stderr),
  );
});
