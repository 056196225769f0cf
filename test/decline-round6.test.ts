/**
 * Declining, round 6: answerable questions that were declined for a word of how they ask (الرقم, "figure",
 * تصل) or a pair read past its end. Each test fails when its rule is removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { omitsSubject } from '../src/search/abstain.js';
import { answerType, asksAboutAim, asksStart, countingNouns } from '../src/search/answer-type.js';
import { meetingAsked, pairAsked, talksAsked } from '../src/search/pair.js';
import { isTitleWord } from '../src/search/frame-words.js';
import { asksGeneralKnowledge, lifeFieldAsked } from '../src/search/general-knowledge.js';
import { doerAskedWhether, tellsDeedOf } from '../src/search/yes-no.js';
import { asksWhereInside, namesVenue } from '../src/search/place.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import type { Paragraph } from '../src/types.js';

const lexicon = lexiconFrom({
  enToAr: new Map(Object.entries({ trade: ['تجارة'], number: ['رقم', 'عدد'], figure: ['رقم'], exports: ['صادرات'], oil: ['نفط'], relations: ['علاقات'], level: ['مستوى'], interview: ['مقابلة'], party: ['طرف', 'حزب'], political: ['سياسي'], channel: ['قناة', 'شبكة'] })),
  arToEn: new Map(Object.entries({ تجارة: ['trade'], رقم: ['number', 'figure'], صادرات: ['exports'], نفط: ['oil'], علاقات: ['relations'], مستوى: ['level'], هدف: ['goal'], واقعي: ['realistic'], شراكة: ['partnership'], استراتيجية: ['strategic'], بحسب: ['according'], جانب: ['side'], باكستاني: ['Pakistani'], بحث: ['discuss'], مقابلة: ['interview'], حزب: ['party'], طرف: ['party'], سياسي: ['political'], قناة: ['channel'], شبكة: ['channel'], إسلام: ['islam'], حسب: ['according'], مصادر: ['sources'] })),
  source: 'test',
});
const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const filler = [p(7, 'سار الموكب في طريق طويل نحو المدينة.'), p(8, 'هطلت أمطار غزيرة على الساحل الشمالي.'), p(9, 'The weather was mild on the northern coast.', 'en')];

test('"ما الرقم الذي …", "What figure …" ask for a quantity: the noun is how they ask, never missing', async () => {
  assert.deepEqual(countingNouns('ما الرقم الذي يريد لاريجاني أن تصل إليه التجارة؟'), ['الرقم']);
  assert.deepEqual(countingNouns('ما هو الرقم الذي يريد لاريجاني أن يصل إليه حجم التجارة؟'), ['الرقم']);
  assert.deepEqual(countingNouns('What figure does Larijani want trade to reach?'), ['figure']);
  assert.deepEqual(countingNouns('What is the target figure for trade?'), ['figure']);
  assert.deepEqual(countingNouns('ما رقم هاتف السفارة؟'), [], 'an identifier ("X\'s number") is no count');
  assert.deepEqual(countingNouns('Which political figure did Larijani meet?'), [], 'a figure met is a person');
  assert.equal(answerType('ما الرقم الذي يريد لاريجاني أن تصل إليه التجارة؟'), 'quantity');
  assert.equal(answerType('What figure does Larijani want trade to reach?'), 'quantity');
  const e = new SearchEngine({
    paragraphs: [p(1, 'وأكد لاريجاني أن رفع حجم التجارة مع باكستان إلى 10 مليارات دولار هدف واقعي.'), p(2, 'وقال لاريجاني إن الزيارة ناجحة.'), ...filler],
    lexicon,
  });
  const r = await e.search('ما الرقم الذي يريد لاريجاني أن تصل إليه التجارة مع باكستان؟');
  assert.equal(r.abstained, false, r.reason);
  assert.equal(r.hits[0]?.paragraph.n, 1);
  assert.equal((await e.search('ما الرقم الذي سجلته صادرات النفط؟')).abstained, true, 'the coverage never tells of oil exports');
});

test('in a "how many" question a verb of reaching (تصل، بلغ, reach) is how it asks: it weighs nothing in the share', async () => {
  // تصل stands in the coverage once, elsewhere: its idf is high; the answer says "رفع … إلى", not تصل.
  const e = new SearchEngine({
    paragraphs: [p(1, 'وأكد لاريجاني أن رفع حجم التجارة إلى 10 مليارات دولار هدف واقعي.'), p(2, 'تصل الطائرة مساء إلى البلدين.'), p(3, 'وقال لاريجاني إن التجارة تنمو.'), ...filler],
    lexicon,
  });
  const r = await e.search('ما الرقم الذي يريد لاريجاني أن تصل إليه التجارة بين البلدين؟');
  assert.equal(r.abstained, false, r.reason);
});

test('the parties after بين end where the list does: "بحسب لاريجاني" is whose words these are, not a party', () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'وأكد علي لاريجاني أن العلاقات بين طهران وإسلام آباد يمكن أن ترتقي إلى مستوى شراكة استراتيجية.'), p(2, 'بحسب مصادر مطلعة، انتهى الاجتماع.'), ...filler],
    lexicon,
  });
  const has = (t: string) => (e as unknown as { bm25: { has(t: string): boolean } }).bm25.has(t);
  const q = 'إلى أي مستوى يمكن أن ترتقي العلاقات بين طهران وإسلام آباد بحسب لاريجاني؟';
  const pair = pairAsked(q, e.concepts(q), has);
  assert.ok(pair !== null && pair.length >= 2);
  assert.ok(!pair.some((party) => party.some((spelling) => spelling.includes('بحسب'))), JSON.stringify(pair));
  // An ordinary-word party keeps its agreeing adjective: "بين إيران والدول الغربية".
  const q2 = 'ما نتيجة المفاوضات بين طهران والدول الغربية؟';
  const pair2 = pairAsked(q2, e.concepts(q2), has);
  assert.equal(pair2, null, 'الغربية is never in the coverage: the pair is left to the share');
});

test('a paragraph going on with the previous one\'s speaker unnamed ("وحثّ خلال مقابلة …") counts that speaker as named', async () => {
  assert.equal(omitsSubject('وحثّ خلال مقابلة مع شبكة "جيو نيوز" الباكستانية دول المنظمة على تأسيس جيش مشترك.'), true);
  assert.equal(omitsSubject('كما أعرب عن تقديره لمواقف الحكومة الباكستانية.'), true);
  assert.equal(omitsSubject('وأضاف: «في ضوء المشهد العالمي أصبحت الحاجة ملحة».'), true);
  assert.equal(omitsSubject('He also said the drills would go ahead.'), true);
  assert.equal(omitsSubject('وقال لاريجاني إن الزيارة ناجحة.'), false, 'the subject is named');
  assert.equal(omitsSubject('وفي سياق متصل، أكد قاليباف أن طهران مستعدة.'), false, 'no verb of saying first');
  const e = new SearchEngine({
    paragraphs: [
      p(1, 'وأكد رئيس البرلمان الإيراني محمد باقر قاليباف أن طهران يمكنها الانضمام إلى المعاهدة الدفاعية.'),
      p(2, 'وحثّ خلال مقابلة مع شبكة "جيو نيوز" الباكستانية دول المنظمة على تأسيس جيش مشترك.'),
      p(3, 'وأجرى الوزير محادثات مع نظيره.'),
      p(4, 'عبرت السفينة قناة السويس أمس.'),
      ...filler,
    ],
    lexicon,
  });
  // Each paragraph holds one of the question's four words; the interview's holds Qalibaf too, through the one before it.
  const r = await e.search('مع أي قناة أجرى قاليباف مقابلة؟');
  assert.equal(r.abstained, false, r.reason);
  assert.ok(r.hits.some((h) => h.paragraph.n === 2), JSON.stringify(r.hits.map((h) => h.paragraph.n)));
  assert.equal((await e.search('مع أي قناة أجرى بوتين مقابلة؟')).abstained, true, 'Putin is named nowhere');
});

test('a quantity that can be reached ("يمكن بلوغها", achievable) is a target: "raise trade to 10 billion" answers it', async () => {
  assert.equal(asksAboutAim('ما قيمة التجارة الثنائية التي يرى لاريجاني أنه يمكن بلوغها مع باكستان؟'), true);
  assert.equal(asksAboutAim('What trade volume is achievable with Pakistan?'), true);
  assert.equal(asksAboutAim('What is the current annual trade volume between Iran and Pakistan?'), false);
  assert.deepEqual(countingNouns('What is the value of bilateral trade?'), ['value']);
  assert.deepEqual(countingNouns('ما قيمة التجارة الثنائية؟'), ['قيمه']);
  const e = new SearchEngine({
    paragraphs: [p(1, 'وأكد لاريجاني في باكستان أن رفع حجم التجارة الثنائية إلى 10 مليارات دولار هدف واقعي يمكن تحقيقه.'), p(2, 'وقال لاريجاني إن التجارة مع باكستان تنمو.'), ...filler],
    lexicon,
  });
  const r = await e.search('ما قيمة التجارة الثنائية التي يمكن بلوغها مع باكستان بحسب لاريجاني؟');
  assert.equal(r.abstained, false, `${r.reason} ${r.coverage}`);
  assert.equal((await e.search('ما قيمة التجارة الثنائية الحالية مع باكستان؟')).abstained, true, 'the target is no current value');
});

test('a part of a named person\'s life (schooling, party, birth) is answered only where it is told', async () => {
  assert.ok(lifeFieldAsked('Which political party does Mohsin Naqvi belong to?'));
  assert.ok(lifeFieldAsked('أين تلقّى علي لاريجاني تعليمه الجامعي؟'));
  assert.ok(lifeFieldAsked('Where did General Asim Munir go to military school?'));
  assert.equal(lifeFieldAsked('Which party hosted Larijani in Islamabad?'), null, 'a party to talks is a side, not a political party');
  const e = new SearchEngine({
    paragraphs: [
      p(1, 'والتقى محسن نقوي الطرف الإيراني في طهران وبحث معه الوضع السياسي.'),
      p(2, 'Mohsin Naqvi studied at a university in the United States before entering politics.', 'en'),
      p(3, 'General Asim Munir received the delegation at the military headquarters.', 'en'),
      ...filler,
    ],
    lexicon,
  });
  assert.equal((await e.search('ما الحزب السياسي الذي ينتمي إليه محسن نقوي؟')).abstained, true, 'الطرف الإيراني (a party to talks) is no political party');
  assert.equal((await e.search('Where did General Asim Munir go to military school?')).abstained, true, 'military headquarters are no school');
  const r = await e.search('Where did Mohsin Naqvi study?');
  assert.equal(r.abstained, false, r.reason);
  assert.equal(r.hits[0]?.paragraph.n, 2);
});

test('"هل زار X …؟" is answered only where X is the visit\'s subject, not the one visited', async () => {
  const deed = new Set(['زار', 'visit']);
  const munir = new Set(['عاصم', 'منير', 'asim', 'munir']);
  assert.equal(tellsDeedOf('Major General Mohammad Bagheri, Chief of General Staff, visited the General Headquarters and called on General Syed Asim Munir.', deed, munir), false, "Bagheri's visit");
  assert.equal(tellsDeedOf('وفي أكتوبر الماضي، زار رئيس أركان الجيش الباكستاني الجنرال عاصم منير طهران.', deed, munir), true, 'verb, titles, subject');
  assert.equal(tellsDeedOf('General Asim Munir visited Tehran last year.', deed, munir), true);
  const e = new SearchEngine({
    paragraphs: [p(1, 'وزار الجنرال باقري باكستان والتقى الجنرال عاصم منير.'), p(2, 'وزار وزير الداخلية محسن نقوي طهران.'), ...filler],
    lexicon: lexiconFrom({ enToAr: new Map(Object.entries({ visit: ['زار', 'زيارة'], Pakistan: ['باكستان'] })), arToEn: new Map(Object.entries({ زار: ['visit'], زيارة: ['visit'], باكستان: ['Pakistan'], وزير: ['minister'], داخلية: ['interior'] })), source: 'test' }),
  });
  const whose = doerAskedWhether('هل زار الجنرال عاصم منير باكستان؟', e.concepts('هل زار الجنرال عاصم منير باكستان؟'));
  assert.deepEqual(whose?.doer.map((c) => c.label), ['عاصم', 'منير'], 'the title is skipped, the place ends the doer');
  assert.equal((await e.search('هل زار الجنرال عاصم منير باكستان؟')).abstained, true, 'Munir was met, Bagheri visited');
  assert.equal((await e.search('هل زار محسن نقوي طهران؟')).abstained, false);
});

test('a world event or prize ("هداف كأس العالم", the Olympics) and "how fast does light travel" are encyclopedia questions', async () => {
  assert.equal(asksGeneralKnowledge('من هو هداف كأس العالم 2022؟'), true);
  assert.equal(asksGeneralKnowledge('Which country hosted the 2016 Summer Olympics?'), true);
  assert.equal(asksGeneralKnowledge('How fast does light travel?'), true);
  assert.equal(asksGeneralKnowledge('هل علّق نقوي على كأس العالم لكرة القدم؟'), false, 'a yes-or-no about someone, not the record');
  assert.equal(asksGeneralKnowledge('How fast is trade between Iran and Pakistan growing?'), false);
  const e = new SearchEngine({
    paragraphs: [p(1, 'وقال لاريجاني إن العالم يشهد تحولات كبيرة في عام 2022.'), p(2, 'وأشاد لاعب الكرة بالجمهور وسجل هدفا.'), ...filler],
    lexicon,
  });
  assert.equal((await e.search('من هو هداف كأس العالم 2022؟')).abstained, true, 'no paragraph states who scored most');
});

test('"what did X discuss with Y" is answered only where both sides are named (or the paragraph before names one)', async () => {
  assert.equal(isTitleWord('قايد'), true, 'قائد normalized is a title, as رييس is');
  const e = new SearchEngine({
    paragraphs: [
      p(1, 'وزار رئيس البرلمان قاليباف إسلام آباد الشهر الماضي.'),
      p(2, 'وبحث لاريجاني مع وزير الداخلية الباكستاني محسن نقوي التعاون الأمني.'),
      p(3, 'وبحث الجنرال باقري مع قائد الجيش الباكستاني التعاون الدفاعي.'),
      ...filler,
    ],
    lexicon,
  });
  const q = 'ما الذي بحثه قاليباف مع قائد الجيش الباكستاني؟';
  assert.deepEqual(talksAsked(q, e.concepts(q))?.map((c) => c.label), ['قاليباف', 'قايد', 'الجيش', 'الباكستاني']);
  assert.equal(talksAsked('How did Ishaq Dar describe his talks with Larijani?', e.concepts('How did Ishaq Dar describe his talks with Larijani?')), null, 'a description asked, not what was discussed');
  assert.equal(talksAsked('ما الذي ناقشه لاريجاني مع الجانب الباكستاني؟', e.concepts('ما الذي ناقشه لاريجاني مع الجانب الباكستاني؟')), null, 'a side, told in many ways');
  assert.equal((await e.search(q)).abstained, true, 'Bagheri, not Qalibaf, met the army chief');
  const r = await e.search('ما الذي بحثه لاريجاني مع وزير الداخلية الباكستاني؟');
  assert.equal(r.abstained, false, r.reason);
});

test('"Which Chinese officials did X meet?" is answered only where one paragraph names the place and a meeting', async () => {
  const places = { chinese: ['الصين'], pakistani: ['باكستان'] };
  const lex = lexiconFrom(
    {
      enToAr: new Map(Object.entries({ meet: ['التقى', 'لقاء'], officials: ['مسؤولين'], trade: ['تجارة'], ...places })),
      arToEn: new Map(Object.entries({ التقى: ['meet'], لقاء: ['meeting'], مسؤولين: ['officials'], الصين: ['chinese'], باكستان: ['pakistani'], تجارة: ['trade'], توسيع: ['expand'] })),
      source: 'test',
    },
    { size: 2, enToAr: new Map(Object.entries(places)), arToEn: new Map([['الصين', ['chinese']], ['باكستان', ['pakistani']]]), places: new Set(['chinese', 'pakistani', 'الصين', 'باكستان']) },
  );
  const e = new SearchEngine({
    paragraphs: [p(1, 'وتأتي زيارة لاريجاني بعد زيارة قاليباف.'), p(2, 'وتحاول إيران الانضمام إلى باكستان والصين في توسيع التجارة.'), p(3, 'والتقى لاريجاني مسؤولين في باكستان.'), ...filler],
    lexicon: lex,
  });
  const q = 'Which Chinese officials did Larijani meet?';
  assert.ok(meetingAsked(q, e.concepts(q)) !== null);
  assert.equal((await e.search(q)).abstained, true, 'China beside trade, after Larijani\'s visit, is no meeting');
  const r = await e.search('Which Pakistani officials did Larijani meet?');
  assert.equal(r.abstained, false, r.reason);
});

test('"When was X appointed / did X become …", "متى تولى …" ask the start of a post, as "since when" does', async () => {
  assert.equal(asksStart('When was Ali Larijani appointed secretary of the Supreme National Security Council?'), true);
  assert.equal(asksStart('When did Mohammad Bagheri become chief of staff?'), true);
  assert.equal(asksStart('متى تولى علي لاريجاني منصب أمين المجلس؟'), true);
  assert.equal(asksStart('When did Larijani arrive in Islamabad?'), false);
  const e = new SearchEngine({
    paragraphs: [p(1, 'Ali Larijani, secretary of the Supreme National Security Council, arrived in Islamabad on Tuesday.', 'en'), p(2, 'The council met in Tehran.', 'en'), ...filler],
    lexicon,
  });
  assert.equal((await e.search('When was Ali Larijani appointed secretary of the Supreme National Security Council?')).abstained, true, 'Tuesday dates the trip');
  assert.equal((await e.search('When did Ali Larijani arrive in Islamabad?')).abstained, false);
});

test('"Where in Moscow did …" is answered only by a paragraph naming a venue inside it', async () => {
  assert.equal(asksWhereInside('where in moscow did larijani and putin meet'), true);
  assert.equal(asksWhereInside('اين في موسكو التقي لاريجاني بوتين'), true);
  assert.equal(asksWhereInside('where did larijani meet putin'), false);
  assert.equal(namesVenue('arrived at nur khan airport'), true);
  assert.equal(namesVenue('التقى لاريجاني بوتين في موسكو'), false, 'the city alone');
  const e = new SearchEngine({
    paragraphs: [p(1, 'Larijani met Putin in Moscow on Tuesday.', 'en'), p(2, 'Larijani arrived at the Nur Khan airport in Rawalpindi.', 'en'), ...filler],
    lexicon,
  });
  assert.equal((await e.search('Where in Moscow did Larijani and Putin meet?')).abstained, true, '"in Moscow" is all the coverage says');
  const r = await e.search('Where in Rawalpindi did Larijani arrive?');
  assert.equal(r.abstained, false, r.reason);
});
