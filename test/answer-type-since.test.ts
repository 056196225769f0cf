/** "منذ متى / since when …" asks the start of a state: a date beside the name that tells of something else is no answer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { answerType, asksSince, statesStart } from '../src/search/answer-type.js';
import type { Paragraph } from '../src/types.js';

const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const lexicon = lexiconFrom({
  enToAr: new Map([['secretary', ['أمين']], ['council', ['مجلس']], ['security', ['أمن']], ['chief', ['قائد']], ['army', ['جيش']]]),
  arToEn: new Map([['أمين', ['secretary']], ['مجلس', ['council']], ['أمن', ['security']], ['منصب', ['post']], ['قائد', ['chief']], ['جيش', ['army']], ['يشغل', ['occupy']]]),
  source: 'test',
});
const engine = new SearchEngine({
  paragraphs: [
    // A date beside the post, telling of a trip.
    p(1, 'أمين المجلس الأعلى للأمن القومي علي لاريجاني يتجه إلى باكستان. 24 تشرين الثاني/نوفمبر 2025.'),
    // The start of the post, stated.
    p(2, 'ويشغل الجنرال منير منصب قائد الجيش منذ عام 2022.'),
  ],
  lexicon,
});

test('"since when" asks when, and a start is "since" or taking up a post, with a time', () => {
  assert.ok(asksSince('منذ متى يشغل لاريجاني منصبه؟'));
  assert.ok(asksSince('Since when has Munir been army chief?'));
  assert.equal(answerType('Since when has Munir been army chief?'), 'time');
  assert.ok(!asksSince('متى زار لاريجاني باكستان؟'));
  assert.ok(statesStart('يشغل منصب قائد الجيش منذ عام 2022'));
  assert.ok(statesStart('He was appointed army chief in November 2022.'));
  assert.ok(!statesStart('لاريجاني يتجه إلى باكستان. 24 تشرين الثاني/نوفمبر 2025.'));
  assert.ok(!statesStart('Munir has been army chief for a long time.'));
});

test('"منذ متى يشغل …" is not answered by a dated paragraph on something else, and is by one stating the start', async () => {
  const r = await engine.search('منذ متى يشغل علي لاريجاني منصب أمين المجلس الأعلى للأمن القومي؟');
  assert.equal(r.kind, 'none', `answered by ${r.hits[0]?.paragraph.text}`);
  const a = await engine.search('منذ متى يشغل الجنرال منير منصب قائد الجيش؟');
  assert.equal(a.kind, 'answer', `${a.reason}`);
  assert.equal(a.hits[0]?.paragraph.n, 2);
});
