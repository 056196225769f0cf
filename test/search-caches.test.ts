/**
 * The search's per-word and per-sentence caches change nothing: a name lookup answers the same
 * from the cache as computed afresh (and a word added to the index is seen at once), and the
 * highlight with cached sentence terms is the one without.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameIndex } from '../src/search/names.js';
import { bestSentence, cachedPieceTerms } from '../src/search/highlight.js';
import type { Concept } from '../src/search/query.js';
import { terms, words } from '../src/text/tokenize.js';

test('name lookups: cached answers equal fresh ones, and adding words invalidates them', () => {
  const names = new NameIndex();
  names.add(words('التقى علي لاريجاني بالرئيس في طهران'));
  const larijani = words('Larijani')[0]!;
  const first = names.lookup(larijani);
  assert.ok(first.length > 0);
  assert.deepEqual(names.lookup(larijani), first);
  assert.deepEqual(names.lookup(words('Naqvi')[0]!), []);
  names.add(words('واستقبله محسن نقوي'));
  assert.ok(names.lookup(words('Naqvi')[0]!).length > 0, 'a word added after a lookup is found');
  const fresh = new NameIndex();
  fresh.add(words('التقى علي لاريجاني بالرئيس في طهران'));
  fresh.add(words('واستقبله محسن نقوي'));
  for (const w of words('Larijani Naqvi Tehran Ali minister')) {
    assert.deepEqual(names.lookup(w, true), fresh.lookup(w, true));
    assert.deepEqual(names.lookup(w, false), fresh.lookup(w, false));
  }
});

test('highlight with cached sentence terms equals the uncached one', () => {
  const texts = [
    'قال لاريجاني، في مؤتمر صحفي بإسلام آباد، إن التعاون الإيراني الباكستاني يخدم أمن المنطقة. وأضاف أن الزيارة ناجحة.',
    'The minister visited Pakistan on Tuesday. He met the army chief; they discussed security and trade, and the border.',
    'وأكد الرئيس أن العلاقات بين البلدين متينة، وقال إن المحادثات تناولت الطاقة والتجارة والأمن الإقليمي والحدود المشتركة بين البلدين الجارين منذ سنوات طويلة جدا.',
  ];
  const cached = cachedPieceTerms(3); // small, so the cache also empties and refills
  const concept = (word: string): Concept => ({ label: word, alternatives: [{ terms: terms(word), weight: 1, source: 'query' }], known: true });
  const questions = [['لاريجاني', 'الزيارة'], ['minister', 'security'], ['الطاقة', 'الحدود'], ['trade']];
  for (let round = 0; round < 3; round++) {
    for (const text of texts) {
      for (const q of questions) {
        const cs = q.map(concept);
        const idf = q.map((_, i) => 1 + i);
        assert.equal(bestSentence(text, cs, idf, cached), bestSentence(text, cs, idf));
      }
    }
  }
});
