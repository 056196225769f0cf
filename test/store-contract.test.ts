/**
 * The index-store contract, run against every store: the embedded one (files + hnswlib) and the
 * Postgres + pgvector one (on PGlite, Postgres in WebAssembly, in-process — no server needed).
 * Same cases, same assertions; each case gets a fresh, empty store.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import type { Paragraph } from '../src/types.js';
import { createHashEmbedder } from '../src/embed/fake.js';
import { fileIndexStore, IndexError, type DenseHit, type IndexStore, type LoadedIndex } from '../src/store/index.js';
import { PgIndexStore } from '../src/store/pgvector/store.js';
import { counting } from './support/counting-embedder.js';

function para(articleId: string, n: number, text: string, lang: Paragraph['lang'] = 'en'): Paragraph {
  return {
    id: `${articleId}#${n}`,
    articleId,
    title: `Title of ${articleId}`,
    outlet: 'Example News',
    date: '2025-05-01',
    n,
    lang,
    text,
    hash: createHash('sha256').update(text).digest('hex').slice(0, 16),
  };
}

function corpus(): Paragraph[] {
  return [
    para('a.txt', 1, 'The ministry announced new measures on Monday.'),
    para('a.txt', 2, 'Critics said the measures came too late.'),
    para('a.txt', 3, 'Markets reacted calmly to the announcement.'),
    para('b.txt', 1, 'وصل لاريجاني إلى موسكو في زيارة رسمية.', 'ar'),
    para('b.txt', 2, 'وقالت وكالة أنباء تسنيم إن المحادثات تناولت الاتفاق النووي.', 'ar'),
    para('c.txt', 1, 'A third article with a single paragraph.'),
  ];
}

/** Dense search through the store's own path: the database query when the store has one. */
async function denseSearch(index: LoadedIndex, v: Float32Array, k: number): Promise<DenseHit[]> {
  const dense = index.dense as (LoadedIndex['dense'] & { searchAsync?: (v: Float32Array, k: number) => Promise<DenseHit[]> }) | null;
  assert.ok(dense, 'dense index loaded');
  return dense.searchAsync ? dense.searchAsync(v, k) : dense.search(v, k);
}

interface StoreKind {
  name: string;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** A new, empty store. */
  fresh(): Promise<IndexStore>;
}

let tmp = '';
let pg: PGlite | null = null;
let schemaN = 0;

const kinds: StoreKind[] = [
  {
    name: 'hnsw (embedded files)',
    setup: async () => {
      tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'newsbot-contract-'));
    },
    teardown: async () => {
      await fs.rm(tmp, { recursive: true, force: true });
    },
    fresh: async () => fileIndexStore(await fs.mkdtemp(path.join(tmp, 'idx-'))),
  },
  {
    name: 'pgvector (PGlite)',
    setup: async () => {
      pg = new PGlite({ extensions: { vector } });
      await pg.waitReady;
    },
    teardown: async () => {
      await pg?.close();
      pg = null;
    },
    // One in-process database; each case gets its own schema (= its own store).
    fresh: async () => new PgIndexStore(pg!, { schema: `contract_${++schemaN}`, location: 'pglite://memory' }),
  },
];

