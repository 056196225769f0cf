/** The rerank's context rule: a paragraph continuing the previous one is credited, a little, with what that one named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { contextShare } from '../src/search/proximity.js';
import type { Paragraph } from '../src/types.js';

const para = (articleId: string, n: number, text: string): Paragraph => ({ id: `${articleId}#${n}`, articleId, title: 't', n, lang: 'en', text, hash: `${articleId}${n}` });

test('the share of the question only the previous paragraph holds', () => {
  const owner = new Map([['a', 0], ['b', 1], ['c', 2]]);
  const idf = [1, 1, 2];
  // The paragraph has a; the one before has a and c: c (2 of 4) is what the context adds.
  assert.equal(contextShare(['a', 'x'], ['a', 'c'], owner, idf), 0.5);
  assert.equal(contextShare(['a', 'x'], null, owner, idf), 0);
});

test('a paragraph continuing the previous one ranks above one that matches as much alone', async () => {
  const paragraphs = [
    para('b', 1, 'Exchanges faced limits at universities.'),
    para('a', 1, 'Iran and Pakistan signed defense agreements in 2018 on training.'),
    para('a', 2, 'Such exchanges faced limits because of international pressure.'),
    para('c', 1, 'Gold prices rose sharply on Monday in London markets.'),
    para('c', 2, 'Oil exports fell for the third month in a row.'),
  ];
  const engine = new SearchEngine({ paragraphs, lexicon: null });
  const r = await engine.search('Why did the defense exchanges between Iran and Pakistan face limits?', { k: 5 });
  const rank = (id: string) => r.hits.findIndex((h) => h.paragraph.id === id);
  assert.ok(rank('a#2') >= 0 && rank('a#2') < rank('b#1'), r.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', '));
});
