/**
 * Declining by the kind of question (round 4): what a paragraph must hold to answer a reaction,
 * a pair, a duration, a future date, what is asked for. Each test fails when its rule is removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemmedWords } from '../src/text/tokenize.js';
import { attributesTo } from '../src/search/attribution.js';
import { namesEvery, pairAsked } from '../src/search/pair.js';
import { SearchEngine } from '../src/search/engine.js';
import { amountsTo, answerType, asksAboutAim, asksAboutFuture, quantityNear, speaksOfFuture } from '../src/search/answer-type.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { isNearMiss, type ConceptEvidence } from '../src/search/answerability.js';
import { namesKindOfAnswer } from '../src/search/frame-words.js';
import { isTravelWord } from '../src/search/travel.js';
import { deedAsked, postAsked } from '../src/search/role.js';
import { parseGlossary } from '../src/text/glossary.js';
import type { Paragraph } from '../src/types.js';

/** The index stems of some words, as a concept's alternatives hold them. */
const stems = (text: string) => new Set(stemmedWords(text).stems);

test('a name after "that" / أن or "between" / بين is in what was said, not who said it', () => {
  const saudi = stems('السعودية الرياض');
  assert.equal(attributesTo('وأكد قاليباف أن طهران يمكنها الانضمام إلى المعاهدة الدفاعية بين إسلام آباد والرياض.', saudi), false);
  assert.equal(attributesTo('لاريجاني وصف الاتفاق الاستراتيجي الأخير بين باكستان والسعودية بأنه خطوة ذكية.', saudi), false);
  assert.equal(attributesTo('وصف لاريجاني الاتفاق بين باكستان والسعودية بأنه خطوة ذكية، مؤكداً أن المنطقة تواجه تحديات.', saudi), false, 'بأنه stands between');
  assert.equal(attributesTo('وأكدت السعودية أن الاتفاق الدفاعي مع باكستان لا يستهدف أحداً.', saudi), true, 'the speaker before أن');
  const iran = stems('إيران');
  assert.equal(attributesTo('ووصف السفير الإيراني لدى باكستان زيارة لاريجاني بأنها غير مسبوقة.', iran), true, 'الإيراني spells إيران lengthened');
});

// Ordinary words only: إيران, روسيا, باكستان, لاريجاني are names here (no dictionary lists them).
const lexicon = lexiconFrom({
  enToAr: new Map(Object.entries({ volume: ['حجم'], trade: ['تجارة'], gift: ['هدية'], give: ['قدم'] })),
  arToEn: new Map(Object.entries({ حجم: ['volume'], تبادل: ['exchange'], تجاري: ['commercial'], زيارة: ['visit'], حرب: ['war'], يوم: ['day'], كتب: ['write'], شعب: ['people'], استمر: ['last'], استمرت: ['lasted'], هدية: ['gift'], رسالة: ['message'], قدم: ['give'], سبب: ['reason'] })),
  source: 'test',
});
// English words with Arabic entries: travel and born are dictionary words the coverage never uses.
const dict = lexiconFrom({
  enToAr: new Map(Object.entries({ travel: ['سافر'], born: ['ولد'], visit: ['زار'], minister: ['وزير'], interior: ['داخلية'], officials: ['مسؤولين'], senior: ['كبار'] })),
  arToEn: new Map(Object.entries({ سافر: ['travel'], ولد: ['born'], زار: ['visit'] })),
  source: 'test',
});
const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const filler = [p(7, 'سار الموكب في طريق طويل نحو المدينة.'), p(8, 'هطلت أمطار غزيرة على الساحل الشمالي.'), p(9, 'The weather was mild on the northern coast.', 'en')];

test('"… between Iran and Russia?" is answered only by a paragraph naming both parties', async () => {
  const e = new SearchEngine({ paragraphs: [p(1, 'بلغ حجم التبادل التجاري 3 مليارات دولار بين إيران وباكستان.'), p(2, 'زار لاريجاني روسيا والتقى بوتين في موسكو.'), ...filler], lexicon });
  assert.equal((await e.search('ما حجم التبادل التجاري بين إيران وروسيا؟')).abstained, true);
  assert.equal((await e.search('ما حجم التبادل التجاري بين إيران وباكستان؟')).abstained, false);
  const parties = pairAsked('ما حجم التبادل التجاري بين إيران وروسيا؟', e.concepts('ما حجم التبادل التجاري بين إيران وروسيا؟'), () => true);
  assert.equal(parties?.length, 2);
  assert.equal(namesEvery('التبادل التجاري بين الإيرانيين والروس', parties!), true, 'a lengthened spelling names the party');
});

