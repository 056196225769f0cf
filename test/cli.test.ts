/** The commands as a user runs them: index (incremental), ask --jsonl, eval. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, writeFile, truncate, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
let dir: string;
const env = () => ({ ...process.env, MODELS_DIR: path.join(ROOT, 'test/fixtures/models'), EMBEDDING_MODEL: 'tiny-char-bert', INDEX_DIR: path.join(dir, 'idx') });
const cli = (script: string, args: string[]) => run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT, env: env(), maxBuffer: 1 << 24 });

before(async () => { dir = await mkdtemp(path.join(tmpdir(), 'newsbot-cli-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

test('index builds, then an unchanged corpus embeds 0 paragraphs', async () => {
  const first = await cli('index', ['--seeds', 'seeds']);
  assert.match(first.stdout, /articles: 5/);
  assert.match(first.stdout, /embedded: [1-9]\d*/);
  const second = await cli('index', ['--seeds', 'seeds']);
  assert.match(second.stdout, /embedded: 0 {2}reused: \d+ {2}removed: 0/);
});

test('ask --jsonl writes exactly one JSON line per input, errors included, nothing else', async () => {
  const file = path.join(dir, 'q.jsonl');
  await writeFile(file, [
    JSON.stringify({ id: 'a', question: 'ما هي الوكالة التي نقلت تصريح الجنرال باقري؟' }),
    '{not json',
    JSON.stringify({ id: 'b', question: 'What is the boiling point of water at sea level?' }),
    JSON.stringify({ id: 'c' }),
  ].join('\n'));
  const { stdout } = await cli('ask', ['--jsonl', file, '--k', '3']);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].id, 'a');
  assert.equal(lines[0].lang, 'ar');
  assert.equal(lines[0].abstained, false);
  const r = lines[0].results[0];
  for (const k of ['rank', 'score', 'text', 'article', 'paragraph', 'title', 'outlet', 'date', 'highlight']) assert.ok(k in r, `result has ${k}`);
  assert.match(r.text, /وكالة أنباء تسنيم/);
  assert.ok(r.text.includes(r.highlight));
  assert.equal(lines[1].id, null);
  assert.ok(lines[1].error);
  assert.equal(lines[2].abstained, true);
  assert.deepEqual(lines[2].results, []);
  assert.equal(lines[3].id, 'c');
  assert.match(lines[3].error, /question/);
});

test('a misused flag gets one clear line naming the flags, not a stack trace', async () => {
  await assert.rejects(cli('ask', ['--jsonl', '--k', '5', 'question']), (e: { stderr: string }) => /^error: .*--jsonl.*\(flags: --index VALUE, --k VALUE, --jsonl VALUE\)\n$/.test(e.stderr) && !/at .*\.js/.test(e.stderr));
});

test('a truncated index file is refused with a clear message naming the fix', async () => {
  const idx = path.join(dir, 'idx');
  const gen = (await readdir(idx)).find((n) => n.startsWith('gen-'))!;
  await truncate(path.join(idx, gen, 'paragraphs.jsonl'), 100);
  await assert.rejects(cli('ask', ['Larijani']), (e: { stderr: string }) => /paragraphs\.jsonl/.test(e.stderr) && /npm run index/.test(e.stderr));
});

test('npm start without BOT_TOKEN builds a missing index and answers at the prompt', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...env(), BOT_TOKEN: '', INDEX_DIR: path.join(dir, 'fresh') } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stdin.end('ما هي الوكالة التي نقلت تصريح الجنرال باقري؟\n\n');
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.equal(code, 0);
  assert.match(out, /Ask about the coverage \(5 articles\)/);
  assert.match(out, /1\. \[[\d.]+\] .*¶\d+/);
  assert.match(out, /وكالة أنباء تسنيم/);
});
