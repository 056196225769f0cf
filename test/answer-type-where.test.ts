/** "Where will …?" of something still to come is answered only by a paragraph saying where. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { asksAboutFuture, speaksOfFuture } from '../src/search/answer-type.js';
import { statesPlace } from '../src/search/place.js';
import type { Paragraph } from '../src/types.js';

const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const lexicon = lexiconFrom({
  enToAr: new Map([['meet', ['يلتقي', 'اجتماع']], ['meeting', ['اجتماع']], ['summit', ['اجتماع']], ['hold', ['عقد']], ['leader', ['قادة']], ['leaders', ['قادة']], ['military', ['العسكريين']]]),
  arToEn: new Map([['اجتماع', ['meeting']], ['يلتقي', ['meet']], ['قادة', ['leaders']], ['العسكريين', ['military']]]),
  source: 'test',
});
const engine = new SearchEngine({
  paragraphs: [
    p(1, 'Newsweek said the visit came ahead of an upcoming meeting between Trump and Putin.', 'en'),
    p(2, 'Larijani is expected to meet military leaders in Rawalpindi next week.', 'en'),
  ],
  lexicon,
});

test('questions of a place still to come, and paragraphs naming a place', () => {
  for (const q of ['Where will Trump and Putin hold their upcoming summit?', 'Where and when will Trump and Putin meet?', 'Where are Trump and Putin going to meet?', 'أين سيلتقي ترامب وبوتين؟', 'أين ومتى ستجرى المناورات البحرية المشتركة؟']) assert.ok(asksAboutFuture(q), q);
  assert.ok(!asksAboutFuture('Where did Larijani land?'));
  assert.ok(speaksOfFuture('ومن المنتظر أن يلتقي لاريجاني كبار القادة العسكريين في باكستان'));
  assert.ok(statesPlace('Larijani is expected to meet military leaders in Rawalpindi next week.', new Set()));
  assert.ok(statesPlace('ومن المنتظر أن يلتقي لاريجاني كبار القادة في باكستان', new Set()));
  assert.ok(!statesPlace('the visit came ahead of an upcoming meeting between Trump and Putin in November', new Set()));
  // A place the question names is no answer to where: it is what is asked about.
  assert.ok(!statesPlace('Larijani will meet leaders in Rawalpindi', new Set(['rawalpindi'])));
});

test('"Where will Trump and Putin meet?" is not answered by "an upcoming meeting"; a place stated answers', async () => {
  for (const q of ['Where will Trump and Putin hold their upcoming meeting?', 'Where are Trump and Putin going to meet?', 'Where and when will Trump and Putin meet?']) {
    const r = await engine.search(q);
    assert.equal(r.kind, 'none', `${q}: answered by ${r.hits[0]?.paragraph.text}`);
  }
  const a = await engine.search('Where will Larijani meet the military leaders?');
  assert.equal(a.kind, 'answer', `${a.reason}`);
  assert.equal(a.hits[0]?.paragraph.n, 2);
});
