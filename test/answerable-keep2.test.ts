/**
 * Kept answerable, round 7: "هل زار لاريجاني موسكو؟" where the coverage tells the deed by its verbal noun ("زيارة
 * لاريجاني", "خلال زيارته") or in the article's headline. Each test fails when its rule is removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { headlineTells, tellsDeedOf, verbalNouns } from '../src/search/yes-no.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import type { Concept } from '../src/search/query.js';
import type { Paragraph } from '../src/types.js';

const lexicon = lexiconFrom({
  enToAr: new Map(Object.entries({ visit: ['زيارة', 'زار', 'يزور'], travel: ['سافر', 'سفر', 'رحلة', 'زيارة', 'توجه'], sign: ['وقع', 'توقيع', 'أمضى'], attend: ['حضر', 'حضور', 'شارك'] })),
  arToEn: new Map(Object.entries({ زار: ['visit', 'travel'], وقع: ['sign'], حضر: ['attend'], زيارة: ['visit'], توقيع: ['signing'] })),
  source: 'test',
});
const verb = (label: string, english: string): Concept => ({ label, alternatives: [{ terms: [label], weight: 1, source: 'query' }, { terms: [english], weight: 1, source: 'dictionary' }], known: true });

test('a past verb\'s verbal noun: the dictionary\'s word for its sense that keeps its root letters', () => {
  const all = () => true;
  assert.deepEqual([...verbalNouns(verb('زار', 'visit'), 'زار', lexicon, all)].sort(), ['زيار', 'يزور'].sort(), 'زيارة (and يزور), not سفر or رحلة: another root');
  assert.ok(verbalNouns(verb('زارت', 'visit'), 'زارت', lexicon, all).has('زيار'), 'the feminine past');
  assert.ok(verbalNouns(verb('وقع', 'sign'), 'وقع', lexicon, all).has('توقيع'), 'توقيع keeps و ق ع');
  assert.equal(verbalNouns(verb('وقع', 'sign'), 'وقع', lexicon, all).has('امضي'), false, 'a synonym of another root');
  assert.equal(verbalNouns(verb('زار', 'visit'), 'زار', lexicon, (t) => t !== 'زيار').has('زيار'), false, 'only what the coverage holds');
  assert.equal(verbalNouns(verb('visit', 'زار'), 'visit', lexicon, all).size, 0, 'an English verb already has the Arabic nouns');
  assert.equal(verbalNouns(verb('زار', 'visit'), 'زار', undefined, all).size, 0, 'no dictionary, no nouns');
});

test('the deed with the doer\'s pronoun tells it in a paragraph that names the doer', () => {
  const deed = new Set(['زار', 'visit', 'زيار']);
  const larijani = new Set(['لاريجا', 'larijani']);
  assert.equal(tellsDeedOf('وقال لاريجاني إن المباحثات جرت خلال زيارته إلى موسكو.', deed, larijani), true, 'زيارته');
  assert.equal(tellsDeedOf('وبحث لاريجاني خلال زيارتها ملفات عدة.', deed, larijani), true, 'زيارتها');
  assert.equal(tellsDeedOf('Larijani said the talks took place during his visit to Moscow.', deed, larijani), true, 'his visit');
  assert.equal(tellsDeedOf('وقال نقوي إن المباحثات جرت خلال زيارته إلى موسكو.', deed, larijani), false, 'the doer unnamed');
  assert.equal(tellsDeedOf('وقال لاريجاني إن الوزير أشاد كثيراً بالزيارة الأخيرة.', deed, larijani), false, 'the bare noun is no pronoun');
  assert.equal(tellsDeedOf('Larijani spoke at length on Tuesday about trade, energy, security, water and the long border, and then the visit of the minister was announced.', deed, larijani), false, 'no possessive');
});

test('a headline telling the deed of the doer, naming every party, tells it for its paragraphs', () => {
  const deed = new Set(['زار', 'زيار']);
  const doer = new Set(['لاريجا']);
  const moscow = [[['موسكو']]];
  assert.equal(headlineTells('زيارة لاريجاني لموسكو، هل تكسر إيران عزلتها؟', deed, doer, moscow), true, 'لموسكو read without its ل');
  assert.equal(headlineTells('زيارة لاريجاني لبكين', deed, doer, moscow), false, 'another place');
  assert.equal(headlineTells('زيارة بوتين لموسكو', deed, doer, moscow), false, 'another doer');
});

const p = (id: number, text: string, title: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `${title}#${id}`, articleId: title, title, n: id, lang, text, hash: String(id) });
const filler = [p(7, 'سار الموكب في طريق طويل نحو المدينة.', 'f'), p(8, 'هطلت أمطار غزيرة على الساحل الشمالي.', 'f'), p(9, 'The weather was mild on the northern coast.', 'f', 'en')];

test('"هل زار X Y؟" is answered where the coverage tells X\'s visit by its noun, declined for another doer', async () => {
  const e = new SearchEngine({
    paragraphs: [
      p(1, 'وتأتي زيارة لاريجاني إلى باكستان بعد أسابيع من التوتر.', 'a'),
      p(1, 'في زيارة وصفت بالمهمة، التقى علي لاريجاني الرئيس بوتين في موسكو.', 'زيارة لاريجاني لموسكو'),
      p(2, 'واستقبل نقوي في موسكو وفداً تجارياً.', 'زيارة لاريجاني لموسكو'),
      ...filler,
    ],
    lexicon,
  });
  for (const q of ['هل زار لاريجاني باكستان؟', 'هل زار لاريجاني موسكو؟']) { const r = await e.search(q); assert.equal(r.abstained, false, `${q} ${r.reason}`); }
  for (const q of ['هل زار نقوي موسكو؟', 'هل زار نقوي باكستان؟']) assert.equal((await e.search(q)).abstained, true, q);
});

test('"هل أبدت موسكو استعدادها …؟": the verb asked about is no party to be named, though no dictionary knows its form', async () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'وكشفت وكالة رويترز عن إعلان الكرملين استعداد موسكو لتعزيز العلاقات مع طهران في جميع المجالات.', 'r'), p(2, 'وأبدت الحكومة قلقها من الأمطار الغزيرة.', 'r'), p(3, 'ووصل وفد من باكستان إلى المدينة الساحلية.', 'r'), ...filler],
    lexicon,
  });
  const r = await e.search('هل أبدت موسكو استعدادها لتعزيز علاقاتها مع طهران؟');
  assert.equal(r.abstained, false, r.reason);
  assert.equal(r.hits[0]?.paragraph.n, 1);
  assert.equal((await e.search('هل أبدت موسكو استعدادها لتعزيز علاقاتها مع باكستان؟')).abstained, true, 'another party');
});
