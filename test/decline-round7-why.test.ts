/**
 * Declining, round 7 (helper decide10): "لماذا VERB …؟", "Why did X VERB …?" ask the reason of an event; an event the coverage never
 * tells has no reason there. The declined guards (seeds) fail when the rule is removed (why-deed.ts); the answered
 * ones stay answered with the right paragraph first.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { coverageWrites, deedOfWhy } from '../src/search/why-deed.js';
import type { Concept } from '../src/search/query.js';
import { cite, seedsSearch } from './seeds-guard.js';

/** A concept as the engine builds it: `name` when the word could be a name (no dictionary knows it). */
const c = (label: string, name = false): Concept => ({ label, name, known: true, alternatives: [{ terms: [label], weight: 1, source: 'query' }] });
const concepts = (...cs: Concept[]) => cs;

test('"لماذا VERB …؟", "Why did X VERB …?" ask the reason of the event its verb tells: a dictionary verb, not a name, a modal or a speech act', () => {
  assert.equal(deedOfWhy('لماذا استقال أمير حاتمي من وزارة الدفاع؟', concepts(c('استقال'), c('امير', true), c('حاتمي', true), c('وزاره'), c('الدفاع')))?.label, 'استقال');
  assert.equal(deedOfWhy('ولماذا رفضت السعودية الانضمام؟', concepts(c('رفضت'), c('السعوديه', true), c('الانضمام')))?.label, 'رفضت');
  assert.equal(deedOfWhy('ماذا قال أمير حاتمي؟', concepts(c('قال'), c('امير', true), c('حاتمي', true))), null, 'no why-question');
  assert.equal(deedOfWhy('لماذا تعثرت التبادلات الدفاعية؟', concepts(c('تعثرت', true), c('التبادلات'), c('الدفاعيه'))), null, 'a word no dictionary knows is more often an inflection');
  assert.equal(deedOfWhy('لماذا شكر لاريجاني باكستان؟', concepts(c('شكر'), c('لاريجاني', true), c('باكستان', true))), null, 'a speech act is told in other words (أعرب عن تقديره)');
  assert.equal(deedOfWhy('لماذا يمكن أن تنضم إيران؟', concepts(c('يمكن'), c('تنضم'), c('ايران', true))), null, 'a modal asks no deed');
  assert.equal(deedOfWhy('Why did General Bagheri cancel his visit?', concepts(c('general'), c('bagheri', true), c('cancel'), c('visit')))?.label, 'cancel', 'English: the first ordinary word after the doer');
  assert.equal(deedOfWhy('Why did Larijani thank the government?', concepts(c('larijani', true), c('thank'), c('government'))), null, 'a speech act');
  assert.equal(deedOfWhy('Why does Larijani think a partnership is needed?', concepts(c('larijani', true), c('think'), c('partnership'))), null, 'an opinion is told in other words');
  assert.equal(deedOfWhy('Why was the meeting postponed?', concepts(c('meeting'), c('postponed'))), null, 'a passive is left alone');
});

test('coverageWrites: a stem behind a clitic the stemmer kept (لشكرها → لشكر) is the deed written', () => {
  const index = new Set(['لشكر', 'زار']);
  const has = (t: string) => index.has(t);
  assert.equal(coverageWrites(c('شكر'), has), true);
  assert.equal(coverageWrites(c('استقال'), has), false);
});

// Guards: new questions of the same shape, written from the seeds (in no set).
const seeds = seedsSearch();
after(async () => (await seeds).close());

test('guards, why (seeds): the reason of an untold event declined, of a told one answered', async () => {
  const s = await seeds;
  for (const q of [
    'لماذا هاجم إسحاق دار الحكومة الإيرانية؟',
    'لماذا استقال وزير الداخلية الباكستاني محسن نقوي؟',
    'لماذا رفضت باكستان مقترح الجنرال باقري؟',
    'لماذا طرد الكرملين السفير الإيراني؟',
    'Why did Ishaq Dar cancel his trip to Tehran?',
    "Why did Putin reject Larijani's message?",
    'Why did Mohsin Naqvi resign?',
  ]) assert.equal((await s.ask(q)).abstained, true, q);
  for (const [q, at] of [
    ['لماذا اقترح الجنرال باقري إجراء مناورات بحرية مشتركة؟', '003#4'],
    ['لماذا شكر لاريجاني الحكومة الباكستانية؟', '001#5'],
    ['لماذا واجهت التبادلات الدفاعية بين البلدين قيوداً؟', '003#10'],
    ['لماذا دعا لاريجاني إلى إزالة العقبات أمام التبادلات الاقتصادية؟', '002#6'],
    ['لماذا يسعى النظام الإيراني إلى التقارب مع روسيا؟', '004#8'],
    ['Why did General Bagheri propose joint naval drills?', '003#4'],
    ['Why did Larijani thank the Pakistani government?', '001#5'],
    ['Why did Bagheri stress intelligence sharing with Pakistan?', '003#3'],
    ['Why does Iran seek closer ties with Russia?', '004#8'],
    ['Why did Larijani call for removing obstacles to trade?', '002#6'],
  ] as const) {
    const r = await s.ask(q);
    assert.equal(r.abstained, false, `${q}: ${r.reason}`);
    assert.equal(cite(r), at, q);
  }
});
