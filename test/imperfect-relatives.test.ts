/** A question's imperfect verb reaches its past and verbal noun where the coverage has them (stem.ts imperfectRelatives, concepts.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { imperfectRelatives } from '../src/text/stem.js';
import type { Paragraph } from '../src/types.js';

test('derived-form imperfects give their past and verbal noun (weak, hamza-seated, sound and doubled last letters)', () => {
  assert.ok(imperfectRelatives('ترتقي').includes('ارتقاء'));
  assert.ok(imperfectRelatives('ترتقي').includes('ارتقي'));
  assert.ok(imperfectRelatives('يستخدم').includes('استخدام'));
  assert.ok(imperfectRelatives('سينطلق').includes('انطلاق'));
  assert.ok(imperfectRelatives('تستعد').includes('استعداد'));
  // a person or pronoun ending, a short word or no imperfect prefix: nothing
  assert.deepEqual(imperfectRelatives('سيلتقون'), []);
  assert.deepEqual(imperfectRelatives('تريني'), []);
  assert.deepEqual(imperfectRelatives('تنضم'), []);
  // four letters: only a final weak letter or hamza seat after ي / ن (تولى is a past, and cost four off-topic sets)
  assert.ok(imperfectRelatives('ينشي').includes('انشاء')); // ينشئ, normalized
  assert.ok(imperfectRelatives('سيجري').includes('اجراء'));
  assert.deepEqual(imperfectRelatives('تولي'), []);
  assert.deepEqual(imperfectRelatives('يكتب'), []);
  assert.deepEqual(imperfectRelatives('مستوي'), []);
});

// Paragraphs of the shared seeds (002, 001, 004), and new questions asking with the imperfect.
const p = (n: number, text: string): Paragraph => ({ id: `a#${n}`, articleId: 'a', title: 't', n, lang: 'ar', text, hash: String(n) });
const paragraphs = [
  p(1, 'وشدّد لاريجاني على أن الارتقاء بالعلاقات بين البلدين إلى مستوى «الشراكة الاستراتيجية» أصبح ضرورة'),
  p(2, 'وكشفت وكالة "رويترز" عن إعلان الكرملين، استعداد موسكو لتعزيز العلاقات مع طهران في جميع المجالات'),
  p(3, 'وتأتي زيارة الجنرال باقري إلى إسلام أباد استكمالاً لتاريخ من التعاون الدفاعي الثنائي بين البلدين'),
  p(4, 'وأكد الوزير أن العلاقات بين البلدين جيدة على كل مستوى'),
  p(5, 'فقد اقترح الجنرال باقري إجراء مناورات بحرية مشتركة لتعزيز الأمن البحري'),
];
const engine = new SearchEngine({ paragraphs, lexicon: lexiconFrom({ enToAr: new Map([['rise', ['ارتقاء']], ['readiness', ['استعداد']], ['completion', ['استكمال']], ['conduct', ['إجراء']]]), arToEn: new Map([['ارتقاء', ['rise']], ['استعداد', ['readiness']], ['استكمال', ['completion']], ['إجراء', ['conduct']]]), source: 'test' }) });
const alternativesOf = (q: string, label: string) => engine.concepts(q).find((c) => c.label === label)!.alternatives.map((a) => a.terms.join('+'));

test('"أن ترتقي العلاقات" reaches الارتقاء, "تستعد" استعداد, "يستكمل" استكمال; the verb is no name then', async () => {
  assert.ok(alternativesOf('إلى أي مستوى يمكن أن ترتقي العلاقات بين البلدين؟', 'ترتقي').includes('ارتقاء'));
  assert.ok(alternativesOf('هل تستعد موسكو لتعزيز العلاقات مع طهران؟', 'تستعد').includes('استعداد'));
  assert.ok(alternativesOf('هل يستكمل باقري تاريخ التعاون الدفاعي بين البلدين؟', 'يستكمل').includes('استكمال'));
  assert.ok(alternativesOf('هل سيجري الجيشان مناورات بحرية؟', 'سيجري').includes('اجراء'));
  const c = engine.concepts('هل تستعد موسكو لتعزيز العلاقات مع طهران؟').find((x) => x.label === 'تستعد')!;
  assert.equal(c.name, false);
  const r = await engine.search('إلى أي مستوى يمكن أن ترتقي العلاقات بين البلدين؟', { k: 3 });
  assert.equal(r.hits[0]?.paragraph.id, 'a#1');
});

test('a form the coverage lacks is not added', () => {
  assert.ok(!alternativesOf('هل يستخدم البلدان الطائرات؟', 'يستخدم').includes('استخدام'));
});
