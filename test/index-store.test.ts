import { test, describe, before, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Paragraph } from '../src/types.js';
import type { Embedder } from '../src/embed/embedder.js';
import { loadEmbedder } from '../src/embed/embedder.js';
import { createHashEmbedder } from '../src/embed/fake.js';
import {
  buildIndex,
  loadIndex,
  cleanDebris,
  indexExists,
  fileIndexStore,
  IndexError,
  HNSW_FILE,
  LOCK_FILE,
  MANIFEST_FILE,
  PARAGRAPHS_FILE,
  VECTORS_FILE,
  type LoadedIndex,
} from '../src/store/index.js';
import { counting } from './support/counting-embedder.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const MODELS_DIR = path.join(here, 'fixtures', 'models');

function para(articleId: string, n: number, text: string, extra: Partial<Paragraph> = {}): Paragraph {
  const p: Paragraph = {
    id: `${articleId}#${n}`,
    articleId,
    title: `Title of ${articleId}`,
    outlet: 'Example News',
    date: '2024-05-01',
    n,
    lang: 'en',
    text,
    hash: createHash('sha256').update(text).digest('hex').slice(0, 16),
    ...extra,
  };
  // like JSON: optional fields are absent, not undefined
  for (const k of Object.keys(p) as Array<keyof Paragraph>) if (p[k] === undefined) delete p[k];
  return p;
}

function corpus(): Paragraph[] {
  return [
    para('a.txt', 1, 'The ministry announced new measures on Monday.'),
    para('a.txt', 2, 'Critics said the measures came too late.'),
    para('a.txt', 3, 'Markets reacted calmly to the announcement.'),
    para('b.txt', 1, 'اندلعت اشتباكات في العاصمة صباح الثلاثاء.', { lang: 'ar', outlet: undefined, date: undefined }),
    para('b.txt', 2, 'وقالت مصادر محلية إن عدد الضحايا ارتفع.', { lang: 'ar', outlet: undefined, date: undefined }),
    para('c.txt', 1, 'A third article with a single paragraph.'),
  ];
}

let tmp: string;
let indexDir: string;
beforeEach(async () => {
  tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'index-store-test-'));
  indexDir = path.join(tmp, 'embeddings');
});
afterEach(async () => {
  await fsp.rm(tmp, { recursive: true, force: true });
});

function genDirs(): string[] {
  return fs.readdirSync(indexDir).filter((n) => n.startsWith('gen-'));
}

function row(idx: LoadedIndex, i: number): Float32Array {
  const dim = idx.manifest.model!.dim;
  return idx.vectors!.slice(i * dim, (i + 1) * dim);
}

function snapshot(idx: LoadedIndex) {
  return { dir: idx.dir, manifest: idx.manifest, paragraphs: idx.paragraphs, vectors: idx.vectors ? Array.from(idx.vectors) : null };
}

async function rejectsIndexError(p: Promise<unknown>, ...patterns: RegExp[]): Promise<IndexError> {
  let caught: unknown;
  try {
    await p;
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof IndexError, `expected IndexError, got ${String(caught)}`);
  for (const re of patterns) assert.match(caught.message, re);
  return caught;
}

