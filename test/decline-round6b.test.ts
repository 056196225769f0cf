/**
 * Declining, round 6 (second pass, helper decide7): "what new X" asks for X told as new, and a topic's partner named
 * after مع / with is held itself. Each test fails when its rule is removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { newThingAsked, tellsNew } from '../src/search/answer-type.js';
import { partnerAsked } from '../src/search/pair.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import type { Paragraph } from '../src/types.js';

const lexicon = lexiconFrom({
  enToAr: new Map(Object.entries({ sanctions: ['عقوبات'], new: ['جديد'], relations: ['علاقات'], cooperation: ['تعاون'], russia: ['روسيا'] })),
  arToEn: new Map(Object.entries({ عقوبات: ['sanctions'], جديد: ['new'], غربي: ['Western'], علاقات: ['relations'], تعاون: ['cooperation'], روسيا: ['Russia'], باكستان: ['Pakistan'] })),
  source: 'test',
}, { size: 2, enToAr: new Map([['russia', ['روسيا']], ['pakistan', ['باكستان']]]), arToEn: new Map([['روسيا', ['russia']], ['باكستان', ['pakistan']]]), places: new Set(['russia', 'pakistan', 'روسيا', 'باكستان']) });
const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const filler = [p(7, 'سار الموكب في طريق طويل نحو المدينة.'), p(8, 'هطلت أمطار غزيرة على الساحل الشمالي.'), p(9, 'The weather was mild on the northern coast.', 'en')];

test('"what new X", "ما X الجديدة" asks for X told as new: sanctions going on are no new sanctions', async () => {
  assert.deepEqual(newThingAsked('What new sanctions did the US impose on Iran in October 2025?')?.[0], 'sanctions');
  assert.deepEqual(newThingAsked('Which new US sanctions on Iran were announced in 2025?')?.slice(0, 2), ['us', 'sanctions']);
  assert.notEqual(newThingAsked('ما هي العقوبات الغربية الجديدة التي فرضت على إيران هذا العام؟'), null);
  assert.equal(newThingAsked('What did Larijani say about sanctions?'), null);
  assert.equal(newThingAsked('Why did the ambassador say new strategies are needed?'), null, 'new not asked for');
  const stems = new Set(['عقوب']);
  assert.equal(tellsNew('في ظل استمرار العقوبات الغربية على إيران', stems), false);
  assert.equal(tellsNew('وفرضت واشنطن عقوبات جديدة على إيران', stems), true);
  const going = new SearchEngine({ paragraphs: [p(1, 'ويرى مسؤولون أن روسيا حليف لا غنى عنه في ظل استمرار العقوبات الغربية على إيران.'), p(2, 'وقال لاريجاني إن الزيارة ناجحة.'), ...filler], lexicon });
  const r = await going.search('ما هي العقوبات الغربية الجديدة التي فرضت على إيران؟');
  assert.equal(r.abstained, true, 'only sanctions going on');
  const told = new SearchEngine({ paragraphs: [p(1, 'وفرضت الدول الغربية عقوبات جديدة على إيران هذا الشهر.'), p(2, 'وقال لاريجاني إن الزيارة ناجحة.'), ...filler], lexicon });
  const a = await told.search('ما هي العقوبات الغربية الجديدة التي فرضت على إيران؟');
  assert.equal(a.abstained, false, a.reason);
});

test('"ماذا قال X عن العلاقات مع روسيا؟": the partner named after مع is held, not relations with another country', async () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'وقال دار إن العلاقات مع باكستان والتعاون الاقتصادي في تقدم مستمر.'), p(2, 'وقال لاريجاني إن الزيارة ناجحة.'), p(3, 'وزار وفد تجاري روسيا الشهر الماضي.'), ...filler],
    lexicon,
  });
  const concepts = e.concepts('ماذا قال دار عن العلاقات مع روسيا؟');
  assert.deepEqual(partnerAsked('ماذا قال دار عن العلاقات مع روسيا؟', concepts)?.map((c) => c.word), ['روسيا']);
  assert.equal(partnerAsked('ماذا بحث دار مع لاريجاني؟', e.concepts('ماذا بحث دار مع لاريجاني؟')), null, 'talks with someone: pair.ts talksAsked');
  const r = await e.search('ماذا قال دار عن العلاقات مع روسيا؟');
  assert.equal(r.abstained, true, 'his words on Pakistan say nothing of Russia');
  const a = await e.search('ماذا قال دار عن العلاقات مع باكستان؟');
  assert.equal(a.abstained, false, a.reason);
});
