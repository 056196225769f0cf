/** A short lede its article restates more fully comes right after the full paragraph (restatement.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { containment, restatedFirst, restates, RESTATES, type RestatementView } from '../src/search/restatement.js';
import { ingestFolder } from '../src/ingest/index.js';
import { terms } from '../src/text/tokenize.js';

test('containment is the share of the first text\'s distinct stems the second holds', () => {
  assert.equal(containment([1, 2, 3, 4], [1, 2, 3, 9, 10, 11, 12]), 0.75);
  assert.equal(containment([1, 1, 2], [1]), 0.5);
  assert.equal(containment([], [1]), 0);
});

// Rows 0–2 of article a, row 3 of article b; concept 0 is held by rows 0 and 1, concept 1 by row 0 only.
const view = (stems: number[][], article: string[], held: boolean[][]): RestatementView => ({
  article: (r) => article[r]!,
  stems: (r) => stems[r]!,
  holds: (r, i) => held[r]![i]!,
  concepts: held[0]!.length,
});

test('b restates a: same article, most of a\'s stems, more stems than a, every question concept a holds', () => {
  const stems = [[1, 2, 3, 4], [1, 2, 3, 5, 6, 7], [1, 2, 3, 5, 6, 7], [1, 2, 3, 4, 5, 6]];
  const v = view(stems, ['a', 'a', 'a', 'b'], [[true, false], [true, false], [true, false], [true, false]]);
  assert.ok(restates(0, 1, v));
  assert.ok(!restates(0, 3, v), 'another article');
  assert.ok(!restates(1, 0, v), 'a shorter paragraph is no fuller restatement');
  // Two statements of like length sharing most words (a figure, a name): the rerank's choice between them stands.
  assert.ok(!restates(0, 1, view([[1, 2, 3, 4], [1, 2, 3, 5, 6]], ['a', 'a'], [[true], [true]])), 'a fifth more stems is no fuller restatement');
  assert.ok(!restates(0, 1, view([[1, 2, 3, 4], [1, 8, 9, 10, 11, 12]], ['a', 'a'], [[true], [true]])), 'a quarter of the stems');
  assert.ok(!restates(0, 1, view([[1, 2, 3, 4], [1, 2, 9, 10, 11, 12]], ['a', 'a'], [[true], [true]])), 'half is not most');
  // The question asks something only the lede holds (concept 1): the lede keeps its place.
  assert.ok(!restates(0, 1, view(stems, ['a', 'a', 'a', 'b'], [[true, true], [true, false], [true, false], [true, false]])));
});

test('restatedFirst moves the restating row directly above the lede, only within the first rows', () => {
  const stems = [[1, 2, 3, 4], [20, 21], [30, 31], [1, 2, 3, 5, 6, 7]];
  const v = view(stems, ['a', 'x', 'y', 'a'], [[true], [true], [true], [true]]);
  const r = restatedFirst([0, 1, 2, 3], v);
  assert.deepEqual(r.order, [3, 0, 1, 2]);
  assert.deepEqual([...r.lifted], [[3, 0]]);
  assert.deepEqual(restatedFirst([0, 1, 2, 3], v, 3).order, [0, 1, 2, 3]);
});

// Article 000 of the shared seeds (its lede, the full paragraph, the next one) and a paragraph of another article.
const seeds = (await ingestFolder('seeds')).articles;
const paragraphs = seeds.flatMap((a) => a.paragraphs);
const engine = new SearchEngine({ paragraphs, lexicon: null });
const cite = (p: { articleId: string; n: number }) => `${p.articleId.slice(0, 3)}#${p.n}`;

test('on the seeds, only the lede 000#1 reaches the threshold in another paragraph of its article (000#2)', () => {
  const stems = paragraphs.map((p) => [...new Set(terms(p.text))]);
  const reached: string[] = [];
  let pairs = 0;
  paragraphs.forEach((a, i) => paragraphs.forEach((b, j) => {
    if (i === j || a.articleId !== b.articleId) return;
    pairs++;
    if (containment(stems[i]!, stems[j]!) > RESTATES) reached.push(`${cite(a)} in ${cite(b)}`);
  }));
  assert.ok(pairs > 500, `${pairs} pairs`);
  assert.deepEqual(reached, ['000#1 in 000#2']);
});

test('the full paragraph comes first, the lede right after it, with the same score shown', async () => {
  // xa01, ya01, la01, … asked it so; and written from the seeds, not in any set.
  for (const q of ['كيف وصفت مصادر الميادين زيارة لاريجاني إلى باكستان؟', 'ما الذي أكدته المصادر السياسية للميادين بشأن زيارة لاريجاني؟']) {
    const r = await engine.search(q, { k: 5 });
    assert.deepEqual(r.hits.slice(0, 2).map((h) => cite(h.paragraph)), ['000#2', '000#1'], `${q}: ${r.hits.map((h) => `${cite(h.paragraph)} ${h.score}`).join(', ')}`);
    assert.equal(r.hits[0]!.score, r.hits[1]!.score);
    assert.ok(r.hits.every((h, i) => i === 0 || h.score <= r.hits[i - 1]!.score));
  }
});

test('a question whose evidence is only in the lede keeps it first; one only the full paragraph answers keeps that first', async () => {
  for (const q of ['في أي موازين تشكل زيارة لاريجاني نقطة انعطاف بحسب الميادين؟', 'ما الذي تشكله زيارة لاريجاني إلى باكستان في موازين القوى الإقليمية؟']) {
    const r = await engine.search(q, { k: 5 });
    assert.equal(cite(r.hits[0]!.paragraph), '000#1', `${q}: ${r.hits.map((h) => `${cite(h.paragraph)} ${h.score}`).join(', ')}`);
  }
  for (const q of ['ماذا تفتح زيارة لاريجاني أمام طهران وإسلام آباد بحسب الميادين؟', 'هل تتجاوز زيارة لاريجاني حدود العلاقات الثنائية التقليدية بحسب مصادر الميادين؟']) {
    const r = await engine.search(q, { k: 5 });
    assert.equal(cite(r.hits[0]!.paragraph), '000#2', `${q}: ${r.hits.map((h) => `${cite(h.paragraph)} ${h.score}`).join(', ')}`);
  }
});
