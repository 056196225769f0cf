import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadEmbedder,
  applyPrefix,
  prefixFor,
  isE5Model,
  isLanguageModelConfig,
  type Embedder,
} from '../src/embed/embedder.js';
import { createHashEmbedder, hashVector } from '../src/embed/fake.js';
import { createProgress, progressCallback } from '../src/embed/progress.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const MODELS_DIR = path.join(here, 'fixtures', 'models');

function norm(v: Float32Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

describe('prefix rule (e5 family)', () => {
  test('detects e5 models by the last path segment', () => {
    assert.equal(isE5Model('Xenova/multilingual-e5-small'), true);
    assert.equal(isE5Model('intfloat/e5-small-v2'), true);
    assert.equal(isE5Model('intfloat/multilingual-e5-large-instruct'), true);
    assert.equal(isE5Model('e5-base'), true);
    assert.equal(isE5Model('tiny-char-bert'), false);
    assert.equal(isE5Model('Xenova/all-MiniLM-L6-v2'), false);
    assert.equal(isE5Model('Xenova/bge-m3'), false);
    assert.equal(isE5Model('someone/e5ish-model'), false);
    assert.equal(isE5Model('e5/not-this-one'), false);
  });

  test('adds query:/passage: for e5, nothing otherwise', () => {
    assert.equal(applyPrefix('Xenova/multilingual-e5-small', 'query', 'ما هو'), 'query: ما هو');
    assert.equal(applyPrefix('Xenova/multilingual-e5-small', 'passage', 'نص'), 'passage: نص');
    assert.equal(applyPrefix('tiny-char-bert', 'query', 'abc'), 'abc');
    assert.equal(applyPrefix('tiny-char-bert', 'passage', 'abc'), 'abc');
    assert.equal(prefixFor('Xenova/all-MiniLM-L6-v2', 'query'), '');
  });

  test('does not double a prefix that is already there', () => {
    assert.equal(applyPrefix('intfloat/e5-small-v2', 'query', 'query: x'), 'query: x');
    assert.equal(applyPrefix('intfloat/e5-small-v2', 'passage', 'Passage: x'), 'Passage: x');
    // but a query that merely contains the word is prefixed
    assert.equal(applyPrefix('intfloat/e5-small-v2', 'query', 'the query: x'), 'query: the query: x');
  });

  test('instruct variant: instruction on queries, no passage prefix', () => {
    const q = applyPrefix('intfloat/multilingual-e5-large-instruct', 'query', 'who?');
    assert.match(q, /^Instruct: .+\nQuery: who\?$/);
    assert.equal(applyPrefix('intfloat/multilingual-e5-large-instruct', 'passage', 'p'), 'p');
  });
});

describe('isLanguageModel rule', () => {
  test('vocab >= 1000 and hidden >= 128', () => {
    assert.equal(isLanguageModelConfig({ vocab_size: 250037, hidden_size: 384 }), true);
    assert.equal(isLanguageModelConfig({ vocab_size: 30522, hidden_size: 384 }), true);
    assert.equal(isLanguageModelConfig({ vocab_size: 178, hidden_size: 32 }), false);
    assert.equal(isLanguageModelConfig({ vocab_size: 178, hidden_size: 384 }), false);
    assert.equal(isLanguageModelConfig({ vocab_size: 50000, hidden_size: 64 }), false);
    assert.equal(isLanguageModelConfig({ vocab_size: 1000, d_model: 128 }), true);
    assert.equal(isLanguageModelConfig({ vocab_size: 5000 }, 384), true, 'falls back to the measured dim');
    assert.equal(isLanguageModelConfig({ hidden_size: 768 }), false, 'no vocab_size → false');
    assert.equal(isLanguageModelConfig(undefined, 768), false);
  });
});

describe('tiny-char-bert via modelsDir', () => {
  let e: Embedder;
  before(async () => {
    const r = await loadEmbedder({ model: 'tiny-char-bert', modelsDir: MODELS_DIR });
    if (!r.ok) throw new Error(r.reason);
    e = r.embedder;
  });

  test('metadata', () => {
    assert.equal(e.modelId, 'tiny-char-bert');
    assert.equal(e.dim, 32);
    assert.equal(e.isLanguageModel, false);
  });

  test('vectors are normalized and have dim 32', async () => {
    const vs = await e.embedPassages(['hello world', 'مرحبا بالعالم', 'x', '']);
    assert.equal(vs.length, 4);
    for (const v of vs) {
      assert.ok(v instanceof Float32Array);
      assert.equal(v.length, 32);
      assert.ok(Math.abs(norm(v) - 1) < 1e-4, `norm ${norm(v)}`);
      assert.ok(v.every(Number.isFinite));
    }
  });

  test('same text twice gives identical vectors (same call, separate calls, any batch mates)', async () => {
    const [a, b] = await e.embedQueries(['الحرب في السودان', 'الحرب في السودان']);
    assert.deepEqual(a, b);
    const [c] = await e.embedQueries(['الحرب في السودان']);
    assert.deepEqual(a, c);
    const mixed = await e.embedQueries(['short', 'الحرب في السودان', 'a much longer text '.repeat(10)]);
    assert.deepEqual(mixed[1], a);
    // different texts give different vectors
    const [d] = await e.embedQueries(['something else entirely']);
    assert.notDeepEqual(a, d);
  });

  test('results come back in input order', async () => {
    const texts = ['a'.repeat(50), 'b', 'c'.repeat(20), 'dd'];
    const all = await e.embedPassages(texts);
    for (let i = 0; i < texts.length; i++) {
      const [single] = await e.embedPassages([texts[i]!]);
      assert.deepEqual(all[i], single, `row ${i}`);
    }
  });

  test('a batch of 40 gives 40 vectors and progress reaching 40', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `paragraph ${i} ${'x'.repeat(i)}`);
    const reports: Array<[number, number]> = [];
    const vs = await e.embedPassages(texts, (d, t) => reports.push([d, t]));
    assert.equal(vs.length, 40);
    assert.ok(reports.length >= 2, 'batched: more than one progress report');
    assert.deepEqual(reports.at(-1), [40, 40]);
    for (let i = 1; i < reports.length; i++) assert.ok(reports[i]![0] > reports[i - 1]![0]);
    assert.ok(reports.every(([, t]) => t === 40));
  });

  test('empty input', async () => {
    assert.deepEqual(await e.embedPassages([]), []);
  });

  test('an exception thrown by onProgress aborts the call', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `t${i}`);
    await assert.rejects(
      e.embedPassages(texts, (d) => {
        if (d >= 16) throw new Error('stop');
      }),
      /stop/,
    );
  });
});

