/**
 * The rerank and near-duplicate folding read each paragraph's stems from ids kept at indexing; they
 * must give what tokenizing the text again gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestFolder } from '../src/ingest/index.js';
import { indexTermsOf, ROOTISH, terms, words } from '../src/text/tokenize.js';
import { RowTokens } from '../src/search/tokens.js';
import { conceptOwners, proximityOfTokens, proximityScore } from '../src/search/proximity.js';
import { jaccard, shingles, shinglesOfTokens } from '../src/search/dedupe.js';
import type { Concept } from '../src/search/query.js';

test('stems kept as ids at indexing give the same proximity and shingle overlap as the text', async () => {
  const paragraphs = (await ingestFolder('seeds')).articles.flatMap((a) => a.paragraphs);
  assert.ok(paragraphs.length > 20);
  const tokens = new RowTokens(paragraphs.length);
  for (const p of paragraphs) tokens.add(indexTermsOf(words(p.text)).filter((t) => !t.startsWith(ROOTISH)));
  tokens.seal();
  paragraphs.forEach((p, row) => {
    const stems = terms(p.text);
    assert.equal(tokens.of(row).length, stems.length);
    assert.deepEqual(Array.from(tokens.of(row)), stems.map((s) => tokens.id(s)));
  });
  // Concepts made of a paragraph's own neighbouring stems, so proximity is not trivially 0.
  let positive = 0;
  paragraphs.forEach((p, row) => {
    const stems = terms(p.text);
    const concepts: Concept[] = stems.slice(2, 6).map((s) => ({ label: s, alternatives: [{ terms: [s], weight: 1, source: 'query' }], known: true }));
    const idf = concepts.map((_, i) => 1 + i / 3);
    const owners = new Map<number, number>();
    for (const [stem, ci] of conceptOwners(concepts)) owners.set(tokens.id(stem)!, ci);
    const byIds = proximityOfTokens(tokens.of(row), owners, concepts, idf);
    assert.equal(byIds, proximityScore(p.text, concepts, idf));
    if (byIds > 0) positive++;
    const other = paragraphs[(row + 1) % paragraphs.length]!.text;
    assert.equal(jaccard(shinglesOfTokens(tokens.of(row)), shinglesOfTokens(tokens.of((row + 1) % paragraphs.length))), jaccard(shingles(p.text), shingles(other)));
    assert.equal(shinglesOfTokens(tokens.of(row)).size, shingles(p.text).size);
  });
  assert.ok(positive > paragraphs.length / 2);
});

test('the early-exit near-duplicate test decides exactly as the Jaccard threshold', async () => {
  const { nearDuplicate } = await import('../src/search/dedupe.js');
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let agreeTrue = 0;
  for (let i = 0; i < 3000; i++) {
    const base = Array.from({ length: Math.floor(rand() * 80) }, () => `s${Math.floor(rand() * 120)}`);
    const a = new Set(base);
    const b = new Set(base.filter(() => rand() < 0.3 + rand() * 0.7).concat(Array.from({ length: Math.floor(rand() * 20) }, () => `t${Math.floor(rand() * 40)}`)));
    for (const t of [0.3, 0.6, 0.9]) {
      const want = jaccard(a, b) >= t;
      assert.equal(nearDuplicate(a, b, t), want, `sizes ${a.size}/${b.size} threshold ${t}`);
      if (want) agreeTrue++;
    }
  }
  assert.ok(agreeTrue > 500, `only ${agreeTrue} near-duplicate pairs: the test would not see a wrong "false"`);
});

test('holding: per row, which id sets it holds an id of; nothing carried from one call to the next', () => {
  const tokens = new RowTokens(3);
  for (const stems of [['a', 'b'], ['c'], ['b', 'd', 'a']]) tokens.add(stems);
  tokens.seal();
  const ids = (...stems: string[]) => new Set(stems.map((s) => tokens.id(s)!));
  const first = tokens.holding([0, 1, 2, 0], [ids('a'), ids('c', 'd'), ids('b')]);
  assert.deepEqual([...first], [[0, 0b101], [1, 0b010], [2, 0b111]]);
  // A second call with other sets sees none of the first call's marks.
  assert.deepEqual([...tokens.holding([0, 1, 2], [ids('d')])], [[0, 0], [1, 0], [2, 1]]);
  assert.deepEqual([...tokens.holding([1], [])], [[1, 0]]);
});