describe('round trip', () => {
  let tiny: Embedder;
  before(async () => {
    const r = await loadEmbedder({ model: 'tiny-char-bert', modelsDir: MODELS_DIR });
    if (!r.ok) throw new Error(r.reason);
    tiny = r.embedder;
  });

  test('build then load with the real tiny model', async () => {
    const ps = corpus();
    const progress: Array<[number, number]> = [];
    const stats = await buildIndex({ indexDir, paragraphs: ps, embedder: tiny, onProgress: (d, t) => progress.push([d, t]) });
    assert.equal(stats.embedded, ps.length);
    assert.equal(stats.reused, 0);
    assert.equal(stats.removed, 0);
    assert.deepEqual(progress.at(-1), [ps.length, ps.length]);

    const idx = await loadIndex(indexDir, { expectModel: { id: 'tiny-char-bert', dim: 32 } });
    assert.deepEqual(idx.paragraphs, ps);
    assert.deepEqual(idx.manifest, stats.manifest);
    assert.equal(idx.dir, stats.dir);
    assert.deepEqual(idx.manifest.model, { id: 'tiny-char-bert', dim: 32, isLanguageModel: false });
    assert.deepEqual(idx.manifest.counts, { articles: 3, paragraphs: 6 });
    assert.equal(idx.manifest.articles['a.txt']?.paragraphs, 3);
    assert.equal(idx.manifest.articles['a.txt']?.outlet, 'Example News');
    assert.equal(idx.manifest.articles['b.txt']?.outlet, undefined);
    assert.deepEqual(Object.keys(idx.manifest.files).sort(), [PARAGRAPHS_FILE, VECTORS_FILE, HNSW_FILE].sort());
    assert.deepEqual(idx.manifest.hnsw, { M: 16, efConstruction: 200, efSearch: 100 });
    assert.equal(idx.vectors!.length, ps.length * 32);
    assert.ok(idx.dense);
    assert.equal(idx.dense.dim, 32);

    // Stored vectors are the model's vectors; searching a stored vector finds its row first.
    const fresh = await tiny.embedPassages(ps.map((p) => p.text));
    for (let i = 0; i < ps.length; i++) {
      assert.deepEqual(row(idx, i), fresh[i]);
      const hits = idx.dense.search(row(idx, i), 3);
      assert.equal(hits.length, 3);
      assert.equal(hits[0]!.row, i);
      assert.ok(Math.abs(hits[0]!.score - 1) < 1e-4, `score ${hits[0]!.score}`);
      assert.ok(hits[0]!.score >= hits[1]!.score && hits[1]!.score >= hits[2]!.score);
    }
    // a query through embedQueries (no prefix for this model) finds the same paragraph
    const [q] = await tiny.embedQueries([ps[3]!.text]);
    assert.equal(idx.dense.search(q!, 1)[0]!.row, 3);
    // k larger than the index is clamped
    assert.equal(idx.dense.search(q!, 100).length, ps.length);
    idx.dense.setEf(10);
    assert.equal(idx.dense.search(q!, 1)[0]!.row, 3);
    assert.throws(() => idx.dense!.search(new Float32Array(5), 1), /dimensions/);

    // on-disk layout
    assert.equal(fs.readlinkSync(path.join(indexDir, 'current')), path.basename(stats.dir));
    assert.deepEqual(genDirs(), [path.basename(stats.dir)]);
    assert.equal(fs.existsSync(path.join(indexDir, LOCK_FILE)), false);
    const lines = fs.readFileSync(path.join(stats.dir, PARAGRAPHS_FILE), 'utf8').split('\n');
    assert.equal(lines.length, ps.length + 1);
    assert.equal(fs.statSync(path.join(stats.dir, VECTORS_FILE)).size, ps.length * 32 * 4);
    const raw = fs.readFileSync(path.join(stats.dir, VECTORS_FILE));
    assert.equal(raw.readFloatLE(4 * 32 * 2 + 4), fresh[2]![1]); // row 2, column 1, little-endian
  });

  test('verify modes both accept a good index; the store object wraps the same functions', async () => {
    const e = createHashEmbedder({ dim: 16 });
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: e });
    const a = await loadIndex(indexDir, { verify: 'full' });
    const b = await loadIndex(indexDir, { verify: 'sizes' });
    assert.deepEqual(snapshot(a), snapshot(b));
    const store = fileIndexStore(indexDir);
    assert.equal(await store.exists(), true);
    assert.deepEqual(snapshot(await store.load()), snapshot(a));
  });

  test('embedder null: no vectors, dense null', async () => {
    const ps = corpus();
    const stats = await buildIndex({ indexDir, paragraphs: ps, embedder: null });
    assert.equal(stats.embedded, 0);
    assert.equal(stats.manifest.model, null);
    assert.equal(stats.manifest.hnsw, undefined);
    assert.deepEqual(fs.readdirSync(stats.dir).sort(), [MANIFEST_FILE, PARAGRAPHS_FILE]);
    const idx = await loadIndex(indexDir);
    assert.deepEqual(idx.paragraphs, ps);
    assert.equal(idx.dense, null);
    assert.equal(idx.vectors, null);
    // expectModel null is fine too
    assert.equal((await loadIndex(indexDir, { expectModel: null })).dense, null);
  });

  test('expectModel null loads lexical-only even when vectors exist', async () => {
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }) });
    const idx = await loadIndex(indexDir, { expectModel: null });
    assert.equal(idx.dense, null);
    assert.equal(idx.vectors, null);
    assert.equal(idx.paragraphs.length, 6);
    assert.ok((await loadIndex(indexDir)).dense, 'expectModel undefined loads vectors');
  });

  test('empty corpus with a model', async () => {
    await buildIndex({ indexDir, paragraphs: [], embedder: createHashEmbedder({ dim: 8 }) });
    const idx = await loadIndex(indexDir, { expectModel: { id: 'fake-hash-8', dim: 8 } });
    assert.deepEqual(idx.paragraphs, []);
    assert.ok(idx.dense);
    assert.deepEqual(idx.dense.search(new Float32Array(8).fill(1), 5), []);
    assert.equal(idx.vectors!.length, 0);
  });

  test('no index yet', async () => {
    assert.equal(await indexExists(indexDir), false);
    await rejectsIndexError(loadIndex(indexDir), /no index found/, /npm run index/);
    assert.deepEqual(await cleanDebris(indexDir), []);
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: null });
    assert.equal(await indexExists(indexDir), true);
  });
});