test('"how long did the visit last?" is not answered by "the war that lasted 12 days": the verb is how it asks, not what it counts', async () => {
  assert.equal(amountsTo('استمرت'), true);
  assert.equal(amountsTo('lasted'), true);
  const e = new SearchEngine({ paragraphs: [p(1, 'وعشية الزيارة كتب لاريجاني على منصة إكس أن الشعب الباكستاني وقف إلى جانب إيران خلال الحرب التي استمرت 12 يوماً.'), ...filler], lexicon });
  assert.equal((await e.search('كم استمرت زيارة لاريجاني؟')).abstained, true);
  assert.equal((await e.search('كم يوما استمرت الحرب؟')).abstained, false, 'the quantity stands beside the war');
});

test('"when will …?" is answered only by a paragraph speaking of something still to come', async () => {
  assert.equal(asksAboutFuture('When will Larijani visit China?'), true);
  assert.equal(asksAboutFuture('متى سيزور بوتين طهران؟'), true);
  assert.equal(asksAboutFuture('When did Naqvi visit Tehran?'), false);
  assert.equal(asksAboutFuture('متى زار محسن نقوي طهران؟'), false);
  assert.equal(asksAboutFuture('Which Pakistani port would host the proposed naval drills?'), true);
  assert.equal(asksAboutFuture('Into what new phase did the ambassador say relations would enter?'), false);
  assert.equal(speaksOfFuture('اقترح الجنرال باقري إجراء مناورات بحرية مشتركة العام الماضي.'), false);
  assert.equal(speaksOfFuture('ستجري المناورات البحرية في كانون الأول المقبل.'), true);
  const past = new SearchEngine({ paragraphs: [p(1, 'وعشية الزيارة كتب لاريجاني في أكتوبر أن الشعب الباكستاني وقف إلى جانب إيران.'), ...filler], lexicon });
  const ahead = new SearchEngine({ paragraphs: [p(1, 'سيزور لاريجاني باكستان في أكتوبر المقبل لبحث العلاقات.'), ...filler], lexicon });
  assert.equal((await past.search('متى سيزور لاريجاني باكستان؟')).abstained, true);
  assert.equal((await ahead.search('متى سيزور لاريجاني باكستان؟')).abstained, false);
  assert.equal((await past.search('متى زار لاريجاني باكستان؟')).abstained, false, 'a past "when" keeps its answer');
});

test('the noun a "what is the X of …" question asks for, never used by the coverage, is never stated; a noun naming the kind of answer proves nothing', async () => {
  const e = new SearchEngine({ paragraphs: [p(1, 'التقى بوتين لاريجاني في موسكو وقدم له رسالة إلى المرشد.'), p(2, 'وكان الغرض من الزيارة بحث التعاون بين البلدين.'), ...filler], lexicon });
  const asked = (q: string) => e.concepts(q).filter((c) => c.askedFor).map((c) => c.label);
  assert.deepEqual(asked('ما الهدية التي قدمها بوتين إلى لاريجاني؟'), ['الهديه']);
  assert.deepEqual(asked('What was the gift Putin gave Larijani?'), ['gift']);
  assert.deepEqual(asked('ما السبب الذي دفع بوتين إلى لقاء لاريجاني؟'), [], 'a noun naming the kind of answer');
  assert.deepEqual(asked('What did Putin give Larijani?'), []);
  const r = await e.search('ما الهدية التي قدمها بوتين إلى لاريجاني؟');
  assert.equal(r.abstained, true);
  assert.ok(r.missing.includes('الهدية'), r.missing.join(','));
  assert.equal((await e.search('ما الرسالة التي قدمها بوتين إلى لاريجاني؟')).abstained, false);
});

