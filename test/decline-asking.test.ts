/** How a question asks, as opposed to what it asks about: words the coverage need not use. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { countingNouns } from '../src/search/answer-type.js';
import type { Paragraph } from '../src/types.js';

const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const lexicon = lexiconFrom({
  enToAr: new Map([['number', ['عدد']], ['memorandum', ['مذكرة']], ['signed', ['وقع']], ['population', ['سكان']], ['children', ['أطفال']]]),
  arToEn: new Map([['عدد', ['number']], ['مذكرة', ['memorandum']], ['وقع', ['sign']], ['سكان', ['population']], ['أطفال', ['children']], ['تفاهم', ['understanding']]]),
  source: 'test',
});
// The coverage states the count, never the word "number" / عدد.
const engine = new SearchEngine({
  paragraphs: [
    p(1, 'وشهدت الزيارة توقيع 12 مذكرة تفاهم في قطاعات التجارة والطاقة بين البلدين.'),
    p(2, 'The visit saw 12 memoranda of understanding signed between the two countries.', 'en'),
    p(3, 'سار الموكب في طريق طويل نحو المدينة.'),
    p(4, 'قال لاريجاني إن باكستان دولة صديقة.'),
  ],
  lexicon,
});

test('the noun a count is asked with: كم عدد / ما عدد / "the number of"', () => {
  assert.deepEqual(countingNouns('كم عدد مذكرات التفاهم التي وقعت؟'), ['عدد']);
  assert.deepEqual(countingNouns('وما هو مقدار الدعم؟'), ['مقدار']);
  assert.deepEqual(countingNouns('What was the total number of memoranda signed?'), ['number']);
  // Not a count: عدد as what is spoken of, "number" without "the … of".
  assert.deepEqual(countingNouns('ماذا قال عن عدد من الدول؟'), []);
  assert.deepEqual(countingNouns('Which number did he call?'), []);
});

test('"كم عدد …" is answered by the stated count and names no عدد as never mentioned', async () => {
  for (const q of ['كم عدد مذكرات التفاهم؟', 'ما عدد مذكرات التفاهم التي وقعت؟', 'What was the number of memoranda signed?']) {
    const r = await engine.search(q);
    assert.equal(r.kind, 'answer', `${q}: ${r.reason}`);
    assert.ok(!r.missing.includes('عدد') && !r.missing.includes('number'), `${q}: ${r.missing}`);
  }
});

test('a count of something never mentioned is still declined, naming that thing, not the counting noun', async () => {
  for (const [q, word] of [['كم عدد سكان باكستان؟', 'سكان'], ['كم عدد أطفال لاريجاني؟', 'أطفال'], ['What is the number of children Larijani has?', 'children']] as const) {
    const r = await engine.search(q);
    assert.equal(r.kind, 'none', q);
    assert.ok(r.missing.includes(word) && !r.missing.includes('عدد') && !r.missing.includes('number'), `${q}: ${r.missing}`);
  }
});