describe('incremental rebuilds', () => {
  test('unchanged → embeds 0 and reuses all; changed one → 1; removed one → removed 1', async () => {
    const ps = corpus();
    const c1 = counting(createHashEmbedder({ dim: 16 }));
    const s1 = await buildIndex({ indexDir, paragraphs: ps, embedder: c1.e });
    assert.equal(s1.embedded, 6);
    assert.equal(c1.stats.texts, 6);
    const first = await loadIndex(indexDir);

    const c2 = counting(createHashEmbedder({ dim: 16 }));
    const s2 = await buildIndex({ indexDir, paragraphs: ps, embedder: c2.e });
    assert.deepEqual([s2.embedded, s2.reused, s2.removed], [0, 6, 0]);
    assert.equal(c2.stats.texts, 0);
    const second = await loadIndex(indexDir);
    assert.notEqual(second.dir, first.dir, 'a new generation');
    assert.deepEqual(Array.from(second.vectors!), Array.from(first.vectors!));
    assert.deepEqual(genDirs(), [path.basename(second.dir)], 'old generation removed');

    const changed = corpus();
    changed[1] = para('a.txt', 2, 'Critics said the measures were overdue.');
    const c3 = counting(createHashEmbedder({ dim: 16 }));
    const s3 = await buildIndex({ indexDir, paragraphs: changed, embedder: c3.e });
    assert.deepEqual([s3.embedded, s3.reused, s3.removed], [1, 5, 0]);
    assert.equal(c3.stats.texts, 1);
    const third = await loadIndex(indexDir);
    assert.deepEqual(third.paragraphs, changed);
    const [expected] = await createHashEmbedder({ dim: 16 }).embedPassages([changed[1]!.text]);
    assert.deepEqual(row(third, 1), expected);
    assert.equal(third.dense!.search(expected!, 1)[0]!.row, 1);
    assert.notEqual(third.manifest.articles['a.txt']!.hash, second.manifest.articles['a.txt']!.hash);
    assert.equal(third.manifest.articles['b.txt']!.hash, second.manifest.articles['b.txt']!.hash);

    const fewer = changed.filter((p) => p.id !== 'c.txt#1');
    const s4 = await buildIndex({ indexDir, paragraphs: fewer, embedder: counting(createHashEmbedder({ dim: 16 })).e });
    assert.deepEqual([s4.embedded, s4.reused, s4.removed], [0, 5, 1]);
    const fourth = await loadIndex(indexDir);
    assert.equal(fourth.manifest.counts.articles, 2);
    assert.equal(fourth.paragraphs.length, 5);
    // rows follow the new paragraph order
    for (let i = 0; i < fourth.paragraphs.length; i++) {
      const [v] = await createHashEmbedder({ dim: 16 }).embedPassages([fourth.paragraphs[i]!.text]);
      assert.deepEqual(row(fourth, i), v);
    }
  });

  test('the HNSW graph is extended, not rebuilt, when rows are unchanged or only appended', async () => {
    const e = createHashEmbedder({ dim: 16 });
    const s1 = await buildIndex({ indexDir, paragraphs: corpus(), embedder: e });
    assert.equal(s1.hnswReused, 0);
    const same = await buildIndex({ indexDir, paragraphs: corpus(), embedder: e });
    assert.equal(same.hnswReused, 6);
    const more = [...corpus(), para('z.txt', 1, 'An appended paragraph.'), para('z.txt', 2, 'And another one.')];
    const hnswProgress: Array<[number, number]> = [];
    const appended = await buildIndex({ indexDir, paragraphs: more, embedder: e, onHnswProgress: (d, t) => hnswProgress.push([d, t]) });
    assert.deepEqual([appended.embedded, appended.reused, appended.hnswReused], [2, 6, 6]);
    assert.deepEqual(hnswProgress.at(-1), [8, 8]);
    const idx = await loadIndex(indexDir, { verify: 'full' });
    for (let i = 0; i < more.length; i++) {
      const hits = idx.dense!.search(row(idx, i), 8);
      assert.equal(hits.length, 8);
      assert.equal(hits[0]!.row, i);
      assert.ok(Math.abs(hits[0]!.score - 1) < 1e-5);
    }
    // a change in the middle shifts nothing but alters a row → full graph rebuild
    const changed = [...more];
    changed[2] = para('a.txt', 3, 'Markets fell sharply.');
    const c = await buildIndex({ indexDir, paragraphs: changed, embedder: e });
    assert.equal(c.hnswReused, 0);
    // different graph parameters → rebuild
    const p = await buildIndex({ indexDir, paragraphs: changed, embedder: e, hnsw: { M: 8 } });
    assert.equal(p.hnswReused, 0);
    assert.equal((await loadIndex(indexDir)).manifest.hnsw?.M, 8);
    // full → rebuild
    assert.equal((await buildIndex({ indexDir, paragraphs: changed, embedder: e, hnsw: { M: 8 }, full: true })).hnswReused, 0);
  });

  test('full: true re-embeds everything', async () => {
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }) });
    const c = counting(createHashEmbedder({ dim: 16 }));
    const s = await buildIndex({ indexDir, paragraphs: corpus(), embedder: c.e, full: true });
    assert.deepEqual([s.embedded, s.reused], [6, 0]);
    assert.equal(c.stats.texts, 6);
  });

  test('a different model (id or dim) reuses nothing', async () => {
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }) });
    const c = counting(createHashEmbedder({ dim: 16, modelId: 'other-model' }));
    const s = await buildIndex({ indexDir, paragraphs: corpus(), embedder: c.e });
    assert.deepEqual([s.embedded, s.reused], [6, 0]);
    const idx = await loadIndex(indexDir, { expectModel: { id: 'other-model', dim: 16 } });
    assert.equal(idx.manifest.model!.id, 'other-model');
  });

  test('after a lexical-only build, adding a model embeds everything', async () => {
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: null });
    const s = await buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }) });
    assert.deepEqual([s.embedded, s.reused, s.removed], [6, 0, 0]);
  });

  test('duplicate texts are embedded once and share the vector', async () => {
    const ps = [...corpus(), para('d.txt', 1, 'Critics said the measures came too late.')];
    const c = counting(createHashEmbedder({ dim: 16 }));
    const s = await buildIndex({ indexDir, paragraphs: ps, embedder: c.e });
    assert.equal(s.embedded, 7);
    assert.equal(c.stats.texts, 6);
    const idx = await loadIndex(indexDir);
    assert.deepEqual(row(idx, 6), row(idx, 1));
  });

  test('a damaged previous generation is not reused: warning, full embed, good result', async () => {
    const first = await buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }) });
    const vf = path.join(first.dir, VECTORS_FILE);
    const buf = fs.readFileSync(vf);
    buf[10] = buf[10]! ^ 0xff; // same size, different bytes
    fs.writeFileSync(vf, buf);
    const c = counting(createHashEmbedder({ dim: 16 }));
    const s = await buildIndex({ indexDir, paragraphs: corpus(), embedder: c.e });
    assert.deepEqual([s.embedded, s.reused], [6, 0]);
    assert.equal(c.stats.texts, 6);
    assert.ok(s.warnings.some((w) => /not reusable/.test(w) && /vectors\.f32/.test(w)), s.warnings.join('\n'));
    await loadIndex(indexDir, { verify: 'full' });
  });
});

