/**
 * The pruned (MaxScore, compact postings) BM25 must return exactly what exhaustive term-at-a-time
 * scoring returns — same rows, same order, bit-identical scores, same matched concepts and
 * concept statistics — on many random corpora and structured questions (alternatives, phrases,
 * weights, unknown terms, frequent terms with bitmaps, lists spanning many blocks, ties).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bm25Index } from '../src/search/bm25.js';
import type { Alternative, Concept } from '../src/search/query.js';
import { ExhaustiveBm25 } from './support/bm25-exhaustive.js';
import { rng } from './support/rng.js';

function corpus(r: () => number): { docs: string[][]; vocab: number } {
  const n = r() < 0.2 ? Math.floor(r() * 20) : Math.floor(200 + r() * 3000);
  const vocab = Math.floor(3 + r() * 300);
  const skew = 0.5 + r() * 2.5; // Zipf-like: a few terms in most rows (long lists, bitmaps), many rare
  const docs: string[][] = [];
  for (let d = 0; d < n; d++) {
    const len = r() < 0.05 ? 0 : Math.floor(1 + r() * (r() < 0.1 ? 120 : 25));
    const doc: string[] = [];
    for (let i = 0; i < len; i++) doc.push(`t${Math.floor(vocab * r() ** skew)}`);
    docs.push(doc);
  }
  return { docs, vocab };
}

function question(r: () => number, vocab: number): Concept[] {
  const term = () => (r() < 0.1 ? `missing${Math.floor(r() * 5)}` : `t${Math.floor(vocab * r() ** (1 + r() * 2))}`);
  const weights = [1, 1, 1, 0.5, 0.3, 0.7 * 0.5];
  const concepts: Concept[] = [];
  const nc = 1 + Math.floor(r() * (r() < 0.1 ? 40 : 7)); // sometimes past the 32-concept limit
  for (let c = 0; c < nc; c++) {
    const alternatives: Alternative[] = [];
    const na = r() < 0.05 ? 0 : 1 + Math.floor(r() * (r() < 0.3 ? 8 : 2));
    for (let a = 0; a < na; a++) {
      const len = r() < 0.15 ? 2 + Math.floor(r() * 2) : 1;
      const w = r() < 0.1 ? 0.05 + r() * 1.5 : weights[Math.floor(r() * weights.length)]!;
      alternatives.push({ terms: Array.from({ length: len }, term), weight: w, source: 'dictionary' });
    }
    concepts.push({ label: `c${c}`, alternatives, known: true });
  }
  return concepts;
}

test('MaxScore over compact postings equals exhaustive BM25 on random corpora and questions', { timeout: 120_000 }, () => {
  let compared = 0;
  let nonEmpty = 0;
  for (let seed = 1; seed <= 60; seed++) {
    const r = rng(seed);
    const { docs, vocab } = corpus(r);
    const fast = new Bm25Index(docs, docs.length);
    const slow = new ExhaustiveBm25(docs, docs.length);
    for (let q = 0; q < 25; q++) {
      const concepts = question(r, vocab);
      const k = [1, 3, 10, 100, 100, 1000][Math.floor(r() * 6)]!;
      const got = fast.search(concepts, k);
      const want = slow.search(concepts, k);
      assert.deepEqual(got, want, `seed ${seed}, question ${q}, k ${k}: ${JSON.stringify(concepts)}`);
      compared++;
      if (want.hits.length > 0) nonEmpty++;
    }
  }
  assert.equal(compared, 1500);
  // the comparison is only worth something if most questions found rows
  assert.ok(nonEmpty > 1000, `only ${nonEmpty} questions had hits`);
});

test('the index reports document frequencies and terms like the exhaustive one', () => {
  const r = rng(99);
  const { docs } = corpus(r);
  const fast = new Bm25Index(docs, docs.length);
  const slow = new ExhaustiveBm25(docs, docs.length);
  assert.deepEqual([...fast.terms()].sort(), [...slow.terms()].sort());
  for (const t of slow.terms()) assert.equal(fast.df(t), slow.df(t), t);
  assert.equal(fast.has('nope'), false);
  assert.equal(fast.df('nope'), 0);
});

test('holds(row, term) answers for the row as numbered outside the index (rows are kept in length order inside)', () => {
  const r = rng(5);
  const { docs } = corpus(r);
  const index = new Bm25Index(docs, docs.length);
  const terms = [...index.terms()];
  let held = 0;
  for (let row = 0; row < docs.length; row++) {
    const has = new Set(docs[row]);
    for (let i = 0; i < 5; i++) {
      const t = i < 2 && docs[row]!.length ? docs[row]![Math.floor(r() * docs[row]!.length)]! : terms[Math.floor(r() * terms.length)]!;
      assert.equal(index.holds(row, t), has.has(t), `row ${row}, term ${t}`);
      if (has.has(t)) held++;
    }
  }
  assert.ok(held > docs.length, `only ${held} held pairs checked`);
});

test('a frequent and a rare term: the rare rows win, as exhaustively, and postings are stored compactly', () => {
  // 20 000 rows all holding "common"; "rare" in 50 of them. Top 5 must come from the rare rows.
  const docs: string[][] = [];
  for (let d = 0; d < 20_000; d++) docs.push(d % 400 === 7 ? ['common', 'rare', 'x'] : ['common', `w${d % 13}`, 'y', 'z']);
  const index = new Bm25Index(docs, docs.length);
  const concepts: Concept[] = ['common', 'rare'].map((t) => ({ label: t, alternatives: [{ terms: [t], weight: 1, source: 'query' }], known: true }));
  const res = index.search(concepts, 5);
  assert.deepEqual(res.hits.map((h) => h.row), [7, 407, 807, 1207, 1607]);
  assert.deepEqual(res, new ExhaustiveBm25(docs, docs.length).search(concepts, 5));
  // Uncompressed, a posting is a 4-byte row + 2-byte tf; delta-coded varints take ~2 bytes here.
  // Terms in ≥ 1/32 of the rows also get two bitmaps (rows, rows with tf > 1) of 2 500 bytes each.
  const postings = docs.reduce((s, d) => s + new Set(d).size, 0);
  const bytes = index.postingsBytes();
  assert.ok(bytes.lists < postings * 2.2, `${postings} postings take ${bytes.lists} bytes`);
  const frequent = [...new Set(docs.flat())].filter((t) => index.df(t) * 32 >= docs.length).length;
  assert.equal(bytes.bitmaps, frequent * 2 * 2500);
});