test('"the Trump–Putin meeting" names a pair as "between" does: a paragraph must name both', async () => {
  const apart = new SearchEngine({ paragraphs: [p(1, 'Trump is expected to meet the Russian president soon, Newsweek reported.', 'en'), ...filler, p(12, 'Putin received Larijani at the Kremlin for a long meeting.', 'en')], lexicon });
  const together = new SearchEngine({ paragraphs: [p(1, 'The meeting between Trump and Putin ended with an agreement on prisoners.', 'en'), ...filler], lexicon });
  const q = 'What was the outcome of the Trump–Putin meeting?';
  assert.equal(pairAsked(q, apart.concepts(q), () => true)?.length, 2);
  const q2 = 'What did Al-Mayadeen say about the Iran-Pakistan talks?';
  assert.equal(namesEvery('Iran and Pakistan held talks.', pairAsked(q2, apart.concepts(q2), () => true) ?? []), true, 'every dash, not only the first');
  assert.equal(namesEvery('Al Mayadeen reported the talks.', pairAsked(q2, apart.concepts(q2), () => true) ?? []), false, 'Al-Mayadeen is one name, no pair');
  assert.equal((await apart.search(q)).abstained, true);
  assert.equal((await together.search(q)).abstained, false);
});

test('a near miss needs a thing asked of the names: a noun naming the kind of answer (role, الغرض) proves nothing', () => {
  assert.equal(namesKindOfAnswer('role'), true);
  assert.equal(namesKindOfAnswer('الغرض'), true);
  assert.equal(namesKindOfAnswer('children'), false);
  const bagheri: ConceptEvidence = { word: 'Bagheri', idf: 3, absent: false, name: true, sureName: true, known: false, matched: true };
  const role: ConceptEvidence = { word: 'role', idf: 4, absent: true, name: false, sureName: false, known: true, matched: false, answerKind: true };
  assert.equal(isNearMiss([bagheri, role]), false);
  assert.equal(isNearMiss([bagheri, { ...role, word: 'children', answerKind: false }]), true);
});

test('a word of travel the coverage lacks is a paraphrase of the visit it reports, not a near miss', async () => {
  assert.equal(isTravelWord('travel'), true);
  assert.equal(isTravelWord('قدومه'), true);
  assert.equal(isTravelWord('born'), false);
  const e = new SearchEngine({ paragraphs: [p(1, 'Interior Minister Mohsin Naqvi visited Tehran in October and met senior officials.', 'en'), ...filler], lexicon: dict });
  assert.equal((await e.search('When did Mohsin Naqvi travel to Tehran?')).abstained, false);
  assert.equal((await e.search('When was Mohsin Naqvi born?')).abstained, true, 'born asks a fact never reported');
});

test('a proposal is something said: "اقترح الجنرال باقري …" quotes Bagheri', () => {
  const bagheri = stems('باقري');
  assert.equal(attributesTo('فقد اقترح الجنرال باقري إجراء مناورات بحرية مشتركة.', bagheri), true);
  assert.equal(attributesTo('General Bagheri proposed joint naval drills.', stems('Bagheri')), true);
});

test('"من هو السفير الإيراني في باكستان وكيف وصف الزيارة؟": a second question after the post is not part of it', async () => {
  const glossary = parseGlossary('# ==== Countries, capitals and demonyms ====\npakistan\tباكستان|الباكستاني\niran\tإيران|الإيراني\n');
  const lex = lexiconFrom({ enToAr: new Map([['ambassador', ['سفير']], ['visit', ['زيارة']]]), arToEn: new Map([['سفير', ['ambassador']], ['زيارة', ['visit']], ['وصف', ['describe']]]), source: 'test' }, glossary);
  const e = new SearchEngine({ paragraphs: [p(1, 'ووصف السفير الإيراني لدى باكستان، رضا أميري مقدم، زيارة لاريجاني بأنها غير مسبوقة.'), ...filler], lexicon: lex });
  const q = 'من هو السفير الإيراني في باكستان وكيف وصف الزيارة؟';
  assert.equal(postAsked(q, e.concepts(q), () => true)?.length, 3);
  assert.equal((await e.search(q)).abstained, false);
});

