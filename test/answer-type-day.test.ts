/** "On what date / في أي يوم …" asks for a day: a year or a month is no date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { asksForDay, mentionsDay } from '../src/search/answer-type.js';
import type { Paragraph } from '../src/types.js';

const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const lexicon = lexiconFrom({
  enToAr: new Map([['defense', ['دفاع']], ['agreement', ['اتفاقية']], ['sign', ['توقيع']], ['report', ['نقل']], ['statement', ['تصريح']]]),
  arToEn: new Map([['دفاع', ['defense']], ['اتفاقية', ['agreement']], ['توقيع', ['signing']], ['نقل', ['report']], ['تصريح', ['statement']]]),
  source: 'test',
});
const engine = new SearchEngine({
  paragraphs: [
    p(1, 'وفي عام 2018 جرى توقيع اتفاقية الدفاع بين باكستان والسعودية في الرياض.'),
    p(2, 'جاء هذا التصريح، الذي نقلته وكالة تسنيم، أمس الإثنين، خلال اجتماع الجنرال باقري.'),
  ],
  lexicon,
});

test('which questions ask for a day, and which paragraphs name one', () => {
  assert.ok(asksForDay('On what date did Pakistan and Saudi Arabia sign their defense agreement?'));
  assert.ok(asksForDay('في أي يوم نقلت تسنيم تصريح الجنرال باقري؟'));
  assert.ok(!asksForDay('When did Pakistan sign?'));
  assert.ok(!asksForDay('In which year was the agreement signed?'));
  for (const t of ['اليوم الثلاثاء', 'November 25, 2025', 'في 21 أكتوبر', 'أمس الإثنين', 'What days of the week does it take place?']) assert.ok(mentionsDay(t), t);
  for (const t of ['ففي عام 2018، أسفرت', 'مطلع تشرين الثاني/نوفبر الجاري', 'في أغسطس (آب) الماضي', 'last month']) assert.ok(!mentionsDay(t), t);
});

test('"في أي يوم …" is not answered by a year alone; "في أي يوم …" is by "أمس الإثنين"', async () => {
  const r = await engine.search('في أي يوم تم توقيع اتفاقية الدفاع بين باكستان والسعودية؟');
  assert.equal(r.kind, 'none', `answered by ${r.hits[0]?.paragraph.text}`);
  // "When / in which year" asks no day: the year answers.
  const year = await engine.search('في أي عام تم توقيع اتفاقية الدفاع بين باكستان والسعودية؟');
  assert.equal(year.kind, 'answer', `${year.reason}`);
  const day = await engine.search('في أي يوم نقلت وكالة تسنيم تصريح الجنرال باقري؟');
  assert.equal(day.kind, 'answer', `${day.reason}`);
});