describe('damaged index files are rejected with IndexError', () => {
  const embedder = createHashEmbedder({ dim: 16 });
  let dir: string;
  beforeEach(async () => {
    dir = (await buildIndex({ indexDir, paragraphs: corpus(), embedder })).dir;
  });

  for (const file of [VECTORS_FILE, HNSW_FILE, PARAGRAPHS_FILE, MANIFEST_FILE]) {
    for (const verify of ['full', 'sizes'] as const) {
      test(`truncated ${file} (verify ${verify})`, async () => {
        const p = path.join(dir, file);
        await fsp.truncate(p, Math.floor(fs.statSync(p).size / 2));
        const err = await rejectsIndexError(loadIndex(indexDir, { verify }), new RegExp(file.replace('.', '\\.')), /npm run index/);
        assert.equal(err.code, 'corrupt');
        assert.equal(err.file, p);
      });
    }
  }

  test('truncated by a single byte (vectors.hnsw) and emptied (manifest.json)', async () => {
    const h = path.join(dir, HNSW_FILE);
    await fsp.truncate(h, fs.statSync(h).size - 1);
    await rejectsIndexError(loadIndex(indexDir, { verify: 'sizes' }), /vectors\.hnsw/, /npm run index/);
    await fsp.truncate(path.join(dir, MANIFEST_FILE), 0);
    await rejectsIndexError(loadIndex(indexDir), /manifest\.json/, /npm run index/);
  });

  test('a missing data file', async () => {
    fs.rmSync(path.join(dir, VECTORS_FILE));
    await rejectsIndexError(loadIndex(indexDir), /vectors\.f32/, /missing/, /npm run index/);
  });

  test('same-size corruption of vectors.f32 / paragraphs.jsonl is caught by verify full (sha256)', async () => {
    for (const file of [VECTORS_FILE, PARAGRAPHS_FILE, HNSW_FILE]) {
      const p = path.join(dir, file);
      const orig = fs.readFileSync(p);
      const bad = Buffer.from(orig);
      const at = file === HNSW_FILE ? 96 + 200 : 20; // hnsw: inside the level-0 data of point 0
      bad[at] = bad[at]! ^ 0x01;
      fs.writeFileSync(p, bad);
      await rejectsIndexError(loadIndex(indexDir, { verify: 'full' }), new RegExp(file.replace('.', '\\.')), /sha256/, /npm run index/);
      fs.writeFileSync(p, orig);
    }
    await loadIndex(indexDir, { verify: 'full' });
  });

  test('a damaged HNSW header is caught before the native reader sees it, even with verify sizes', async () => {
    const p = path.join(dir, HNSW_FILE);
    const orig = fs.readFileSync(p);
    const bad = Buffer.from(orig);
    bad.writeBigUInt64LE(1_000_000_000n, 8); // maxElements
    fs.writeFileSync(p, bad);
    await rejectsIndexError(loadIndex(indexDir, { verify: 'sizes' }), /vectors\.hnsw/, /npm run index/);
    const bad2 = Buffer.from(orig);
    bad2.writeBigUInt64LE(5n, 16); // element count
    fs.writeFileSync(p, bad2);
    await rejectsIndexError(loadIndex(indexDir, { verify: 'sizes' }), /vectors\.hnsw/, /holds 5 points, expected 6/);
  });

  test('paragraph count disagreeing with the manifest', async () => {
    const mp = path.join(dir, MANIFEST_FILE);
    const m = JSON.parse(fs.readFileSync(mp, 'utf8'));
    m.counts.paragraphs = 7;
    fs.writeFileSync(mp, JSON.stringify(m));
    await rejectsIndexError(loadIndex(indexDir), /paragraphs\.jsonl/, /7/);
  });

  test('unsupported formatVersion', async () => {
    const mp = path.join(dir, MANIFEST_FILE);
    const m = JSON.parse(fs.readFileSync(mp, 'utf8'));
    m.formatVersion = 2;
    fs.writeFileSync(mp, JSON.stringify(m));
    const err = await rejectsIndexError(loadIndex(indexDir), /format version 2/, /npm run index -- --full/);
    assert.equal(err.code, 'format');
  });

  test('current pointing at a vanished generation', async () => {
    fs.rmSync(dir, { recursive: true });
    await rejectsIndexError(loadIndex(indexDir), /missing/, /npm run index/);
    assert.equal(await indexExists(indexDir), false);
  });
});

