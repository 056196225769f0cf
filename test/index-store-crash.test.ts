/**
 * A build process killed with SIGKILL (no cleanup code runs) must leave the
 * previous generation loading unchanged; the debris is removed by the next
 * cleanDebris/build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Paragraph } from '../src/types.js';
import { createHashEmbedder } from '../src/embed/fake.js';
import { buildIndex, loadIndex, cleanDebris, LOCK_FILE, type LoadedIndex } from '../src/store/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function paragraphs(tag: string, n: number): Paragraph[] {
  return Array.from({ length: n }, (_, i) => {
    const text = `${tag} paragraph ${i} about the news`;
    return {
      id: `art${i % 5}.txt#${i}`,
      articleId: `art${i % 5}.txt`,
      title: `Article ${i % 5}`,
      n: i,
      lang: 'en' as const,
      text,
      hash: createHash('sha256').update(text).digest('hex').slice(0, 16),
    };
  });
}

function snapshot(idx: LoadedIndex) {
  return { dir: idx.dir, manifest: idx.manifest, paragraphs: idx.paragraphs, vectors: Array.from(idx.vectors ?? []) };
}

/** Child: starts a full rebuild; `phase` decides where it parks until killed. */
const CHILD = `
const [indexDir, parasFile, phase, storeUrl, fakeUrl] = process.argv.slice(2);
const { buildIndex } = await import(storeUrl);
const { createHashEmbedder } = await import(fakeUrl);
const fs = await import('node:fs');
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const paragraphs = JSON.parse(fs.readFileSync(parasFile, 'utf8'));
const base = createHashEmbedder({ dim: 16 });
const park = (tag) => { process.stdout.write(tag + '\\n'); return new Promise(() => setInterval(() => {}, 1000)); };
const embedder = {
  ...base,
  async embedPassages(texts, onProgress) {
    const out = await base.embedPassages(texts, onProgress);
    if (phase === 'embedding') await park('PARKED');
    return out;
  },
};
await buildIndex({
  indexDir, paragraphs, embedder, full: true,
  onProgress: (done, total) => {
    if (phase !== 'hnsw' || done !== total) return;
    // Once the new generation has vectors.f32 we are inside the HNSW build
    // (it yields to the event loop every 256 points): freeze there for good.
    const path = require('node:path');
    const t = setInterval(() => {
      for (const name of fs.readdirSync(indexDir)) {
        if (name.startsWith('gen-') && fs.existsSync(path.join(indexDir, name, 'vectors.f32'))
            && !fs.existsSync(path.join(indexDir, name, 'manifest.json'))) {
          clearInterval(t);
          process.stdout.write('PARKED\\n');
          for (;;) {}
        }
      }
    }, 1);
  },
});
process.stdout.write('FINISHED\\n');
`;

async function runAndKill(indexDir: string, tmp: string, phase: 'embedding' | 'hnsw', paras: Paragraph[]): Promise<string> {
  const script = path.join(tmp, 'child.mjs');
  const parasFile = path.join(tmp, 'paras.json');
  fs.writeFileSync(script, CHILD);
  fs.writeFileSync(parasFile, JSON.stringify(paras));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      script,
      indexDir,
      parasFile,
      phase,
      pathToFileURL(path.join(root, 'src/store/index.ts')).href,
      pathToFileURL(path.join(root, 'src/embed/fake.ts')).href,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child never parked; stdout=${out} stderr=${err}`)), 30_000);
    child.stdout.on('data', (d) => {
      out += String(d);
      if (out.includes('PARKED')) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (!out.includes('PARKED')) reject(new Error(`child exited early; stdout=${out} stderr=${err}`));
    });
  });
  await exited;
  assert.equal(child.signalCode, 'SIGKILL');
  return out;
}

for (const phase of ['embedding', 'hnsw'] as const) {
  test(`SIGKILL during ${phase} leaves the old index loading`, async () => {
    const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'index-crash-'));
    const indexDir = path.join(tmp, 'embeddings');
    try {
      await buildIndex({ indexDir, paragraphs: paragraphs('old', 20), embedder: createHashEmbedder({ dim: 16 }) });
      const before = snapshot(await loadIndex(indexDir));

      const out = await runAndKill(indexDir, tmp, phase, paragraphs('new', phase === 'hnsw' ? 3000 : 50));
      assert.ok(!out.includes('FINISHED'));

      // the killed build left its lock and a partial generation behind
      const gens = fs.readdirSync(indexDir).filter((n) => n.startsWith('gen-'));
      assert.equal(gens.length, 2, `entries: ${fs.readdirSync(indexDir).join(', ')}`);
      const partial = gens.find((g) => path.join(path.resolve(indexDir), g) !== before.dir)!;
      const partialFiles = fs.readdirSync(path.join(indexDir, partial)).sort();
      assert.deepEqual(partialFiles, phase === 'hnsw' ? ['paragraphs.jsonl', 'vectors.f32'] : ['paragraphs.jsonl']);
      assert.ok(fs.existsSync(path.join(indexDir, LOCK_FILE)));

      assert.deepEqual(snapshot(await loadIndex(indexDir, { verify: 'full' })), before);

      const removed = await cleanDebris(indexDir);
      assert.ok(removed.includes(LOCK_FILE));
      assert.equal(removed.filter((n) => n.startsWith('gen-')).length, 1);
      assert.deepEqual(snapshot(await loadIndex(indexDir)), before);

      // and the next build works (stale lock taken over)
      const s = await buildIndex({ indexDir, paragraphs: paragraphs('newer', 10), embedder: createHashEmbedder({ dim: 16 }) });
      assert.equal(s.removed, 10); // ids #10..#19 are gone
      assert.equal((await loadIndex(indexDir)).paragraphs.length, 10);
    } finally {
      await fsp.rm(tmp, { recursive: true, force: true });
    }
  });
}
