/**
 * Round 7 (helper vocab7): small vocabulary misses. Each test fails when its rule is removed; questions are
 * new ones from the seeds (answerable: the right paragraph first; near misses of the same shape: declined).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstHit, seedsEngine, skipWithoutDictionaries } from './support/seeds-engine.js';

// one engine per file, built on the seeds with the real dictionaries (test/support/seeds-engine.ts)
const seeds = seedsEngine;
const first = firstHit;
const skip = skipWithoutDictionaries;

test('a post\'s standing (المعتمد، accredited, resident) neither names the post nor goes missing', { skip }, async () => {
  for (const q of ['من هو سفير طهران المعتمد في إسلام آباد؟', 'من هو السفير الإيراني المعتمد لدى باكستان؟', "Who is Iran's accredited ambassador to Pakistan?", "Who is Iran's resident ambassador in Islamabad?"]) {
    assert.equal(await first(q), '002#15', q);
  }
  for (const q of ['من هو سفير باكستان المعتمد لدى روسيا؟', 'Who is the accredited Saudi ambassador in Tehran?', 'من هو السفير الروسي المعتمد لدى إيران؟', 'من هو سفير السعودية المقيم في إسلام آباد؟']) {
    assert.equal(await first(q), 'declined', q);
  }
});

test('"the Foreign Office" is the Ministry of Foreign Affairs (وزارة الخارجية), not a missing office', { skip }, async () => {
  assert.equal(await first('According to the Foreign Office, what did Dar and Larijani agree to strengthen?'), '002#11');
  for (const q of ['Which Pakistani official welcomed Larijani in Islamabad according to the Foreign Office?', "What did Pakistan's Foreign Office say the two sides stressed during their meeting?"]) {
    assert.notEqual(await first(q), 'declined', q);
  }
  for (const q of ["What did the British Foreign Office say about Larijani's visit to Islamabad?", 'What did the Foreign Office say about the sanctions on Venezuela?', 'According to the Foreign Office, which Indian minister met Larijani?', 'What did the Foreign Office spokesman say about the Taliban talks in Doha?']) {
    assert.equal(await first(q), 'declined', q);
  }
});

test('an adverb whose own entry is a function word (مجدداً: again) is one, though its stem is a noun (مجدد: renewed)', { skip }, async () => {
  assert.equal(await first('هل أكدت باكستان وإيران مجدداً التزامهما بتعميق العلاقات؟'), '002#1');
  assert.equal(await first('ماذا قال إسحاق دار عن لقائه مع لاريجاني مجدداً؟'), '002#2');
  assert.notEqual(await first('هل زار لاريجاني باكستان مجدداً؟'), 'declined');
  for (const q of ['هل زار بوتين طهران مجدداً؟', 'هل التقى ترامب بوتين مجدداً في ألاسكا؟', 'هل ستفرض أوروبا العقوبات على إيران مجدداً؟']) {
    assert.equal(await first(q), 'declined', q);
  }
});