describe('model mismatch', () => {
  test('different id or dim → IndexError naming both models', async () => {
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16, modelId: 'model-A' }) });
    const e1 = await rejectsIndexError(
      loadIndex(indexDir, { expectModel: { id: 'model-B', dim: 16 } }),
      /built with model model-A/,
      /model-B/,
      /npm run index -- --full/,
    );
    assert.equal(e1.code, 'model-mismatch');
    await rejectsIndexError(loadIndex(indexDir, { expectModel: { id: 'model-A', dim: 32 } }), /dim 16/, /dim 32/);
    await loadIndex(indexDir, { expectModel: { id: 'model-A', dim: 16 } });
  });

  test('index without vectors but a model configured', async () => {
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: null });
    await rejectsIndexError(loadIndex(indexDir, { expectModel: { id: 'model-A', dim: 16 } }), /without embeddings/, /npm run index -- --full/);
  });
});

describe('interrupted builds leave the previous generation intact', () => {
  let before: ReturnType<typeof snapshot>;
  beforeEach(async () => {
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }) });
    before = snapshot(await loadIndex(indexDir));
  });

  async function assertUntouched() {
    assert.deepEqual(snapshot(await loadIndex(indexDir)), before);
    assert.deepEqual(genDirs(), [path.basename(before.dir)]);
    const leftovers = fs.readdirSync(indexDir).filter((n) => n !== 'current' && !n.startsWith('gen-'));
    assert.deepEqual(leftovers, [], 'no tmp files or lock left');
  }

  test('an embedder that throws halfway', async () => {
    const changed = corpus().map((p, i) => para(p.articleId, p.n, `${p.text} (v2 ${i})`));
    const { e, stats } = counting(createHashEmbedder({ dim: 16 }), { throwAfterTexts: 3 });
    await assert.rejects(buildIndex({ indexDir, paragraphs: changed, embedder: e, full: true }), /embedder exploded/);
    assert.equal(stats.texts, 3);
    await assertUntouched();
  });

  test('an AbortSignal aborted from onProgress', async () => {
    const ac = new AbortController();
    const { e, stats } = counting(createHashEmbedder({ dim: 16 }));
    await assert.rejects(
      buildIndex({
        indexDir,
        paragraphs: corpus().map((p) => ({ ...p, text: p.text + '!', hash: p.hash + 'x' })),
        embedder: e,
        signal: ac.signal,
        onProgress: (done) => {
          if (done === 2) ac.abort();
        },
      }),
      (err: Error) => err.name === 'AbortError',
    );
    assert.ok(stats.texts <= 3, `stopped early (${stats.texts} texts embedded)`);
    await assertUntouched();
  });

  test('aborted during the HNSW phase (after all embedding)', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => para(`m${i % 40}.txt`, i, `paragraph number ${i}`));
    const ac = new AbortController();
    await assert.rejects(
      buildIndex({
        indexDir,
        paragraphs: many,
        embedder: createHashEmbedder({ dim: 16 }),
        signal: ac.signal,
        onProgress: (done, total) => {
          if (done === total) setImmediate(() => ac.abort());
        },
      }),
      (err: Error) => err.name === 'AbortError',
    );
    await assertUntouched();
  });

  test('an already-aborted signal does nothing at all', async () => {
    await assert.rejects(
      buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }), signal: AbortSignal.abort() }),
      (err: Error) => err.name === 'AbortError',
    );
    await assertUntouched();
  });

  test('a build without an embedder also leaves nothing behind when aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(buildIndex({ indexDir, paragraphs: [], embedder: null, signal: ac.signal }));
    await assertUntouched();
  });
});