test('a target ("raise trade to 10 billion dollars") answers a question about an aim, not "how much is it now"', async () => {
  assert.equal(answerType('What is the current trade volume between Iran and Pakistan?'), 'quantity');
  assert.equal(asksAboutAim('What trade target did Larijani set?'), true);
  assert.equal(asksAboutAim('كم يبلغ حجم التبادل التجاري الحالي؟'), false);
  const trade = stems('التجارة');
  const target = 'ودعا لاريجاني إلى رفع حجم التجارة الثنائية إلى 10 مليارات دولار.';
  assert.equal(quantityNear(target, trade, [], true), true);
  assert.equal(quantityNear(target, trade, [], false), false);
  assert.equal(quantityNear('بلغ حجم التجارة الثنائية 3 مليارات دولار.', trade, [], false), true, 'an amount reached is no target');
  const e = new SearchEngine({ paragraphs: [p(1, 'ودعا لاريجاني إلى رفع حجم التجارة الحالي إلى 10 مليارات دولار.'), ...filler], lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(Object.entries({ تجارة: ['trade'], حجم: ['volume'], حالي: ['current'], هدف: ['goal'], يبلغ: ['amount'], دعا: ['call'], رفع: ['raise'] })), source: 'test' }) });
  assert.equal((await e.search('كم حجم التجارة الحالي؟')).abstained, true);
  assert.equal((await e.search('كم يريد لاريجاني أن يبلغ حجم التجارة؟')).abstained, false, 'a question about an aim');
});

test('"Who signed the pact?" is answered only by a paragraph telling of the signing', async () => {
  const lexicon = lexiconFrom({ enToAr: new Map(Object.entries({ sign: ['وقع'], defense: ['دفاع'], pact: ['معاهدة'], see: ['رأى'], threat: ['تهديد'], president: ['رئيس'] })), arToEn: new Map(), source: 'test' });
  const named = new SearchEngine({ paragraphs: [p(1, 'Iran welcomed the defense pact between Saudi Arabia and Pakistan as a positive step.', 'en'), ...filler], lexicon });
  const told = new SearchEngine({ paragraphs: [p(1, 'Defense Minister Amir Hatami signed the defense pact with Pakistan in 2018.', 'en'), ...filler], lexicon });
  const q = 'Who signed the defense pact with Pakistan?';
  assert.equal(deedAsked(q, named.concepts(q))?.label, 'signed');
  assert.equal(deedAsked('Who is the president of Pakistan?', named.concepts('Who is the president of Pakistan?')), null);
  assert.equal(deedAsked('Who might see the pact as a threat?', named.concepts('Who might see the pact as a threat?')), null);
  assert.equal((await named.search(q)).abstained, true);
  assert.equal((await told.search(q)).abstained, false);
});

test('"What did X say about Gaza?" is answered only by a paragraph on Gaza, not X\'s words on something else', async () => {
  const lex = lexiconFrom({ enToAr: new Map(), arToEn: new Map(Object.entries({ قال: ['say'], زيارة: ['visit'], ناجحة: ['successful'], حرب: ['war'], تستمر: ['continue'], يجب: ['must'], تتوقف: ['stop'] })), source: 'test' });
  const apart = new SearchEngine({ paragraphs: [p(1, 'وقال لاريجاني إن الزيارة ناجحة.'), ...filler, p(12, 'تستمر الحرب في غزة منذ عامين.')], lexicon: lex });
  const said = new SearchEngine({ paragraphs: [p(1, 'وقال لاريجاني إن الحرب في غزة يجب أن تتوقف.'), ...filler], lexicon: lex });
  assert.equal((await apart.search('ماذا قال لاريجاني عن غزة؟')).abstained, true);
  assert.equal((await said.search('ماذا قال لاريجاني عن غزة؟')).abstained, false);
});

