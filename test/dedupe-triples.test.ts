/**
 * The engine's near-duplicate test over sorted token-id triples must decide exactly as Jaccard over
 * the string shingles does, on random texts, near-copies and texts shorter than a shingle.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jaccard, nearDuplicateTriples, shingleTriples, shinglesOfTokens } from '../src/search/dedupe.js';
import { rng } from './support/rng.js';


test('shingle triples: the same sets and the same near-duplicate decisions as string shingles', () => {
  const r = rng(7);
  const text = (): Uint32Array => {
    const len = r() < 0.15 ? Math.floor(r() * 4) : Math.floor(3 + r() * 60);
    const vocab = r() < 0.5 ? 5 : 400; // a small vocabulary repeats 3-grams within a text
    return Uint32Array.from({ length: len }, () => Math.floor(r() * vocab) * (r() < 0.1 ? 1000 : 1));
  };
  let near = 0;
  for (let i = 0; i < 3000; i++) {
    const a = text();
    // half the time a near-copy: a few tokens changed, dropped or added
    const b = r() < 0.5 ? text() : Uint32Array.from([...a].filter(() => r() > 0.05).map((x) => (r() < 0.05 ? x + 1 : x)).concat(r() < 0.5 ? [7, 8] : []));
    const sa = shinglesOfTokens(a);
    const sb = shinglesOfTokens(b);
    const ta = shingleTriples(a);
    assert.equal(ta.length / 3, sa.size);
    for (const t of [0.3, 0.6, 0.9]) {
      const want = jaccard(sa, sb) >= t;
      if (want) near++;
      assert.equal(nearDuplicateTriples(ta, shingleTriples(b), t), want, `case ${i} threshold ${t}`);
    }
  }
  assert.ok(near > 500, `near-duplicates met: ${near}`);
});
