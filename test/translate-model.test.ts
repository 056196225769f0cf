/**
 * The model path for real: the product's ModelTranslator loads test/fixtures/models/tiny-marian (made by
 * scripts/make-tiny-marian.py; it maps each letter to a letter of the other script) through
 * transformers.js's translation pipeline, offline, generates, and keeps results across restarts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ModelTranslator } from '../src/translate/model.js';
import { CachedTranslator } from '../src/translate/cache.js';
import { openTranslation } from '../src/translate/service.js';

const MODELS = path.resolve(import.meta.dirname, 'fixtures/models');
const models = { 'ar-en': 'tiny-marian', 'en-ar': 'tiny-marian' };

test('the fixture loads through the translation pipeline and generates, batched, in input order', async () => {
  const m = new ModelTranslator({ models, modelsDir: MODELS, batchSize: 2 });
  const out = await m.translate({ texts: ['سلام', 'باكستان وإيران', 'لاريجاني'], from: 'ar', to: 'en' });
  assert.deepEqual(out.map((t) => t.text), ['slam', 'bakstan wiyran', 'laryjany']);
  assert.ok(out.every((t) => t.method === 'model'));
  const back = await m.translate({ texts: ['salam'], from: 'en', to: 'ar' });
  assert.equal(back[0]!.text, 'سالام');
});

test('a missing model is refused with the folder and the files it lacks', async () => {
  const m = new ModelTranslator({ models: { 'ar-en': 'no-such-model', 'en-ar': 'no-such-model' }, modelsDir: MODELS });
  const load = await m.load('ar', 'en');
  assert.equal(load.ok, false);
  assert.match((load as { reason: string }).reason, /no-such-model.*config\.json/);
  await assert.rejects(m.translate({ texts: ['سلام'], from: 'ar', to: 'en' }), /no-such-model/);
});

test('each text is translated once: cached by content hash in a file that survives a restart', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'tr-cache-'));
  const file = path.join(dir, 'translations.jsonl');
  const inner = new ModelTranslator({ models, modelsDir: MODELS });
  let calls = 0;
  const counting = Object.assign(Object.create(inner) as ModelTranslator, {
    translate: (req: Parameters<ModelTranslator['translate']>[0]) => { calls += req.texts.length; return inner.translate(req); },
  });
  const a = new CachedTranslator(counting, file);
  assert.deepEqual((await a.translate({ texts: ['سلام', 'سلام', 'مرحبا'], from: 'ar', to: 'en' })).map((t) => t.text), ['slam', 'slam', 'mrhba']);
  assert.equal(calls, 2, 'a repeated text is translated once');
  await a.translate({ texts: ['مرحبا'], from: 'ar', to: 'en' });
  assert.equal(calls, 2, 'a known text is not translated again');
  assert.equal((await readFile(file, 'utf8')).trim().split('\n').length, 2);
  const b = new CachedTranslator(counting, file); // a restart
  assert.deepEqual(await b.known({ texts: ['سلام', 'جديد'], from: 'ar', to: 'en' }), [{ text: 'slam', method: 'model' }, null]);
  await b.translate({ texts: ['سلام'], from: 'ar', to: 'en' });
  assert.equal(calls, 2);
});

test('the service prefers the model and falls back to the gloss, saying which one made the text', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tr-svc-'));
  const base = { translator: 'auto' as const, modelsDir: MODELS, dataDir, dict: null };
  const withModel = await openTranslation({ ...base, translationModelArEn: 'tiny-marian', translationModelEnAr: 'tiny-marian' }, null);
  assert.deepEqual(await withModel.best({ texts: ['سلام'], from: 'ar', to: 'en' }), [{ text: 'slam', method: 'model' }]);
  const without = await openTranslation({ ...base, translationModelArEn: 'missing', translationModelEnAr: 'missing' }, null);
  const [t] = await without.best({ texts: ['زيارة باكستان'], from: 'ar', to: 'en' });
  assert.equal(t!.method, 'gloss');
  assert.match(t!.text, /Pakistan/);
  assert.match(without.modelProblem ?? '', /missing/);
  const glossOnly = await openTranslation({ ...base, translator: 'gloss', translationModelArEn: 'tiny-marian', translationModelEnAr: 'tiny-marian' }, null);
  assert.equal((await glossOnly.best({ texts: ['سلام'], from: 'ar', to: 'en' }))[0]!.method, 'gloss');
});