test('"Did X accept …?" is answered only by a paragraph telling of that deed, not by a letter skeleton of it', async () => {
  const lexicon = lexiconFrom({
    enToAr: new Map(Object.entries({ accept: ['قبل'], propose: ['اقترح'], proposal: ['مقترح'], naval: ['بحري'], exercise: ['مناورة'], meet: ['التقى'], think: ['رأى'], partnership: ['شراكة'] })),
    arToEn: new Map(Object.entries({ مقبل: ['next'] })),
    source: 'test',
  });
  // The proposal, and "المقبل" (next: the skeleton of قبل), but no one accepting it.
  const proposed = new SearchEngine({ paragraphs: [p(1, 'Bagheri proposed joint naval exercises to Asim Munir, to be held next year.', 'en'), p(2, 'واقترح باقري على عاصم منير مناورات بحرية مشتركة العام المقبل.'), ...filler], lexicon });
  const accepted = new SearchEngine({ paragraphs: [p(1, 'Asim Munir accepted the proposal for joint naval exercises.', 'en'), ...filler], lexicon });
  const q = "Did Asim Munir accept Bagheri's proposal for naval exercises?";
  assert.equal(deedAsked(q, proposed.concepts(q))?.label, 'accept');
  assert.equal((await proposed.search(q)).abstained, true);
  assert.equal((await accepted.search(q)).abstained, false);
  // The deed told is the deed asked: answered.
  assert.equal((await proposed.search('Did Bagheri propose joint naval exercises?')).abstained, false);
  // "Does X think / say …" asks what was said (attribution), not a deed; no doer named, no deed either.
  const think = 'Does Larijani think a partnership with Pakistan is necessary?';
  assert.equal(deedAsked(think, proposed.concepts(think)), null);
  const bare = 'Did the exercises take place?';
  assert.equal(deedAsked(bare, proposed.concepts(bare)), null);
});

test('"On what date / in which year / منذ متى …" asks when, as "when" does', () => {
  for (const q of ['On what date did Pakistan and Saudi Arabia sign their defense agreement?', 'In which year was the pact signed?', 'What year was it signed?', 'منذ متى يتولى عاصم منير قيادة الجيش؟']) assert.equal(answerType(q), 'time', q);
  for (const q of ['What did Larijani say on the day of his arrival?', 'Who visited Tehran on that date?']) assert.notEqual(answerType(q), 'time', q);
});

test('"متى تولى X قيادة الجيش؟": a coverage that never tells of the event cannot say when it was, whatever dates stand beside X', async () => {
  const lexicon = lexiconFrom({ enToAr: new Map(), arToEn: new Map(Object.entries({ تولي: ['assume'], قيادة: ['command'], جيش: ['army'], التقى: ['meet'], استقبل: ['receive'], جنرال: ['general'] })), source: 'test' });
  const e = new SearchEngine({ paragraphs: [p(1, 'واستقبل عاصم منير، أمس الإثنين، في مقر قيادة الجيش الجنرال باقري.'), p(2, 'والتقى عاصم منير بباقري في روالبندي يوم الثلاثاء.'), ...filler], lexicon });
  const r = await e.search('متى تولى الجنرال عاصم منير قيادة الجيش؟');
  assert.equal(r.abstained, true);
  assert.deepEqual(r.missing, ['تولى']);
  // The event told: its date answers.
  assert.equal((await e.search('متى التقى عاصم منير بباقري؟')).abstained, false);
});

test('an aim word in the accusative ("هدفاً واقعياً") asks about a target as "هدف" does', () => {
  assert.equal(asksAboutAim('ما حجم التجارة الثنائية الذي اعتبره لاريجاني هدفاً واقعياً؟'), true);
  assert.equal(asksAboutAim('كم مليار دولار حدد لاريجاني هدفا للتجارة؟'), true);
  assert.equal(asksAboutAim('كم يبلغ حجم التجارة الحالي بين إيران وباكستان؟'), false);
});

test('"… بين إيران والدول الغربية": a party named by ordinary words beside a named one is a party too', async () => {
  const lex = lexiconFrom({ enToAr: new Map(), arToEn: new Map(Object.entries({ نتيجة: ['outcome'], مفاوضات: ['negotiations'], نووية: ['nuclear'], دول: ['countries'], غربية: ['western'], قلق: ['concern'] })), source: 'test' });
  const e = new SearchEngine({ paragraphs: [p(1, 'وأبدت الدول الغربية قلقها.'), ...filler, p(12, 'انتهت المفاوضات النووية بين إيران وروسيا دون نتيجة.')], lexicon: lex });
  const q = 'ما نتيجة المفاوضات النووية بين إيران والدول الغربية؟';
  assert.equal(pairAsked(q, e.concepts(q), () => true)?.length, 3);
  assert.equal((await e.search(q)).abstained, true);
  // Two named parties alone: as before.
  assert.equal(pairAsked('ما نتيجة المفاوضات بين إيران وروسيا؟', e.concepts('ما نتيجة المفاوضات بين إيران وروسيا؟'), () => true)?.length, 2);
  assert.equal((await e.search('ما نتيجة المفاوضات النووية بين إيران وروسيا؟')).abstained, false);
});