describe('load failures give ok:false, never throw or hang', () => {
  test('nonexistent model in modelsDir', async () => {
    const r = await loadEmbedder({ model: 'no-such-model', modelsDir: MODELS_DIR });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.match(r.reason, /could not load model "no-such-model"/);
      assert.match(r.reason, /MODELS_DIR/);
    }
  });

  test('incomplete model folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embed-test-'));
    try {
      fs.mkdirSync(path.join(dir, 'half'));
      fs.copyFileSync(path.join(MODELS_DIR, 'tiny-char-bert', 'config.json'), path.join(dir, 'half', 'config.json'));
      const r = await loadEmbedder({ model: 'half', modelsDir: dir });
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.reason, /incomplete \(missing tokenizer\.json, onnx\/model_quantized\.onnx\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('corrupt onnx file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embed-test-'));
    try {
      fs.cpSync(path.join(MODELS_DIR, 'tiny-char-bert'), path.join(dir, 'broken'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'broken', 'onnx', 'model_quantized.onnx'), 'not a model');
      const leaked: unknown[] = [];
      const origWarn = console.warn;
      console.warn = (...a: unknown[]) => leaked.push(a);
      let r;
      try {
        r = await loadEmbedder({ model: 'broken', modelsDir: dir });
      } finally {
        console.warn = origWarn;
      }
      assert.deepEqual(leaked, [], 'transformers noise is kept off the console');
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.match(r.reason, /could not load model "broken"/);
        assert.match(r.reason, /corrupt or incomplete/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('hub path (remoteHost pointed at a local server)', () => {
    let tf: typeof import('@xenova/transformers');
    let savedHost: string;
    let cacheDir: string;
    before(async () => {
      tf = await import('@xenova/transformers');
      savedHost = tf.env.remoteHost;
      cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'embed-cache-'));
    });
    after(() => {
      tf.env.remoteHost = savedHost;
      fs.rmSync(cacheDir, { recursive: true, force: true });
    });

    test('unreachable host → "no network" reason', async () => {
      tf.env.remoteHost = 'http://127.0.0.1:1/';
      const r = await loadEmbedder({ model: 'Xenova/multilingual-e5-small', cacheDir, loadTimeoutMs: 10_000 });
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.match(r.reason, /could not load model "Xenova\/multilingual-e5-small": no network/);
        assert.match(r.reason, /MODELS_DIR/);
      }
    });

    test('hub answers 404 → "no such model" reason', async () => {
      const server = http.createServer((_req, res) => {
        res.statusCode = 404;
        res.end('not found');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        tf.env.remoteHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
        const r = await loadEmbedder({ model: 'nobody/nothing', cacheDir, loadTimeoutMs: 10_000 });
        assert.equal(r.ok, false);
        if (!r.ok) assert.match(r.reason, /no such model/);
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
    });

    test('a hub that never answers times out instead of hanging', async () => {
      const server = http.createServer(() => {
        /* never respond */
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        tf.env.remoteHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
        const t0 = Date.now();
        const r = await loadEmbedder({ model: 'Xenova/multilingual-e5-small', cacheDir, loadTimeoutMs: 500 });
        assert.ok(Date.now() - t0 < 5000, 'returned promptly');
        assert.equal(r.ok, false);
        if (!r.ok) assert.match(r.reason, /no progress for 1 s|no progress for 0 s/);
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
    });

    test('after hub attempts, modelsDir loading still works (env reset per load)', async () => {
      const r = await loadEmbedder({ model: 'tiny-char-bert', modelsDir: MODELS_DIR });
      assert.equal(r.ok, true);
    });
  });
});

describe('fake hash embedder', () => {
  test('deterministic, normalized, distinct', async () => {
    const e = createHashEmbedder({ dim: 64 });
    const [a, b, c] = await e.embedPassages(['x', 'x', 'y']);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
    assert.ok(Math.abs(norm(a!) - 1) < 1e-5);
    assert.deepEqual(hashVector('x', 64), a);
    assert.equal(e.isLanguageModel, false);
  });
});

describe('progress', () => {
  test('no-op when not a TTY', () => {
    const p = createProgress({ enabled: false });
    assert.equal(p.active, false);
    p.update(1, 2);
    p.stop();
    const cb = progressCallback({ enabled: false });
    cb(1, 2);
    cb(2, 2);
  });

  test('follows stderr.isTTY by default', () => {
    const fakeStream = { isTTY: false } as unknown as NodeJS.WriteStream;
    assert.equal(createProgress({ stream: fakeStream }).active, false);
  });

  test('draws on a TTY stream', () => {
    let written = '';
    const fake = Object.assign(new (class {})(), {
      isTTY: true,
      columns: 100,
      write(s: string) {
        written += s;
        return true;
      },
      cursorTo() {
        return true;
      },
      clearLine() {
        return true;
      },
      moveCursor() {
        return true;
      },
      on() {
        return fake;
      },
      removeListener() {
        return fake;
      },
    }) as unknown as NodeJS.WriteStream;
    const p = createProgress({ stream: fake, label: 'Embedding' });
    assert.equal(p.active, true);
    p.update(0, 10);
    p.update(10, 10);
    p.stop();
    assert.match(written, /Embedding/);
    assert.match(written, /10\/10/);
  });
});