describe('debris and locking', () => {
  test('cleanDebris removes stray gen-* dirs, tmp links and stale locks, keeps the live one', async () => {
    const s = await buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }) });
    const before = snapshot(await loadIndex(indexDir));
    fs.mkdirSync(path.join(indexDir, 'gen-20000101T000000000Z-dead01'));
    fs.writeFileSync(path.join(indexDir, 'gen-20000101T000000000Z-dead01', PARAGRAPHS_FILE), 'partial');
    fs.mkdirSync(path.join(indexDir, 'gen-20000101T000000000Z-dead02'));
    fs.symlinkSync('gen-20000101T000000000Z-dead02', path.join(indexDir, 'current.tmp-abcd'));
    fs.writeFileSync(path.join(indexDir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, token: 't', host: os.hostname(), startedAt: 'x' }));
    const removed = await cleanDebris(indexDir);
    assert.deepEqual(removed, [LOCK_FILE, 'current.tmp-abcd', 'gen-20000101T000000000Z-dead01', 'gen-20000101T000000000Z-dead02'].sort());
    assert.deepEqual(fs.readdirSync(indexDir).sort(), ['current', path.basename(s.dir)].sort());
    assert.deepEqual(snapshot(await loadIndex(indexDir)), before);
    assert.deepEqual(await cleanDebris(indexDir), []);
  });

  test('a build removes debris first', async () => {
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: null });
    fs.mkdirSync(path.join(indexDir, 'gen-20000101T000000000Z-dead03'));
    const s = await buildIndex({ indexDir, paragraphs: corpus(), embedder: null });
    assert.deepEqual(genDirs(), [path.basename(s.dir)]);
  });

  test('a live build lock blocks other builds and cleanDebris', async () => {
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: null });
    fs.mkdirSync(path.join(indexDir, 'gen-29990101T000000000Z-busy01'));
    // our own pid = a live process
    fs.writeFileSync(path.join(indexDir, LOCK_FILE), JSON.stringify({ pid: process.pid, token: 'other', host: os.hostname(), startedAt: 'now' }));
    assert.deepEqual(await cleanDebris(indexDir), []);
    assert.ok(fs.existsSync(path.join(indexDir, 'gen-29990101T000000000Z-busy01')));
    const err = await rejectsIndexError(buildIndex({ indexDir, paragraphs: corpus(), embedder: null }), /another index build is running/);
    assert.equal(err.code, 'locked');
    fs.rmSync(path.join(indexDir, LOCK_FILE));
    await buildIndex({ indexDir, paragraphs: corpus(), embedder: null });
    assert.equal(genDirs().length, 1);
  });

  test('two concurrent builds in one process: one wins, the other is refused, index stays valid', async () => {
    const results = await Promise.allSettled([
      buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }) }),
      buildIndex({ indexDir, paragraphs: corpus(), embedder: createHashEmbedder({ dim: 16 }) }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    assert.ok(ok.length >= 1);
    for (const r of results) if (r.status === 'rejected') assert.ok(r.reason instanceof IndexError && r.reason.code === 'locked');
    await loadIndex(indexDir, { verify: 'full' });
    assert.equal(genDirs().length, 1);
  });
});
