/** Translations where a user meets them: `ask --jsonl`, `ask`, and `translate` (text and --jsonl). */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
let dir: string;
const env = (extra: Record<string, string> = {}) => ({
  ...process.env, MODELS_DIR: path.join(ROOT, 'test/fixtures/models'), EMBEDDING_MODEL: 'tiny-char-bert',
  INDEX_DIR: path.join(dir, 'idx'), DATA_DIR: path.join(dir, 'data'), ...extra,
});
const cli = (script: string, args: string[], extra?: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT, env: env(extra), maxBuffer: 1 << 24 });

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsbot-tr-'));
  await cli('index', ['--seeds', 'seeds']);
});
after(async () => { await rm(dir, { recursive: true, force: true }); });

const QUESTIONS = [
  { id: 'e1', question: 'Which airport did Larijani land at in Pakistan?' },
  { id: 'e2', question: 'What trade volume did Larijani call a realistic goal?' },
  { id: 'a1', question: 'ما هي الوكالة التي نقلت تصريح الجنرال باقري؟' },
];

test('ask --jsonl: every Arabic result of an English question carries an English gloss, labelled; Arabic questions none', async () => {
  const file = path.join(dir, 'q.jsonl');
  await writeFile(file, QUESTIONS.map((q) => JSON.stringify(q)).join('\n'));
  const { stdout } = await cli('ask', ['--jsonl', file, '--k', '5']);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  for (const l of lines.slice(0, 2)) {
    assert.equal(l.lang, 'en');
    assert.ok(l.results.length > 0);
    for (const r of l.results) {
      if (!/[\u0600-\u06FF]{3}/.test(r.text)) { assert.equal(r.translation, undefined, 'an English paragraph is not translated'); continue; }
      assert.ok(r.translation, `result ${r.rank} of ${l.id} has a translation`);
      assert.equal(r.translation.lang, 'en');
      assert.equal(r.translation.method, 'gloss');
      assert.doesNotMatch(r.translation.text, /[\u0600-\u06FF]/, 'no Arabic left in the English rendering');
      assert.ok(r.translation.text.split(' ').length >= r.text.split(/\s+/).length * 0.6, 'the whole paragraph, not a fragment');
      assert.ok(r.translation.title.length > 0);
    }
  }
  const glossed = lines[0].results.filter((r: { translation?: unknown }) => r.translation).map((r: { translation: { text: string } }) => r.translation.text).join(' ');
  assert.match(glossed, /Larijani/);
  assert.match(glossed, /\bairport\b/i);
  for (const r of lines[2].results as Array<{ text: string; translation?: { lang: string; text: string } }>) {
    if (/[\u0600-\u06FF]{3}/.test(r.text)) assert.equal(r.translation, undefined, 'same language: no translation');
    else assert.ok(r.translation?.lang === 'ar' && /[\u0600-\u06FF]/.test(r.translation.text), 'an English paragraph is rendered in Arabic for an Arabic question');
  }
});

test('ask (for a person) prints the labelled English rendering under the Arabic excerpt', async () => {
  const { stdout } = await cli('ask', ['--k', '1', 'Which airport did Larijani land at in Pakistan?']);
  assert.match(stdout, /\n {3}↳ English \(word-by-word gloss\): .*Larijani.*\n {5}Title in English: ./);
});

test('ask --jsonl with a model configured: the translation is the model\'s, said so, and kept in DATA_DIR', async () => {
  const file = path.join(dir, 'q1.jsonl');
  await writeFile(file, JSON.stringify(QUESTIONS[0]));
  const { stdout } = await cli('ask', ['--jsonl', file, '--k', '2'], { TRANSLATION_MODEL_AR_EN: 'tiny-marian' });
  const r = JSON.parse(stdout).results.find((x: { translation?: unknown }) => x.translation);
  assert.equal(r.translation.method, 'model');
  assert.match(r.translation.text, /^[a-z0-9 .,?!:;-]+$/, 'the fixture writes Latin letters for Arabic ones');
  assert.ok((await readFile(path.join(dir, 'data', 'translations.jsonl'), 'utf8')).trim().split('\n').length >= 2);
});

test('translate --jsonl: one line per input line, errors included, nothing else on stdout', async () => {
  const file = path.join(dir, 't.jsonl');
  await writeFile(file, [
    JSON.stringify({ id: 1, text: 'زار لاريجاني باكستان' }),
    '{broken',
    JSON.stringify({ id: 2 }),
    JSON.stringify({ id: 3, ar: 'وزير الخارجية', en: 'foreign minister' }),
  ].join('\n'));
  const { stdout } = await cli('translate', ['--to', 'en', '--jsonl', file]);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.deepEqual(Object.keys(lines[0]).sort(), ['id', 'method', 'translation']);
  assert.match(lines[0].translation, /Larijani.*Pakistan/);
  assert.equal(lines[0].method, 'gloss');
  assert.equal(lines[1].id, null);
  assert.ok(lines[1].error);
  assert.match(lines[2].error, /text/);
  assert.match(lines[3].translation, /foreign minister|minister of foreign affairs/i);
});

test('translate "text": the other language by default, the method on stderr', async () => {
  const { stdout, stderr } = await cli('translate', ['The minister visited Pakistan']);
  assert.match(stdout, /باكستان/);
  assert.match(stderr, /word-by-word gloss/);
  await assert.rejects(cli('translate', ['--to', 'fr', 'x']), (e: { stderr: string }) => /--to must be en or ar/.test(e.stderr));
});