for (const kind of kinds) {
  describe(`index store contract: ${kind.name}`, () => {
    before(() => kind.setup());
    after(() => kind.teardown());

    test('no index yet: exists() is false and load() says "missing"', async () => {
      const store = await kind.fresh();
      assert.equal(await store.exists(), false);
      await assert.rejects(store.load(), (e: unknown) => e instanceof IndexError && e.code === 'missing' && /npm run index/.test(e.message));
    });

    test('build → load round trip: paragraphs, manifest and vectors come back as written', async () => {
      const store = await kind.fresh();
      const ps = corpus();
      const embedder = createHashEmbedder({ dim: 32 });
      const stats = await store.build({ paragraphs: ps, embedder });
      assert.equal(stats.embedded, ps.length);
      assert.equal(stats.reused, 0);
      assert.equal(await store.exists(), true);
      const idx = await store.load();
      assert.deepEqual(idx.paragraphs, ps);
      assert.deepEqual(idx.manifest, stats.manifest);
      assert.equal(idx.manifest.counts.paragraphs, ps.length);
      assert.equal(idx.manifest.counts.articles, 3);
      assert.deepEqual(idx.manifest.model, { id: embedder.modelId, dim: 32, isLanguageModel: false });
      const expected = await embedder.embedPassages(ps.map((p) => p.text));
      assert.ok(idx.vectors);
      assert.equal(idx.vectors.length, ps.length * 32);
      expected.forEach((v, i) => assert.deepEqual(idx.vectors!.subarray(i * 32, (i + 1) * 32), v, `vector of row ${i} bit for bit`));
      // Without an embedder on the reading side: paragraphs only.
      const lexical = await store.load({ expectModel: null });
      assert.equal(lexical.dense, null);
      assert.equal(lexical.vectors, null);
      assert.deepEqual(lexical.paragraphs, ps);
    });

    test('a build without a model is lexical only', async () => {
      const store = await kind.fresh();
      const stats = await store.build({ paragraphs: corpus(), embedder: null });
      assert.equal(stats.manifest.model, null);
      const idx = await store.load();
      assert.equal(idx.dense, null);
      assert.equal(idx.vectors, null);
      assert.equal(idx.paragraphs.length, corpus().length);
    });

    test('incremental rebuild reuses unchanged vectors (0 embedded on an unchanged corpus)', async () => {
      const store = await kind.fresh();
      const base = createHashEmbedder({ dim: 32 });
      const first = counting(base);
      await store.build({ paragraphs: corpus(), embedder: first.e });
      assert.equal(first.stats.texts, corpus().length);

      const same = counting(base);
      const again = await store.build({ paragraphs: corpus(), embedder: same.e });
      assert.equal(same.stats.texts, 0);
      assert.equal(again.embedded, 0);
      assert.equal(again.reused, corpus().length);
      assert.equal(again.removed, 0);

      // One paragraph edited, one article removed, one added.
      const changed = corpus().filter((p) => p.articleId !== 'c.txt');
      changed[1] = para('a.txt', 2, 'Critics said the measures were overdue.');
      changed.push(para('d.txt', 1, 'A new article about the talks.'));
      const third = counting(base);
      const s3 = await store.build({ paragraphs: changed, embedder: third.e });
      assert.equal(third.stats.texts, 2);
      assert.equal(s3.embedded, 2);
      assert.equal(s3.reused, changed.length - 2);
      assert.equal(s3.removed, 1);
      const idx = await store.load();
      assert.deepEqual(idx.paragraphs, changed);
      const want = await base.embedPassages(changed.map((p) => p.text));
      want.forEach((v, i) => assert.deepEqual(idx.vectors!.subarray(i * 32, (i + 1) * 32), v));

      // --full re-embeds everything.
      const full = counting(base);
      await store.build({ paragraphs: changed, embedder: full.e, full: true });
      assert.equal(full.stats.texts, changed.length);
    });

    test('a failed build (embedder throwing halfway) leaves the previous generation loading unchanged', async () => {
      const store = await kind.fresh();
      const base = createHashEmbedder({ dim: 32 });
      await store.build({ paragraphs: corpus(), embedder: base });
      const before = await store.load();

      const bigger = [...corpus(), ...Array.from({ length: 6 }, (_, i) => para('e.txt', i + 1, `Fresh paragraph number ${i + 1} about the negotiations.`))];
      const failing = counting(base, { throwAfterTexts: 3 });
      await assert.rejects(store.build({ paragraphs: bigger, embedder: failing.e, full: true }), /embedder exploded/);
      assert.equal(failing.stats.texts, 3, 'failed halfway');

      const after = await store.load();
      assert.deepEqual(after.paragraphs, before.paragraphs);
      assert.deepEqual(after.manifest, before.manifest);
      assert.deepEqual(after.vectors, before.vectors);
      assert.equal(after.dir, before.dir);
      assert.deepEqual(await store.cleanDebris(), [], 'nothing left behind to clean');
    });

    test('an aborted build leaves the previous generation loading unchanged', async () => {
      const store = await kind.fresh();
      const base = createHashEmbedder({ dim: 32 });
      await store.build({ paragraphs: corpus(), embedder: base });
      const before = await store.load();
      const ac = new AbortController();
      const more = [...corpus(), para('f.txt', 1, 'Yet another paragraph.')];
      await assert.rejects(
        store.build({ paragraphs: more, embedder: base, full: true, signal: ac.signal, onProgress: (done) => { if (done > 0) ac.abort(); } }),
        (e: unknown) => (e as Error).name === 'AbortError',
      );
      const after = await store.load();
      assert.deepEqual(after.paragraphs, before.paragraphs);
      assert.equal(after.dir, before.dir);
    });

    test('dense search returns the identical vector first', async () => {
      const store = await kind.fresh();
      const embedder = createHashEmbedder({ dim: 32 });
      const ps = corpus();
      await store.build({ paragraphs: ps, embedder });
      const idx = await store.load();
      assert.equal(idx.dense?.dim, 32);
      for (let row = 0; row < ps.length; row++) {
        const v = idx.vectors!.slice(row * 32, (row + 1) * 32);
        const hits = await denseSearch(idx, v, 3);
        assert.equal(hits.length, 3);
        assert.equal(hits[0]!.row, row);
        assert.ok(Math.abs(hits[0]!.score - 1) < 1e-5, `cosine of a vector with itself ≈ 1 (got ${hits[0]!.score})`);
        assert.ok(hits[0]!.score >= hits[1]!.score && hits[1]!.score >= hits[2]!.score, 'best first');
      }
      const all = await denseSearch(idx, idx.vectors!.slice(0, 32), 1000);
      assert.equal(all.length, ps.length, 'k larger than the index is clamped');
    });

    test('an index built with another model is refused at load ("model-mismatch")', async () => {
      const store = await kind.fresh();
      await store.build({ paragraphs: corpus(), embedder: createHashEmbedder({ dim: 32, modelId: 'model-a' }) });
      await assert.rejects(
        store.load({ expectModel: { id: 'model-b', dim: 32 } }),
        (e: unknown) => e instanceof IndexError && e.code === 'model-mismatch' && /model-a/.test(e.message) && /--full/.test(e.message),
      );
      await assert.rejects(store.load({ expectModel: { id: 'model-a', dim: 64 } }), (e: unknown) => e instanceof IndexError && e.code === 'model-mismatch');
      const ok = await store.load({ expectModel: { id: 'model-a', dim: 32 } });
      assert.equal(ok.manifest.model?.id, 'model-a');
      // A lexical-only index with a model configured is refused the same way.
      const lexical = await kind.fresh();
      await lexical.build({ paragraphs: corpus(), embedder: null });
      await assert.rejects(lexical.load({ expectModel: { id: 'model-a', dim: 32 } }), (e: unknown) => e instanceof IndexError && e.code === 'model-mismatch');
    });
  });
}
