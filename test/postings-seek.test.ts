/**
 * Block finding by galloping (Cursor.seek, listHolds) must give what a block-by-block scan gives,
 * and Bm25Index.holds what the row's terms say, on random lists spanning many blocks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCK, Cursor, END, firstBlockReaching, listHolds, PostingsWriter } from '../src/search/postings.js';
import { Bm25Index } from '../src/search/bm25.js';
import { rng } from './support/rng.js';

test('firstBlockReaching finds the first block ending at or after the target, like a linear scan', () => {
  const r = rng(7);
  for (let trial = 0; trial < 300; trial++) {
    const n = Math.floor(r() * 40);
    const last = new Uint32Array(n);
    let x = 0;
    for (let i = 0; i < n; i++) last[i] = x += 1 + Math.floor(r() * 50);
    const from = Math.floor(r() * (n + 1));
    const end = from + Math.floor(r() * (n - from + 1));
    const target = Math.floor(r() * (x + 60));
    let want = from;
    while (want < end && last[want]! < target) want++;
    assert.equal(firstBlockReaching(last, from, end, target), want, `n ${n} from ${from} end ${end} target ${target}`);
  }
});

test('listHolds and Cursor.seek agree with the rows written, over lists of many blocks', () => {
  const r = rng(11);
  for (let trial = 0; trial < 40; trial++) {
    const writer = new PostingsWriter(64);
    const lists: Array<{ rows: number[]; ref: ReturnType<PostingsWriter['add']> }> = [];
    for (let l = 0; l < 3; l++) {
      const rows: number[] = [];
      const tfs: number[] = [];
      const size = Math.floor(r() * BLOCK * 6);
      let row = -1;
      for (let i = 0; i < size; i++) {
        row += 1 + Math.floor(r() ** 3 * 400); // gaps of every size, some past 2^7 and 2^14
        rows.push(row);
        tfs.push(1 + Math.floor(r() ** 4 * 300));
      }
      lists.push({ rows, ref: writer.add(rows, tfs, 0, rows.length) });
    }
    const store = writer.finish();
    for (const { rows, ref } of lists) {
      const set = new Set(rows);
      const top = (rows.at(-1) ?? 0) + 5;
      for (let q = 0; q < 200; q++) {
        const row = Math.floor(r() * top);
        assert.equal(listHolds(store, ref, row), set.has(row), `row ${row}`);
      }
      for (const row of rows.slice(0, 50)) assert.equal(listHolds(store, ref, row), true);
      // Seeks forward by random steps land on the first row at or after the target.
      const c = new Cursor().open(store, ref, 1, 0);
      let target = 0;
      while (target < top) {
        target += Math.floor(r() ** 2 * 2000);
        c.seek(target);
        const want = rows.find((x) => x >= target) ?? END;
        assert.equal(c.row, want, `seek ${target}`);
      }
    }
  }
});

test('Bm25Index.holds answers from bitmaps and from lists alike', () => {
  const r = rng(3);
  const docs: string[][] = [];
  for (let d = 0; d < 3000; d++) docs.push(Array.from({ length: 1 + Math.floor(r() * 12) }, () => `t${Math.floor(60 * r() ** 2.5)}`));
  const index = new Bm25Index(docs, docs.length);
  for (let q = 0; q < 3000; q++) {
    const row = Math.floor(r() * docs.length);
    const term = `t${Math.floor(60 * r())}`;
    assert.equal(index.holds(row, term), docs[row]!.includes(term), `${row} ${term}`);
  }
});
