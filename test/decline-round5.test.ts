/**
 * Declining, round 5: a stance asked with a copula, whom something was said to, a title beside a
 * speaker's name. Each test fails when its rule is removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemmedWords } from '../src/text/tokenize.js';
import { attributesTo, attributesToPhrase } from '../src/search/attribution.js';
import { SearchEngine } from '../src/search/engine.js';
import { complementOfKind } from '../src/search/kind-complement.js';
import { passiveDeedAsked, verbAskedWhether } from '../src/search/yes-no.js';
import { eventOfCause } from '../src/search/cause-event.js';
import { comparisonAsked } from '../src/search/comparison.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import type { Paragraph } from '../src/types.js';

const stems = (text: string) => new Set(stemmedWords(text).stems);

const lexicon = lexiconFrom({
  enToAr: new Map(Object.entries({ visit: ['زيارة'], trade: ['تجارة'], drills: ['مناورات'], naval: ['بحرية'], proposal: ['مقترح'] })),
  arToEn: new Map(Object.entries({ ولايات: ['states'], متحدة: ['united'], مصادر: ['sources'], سياسية: ['political'], شعب: ['people'], كلاب: ['dogs'], زيارة: ['visit'], تجارة: ['trade'], موقف: ['position'], حرب: ['war'], توسيع: ['expand'], ناجحة: ['successful'] })),
  source: 'test',
});
const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const filler = [p(7, 'سار الموكب في طريق طويل نحو المدينة.'), p(8, 'هطلت أمطار غزيرة على الساحل الشمالي.'), p(9, 'The weather was mild on the northern coast.', 'en')];

test('"ما هو موقف X من …" asks X\'s stance as "ما موقف X" does: only a paragraph quoting X answers', async () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'وتحاول إيران الانضمام إلى باكستان والصين في توسيع التجارة ضمن مبادرة الحزام والطريق.'), p(2, 'وقال لاريجاني إن زيارة باكستان كانت ناجحة.'), ...filler],
    lexicon,
  });
  const china = e.concepts('ما هو موقف الصين من زيارة لاريجاني إلى باكستان؟').find((c) => c.label === 'الصين');
  assert.equal(china?.speaker, true, 'the name after "ما هو موقف" is who is asked to have spoken');
  assert.equal((await e.search('ما هو موقف الصين من زيارة لاريجاني إلى باكستان؟')).abstained, true, 'China is named, never quoted');
  assert.equal((await e.search('ما هو موقف لاريجاني من زيارة باكستان؟')).abstained, false, 'Larijani is quoted');
});

test('"ما رد X على …" (X\'s response) asks a stance as "ما موقف X من …" does', async () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'وتحاول إيران الانضمام إلى باكستان والصين في توسيع التجارة ضمن مبادرة الحزام والطريق.'), p(2, 'وقال لاريجاني إن زيارة باكستان كانت ناجحة.'), ...filler],
    lexicon,
  });
  const china = e.concepts('ما رد الصين على زيارة لاريجاني إلى باكستان؟').find((c) => c.label === 'الصين');
  assert.equal(china?.speaker, true, 'the name after "ما رد" is who is asked to have spoken');
  assert.deepEqual(e.concepts('ما رد الصين على زيارة لاريجاني إلى باكستان؟').filter((c) => c.speaker).map((c) => c.label), ['الصين'], 'على ends the one who responds');
  assert.equal((await e.search('ما رد الصين على زيارة لاريجاني إلى باكستان؟')).abstained, true, 'China is named, never quoted');
  assert.equal((await e.search('ما رد لاريجاني على زيارة باكستان؟')).abstained, false, 'Larijani is quoted');
});

test('a name right after a verb of saying and a preposition is whom it was said to, not the speaker', () => {
  const munir = stems('Asim Munir');
  assert.equal(attributesTo('Major General Mohammad Bagheri visited the General Headquarters and called on General Syed Asim Munir today.', munir), false, '"called on" Munir: a visit');
  assert.equal(attributesTo('General Asim Munir said the drills would strengthen both navies.', munir), true);
  assert.equal(attributesTo('وقال عاصم منير إن المناورات ستعزز التعاون.', stems('عاصم منير')), true);
  assert.equal(attributesTo('وأكد الجنرال باقري خلال لقاء مع الجنرال عاصم منير أهمية التنسيق.', stems('باقري')), true, 'the speaker before the preposition');
});

test('"What did General X tell …": the title beside the name is not the speaker, the name is', async () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'Major General Bagheri, Chief of General Staff, visited the General Headquarters and called on General Asim Munir.', 'en'), p(2, 'General Bagheri said the two armies would hold naval drills.', 'en'), ...filler],
    lexicon,
  });
  const cs = e.concepts('What did General Asim Munir tell General Bagheri?');
  assert.equal(cs.find((c) => c.label === 'general')?.speaker, false);
  assert.equal(cs.find((c) => c.label === 'asim')?.speaker, true);
  assert.equal((await e.search('What did General Asim Munir tell General Bagheri?')).abstained, true, 'Munir is only visited');
  assert.equal((await e.search('What did General Bagheri tell General Asim Munir?')).abstained, false, 'Bagheri is quoted');
});

test('a speaker named by ordinary words ("الولايات المتحدة") is quoted only with its words together beside a verb of saying, outside a quoted statement', async () => {
  const us = [stems('الولايات'), stems('المتحدة')];
  const larijani = 'وكتب لاريجاني أن «الإيرانيين لن ينسوا أبداً الحرب التي شنّها الكيان الصهيوني والولايات المتحدة ضد إيران، ووقف الشعب الباكستاني إلى جانبهم». مضيفاً أن البلدين محوريان.';
  assert.equal(attributesToPhrase(larijani, us), false, 'inside Larijani\'s quote');
  assert.equal(attributesToPhrase('وقالت الولايات المتحدة إن الزيارة لا تغير شيئاً.', us), true);
  assert.equal(attributesToPhrase('وقالت مصادر إن الولايات كلها متحدة في موقفها.', us), false, 'not together');
  assert.equal(attributesToPhrase('وكشفت وكالة "رويترز" عن إعلان الولايات المتحدة دعمها.', us), true, 'a one-word quote is a name, not a statement');
  assert.equal(attributesToPhrase('The ministry of foreign affairs welcomed the visit.', [stems('foreign'), stems('affairs')]), true, 'a stance taken in words (welcomed) attributes');
  assert.equal(attributesToPhrase('ورحبت الولايات المتحدة بالزيارة.', us), true);
  const e = new SearchEngine({
    paragraphs: [p(1, `وعشية زيارة موسكو ${larijani}`), p(2, 'ذكرت مصادر سياسية أن زيارة لاريجاني إلى موسكو ناجحة.'), ...filler],
    lexicon,
  });
  assert.equal((await e.search('كيف ردت الولايات المتحدة على زيارة لاريجاني إلى موسكو؟')).abstained, true);
  assert.equal((await e.search('ماذا قالت مصادر سياسية عن زيارة لاريجاني؟')).abstained, false);
});

test('رأى at the start is the verb "saw", not the stance noun رأي: nothing in "رأى سامي العديد من كلاب" is a speaker', () => {
  const e = new SearchEngine({ paragraphs: [p(1, 'Sami saw many prairie dogs.', 'en'), ...filler], lexicon });
  assert.equal(e.concepts('رأى سامي العديد من كلاب المروج.').some((c) => c.speakerWord), false);
  assert.equal(e.concepts('ما رأي سامي في الكلاب؟').some((c) => c.speakerWord), true, 'after ما it is the noun');
});

test('"ما نتائج المفاوضات …؟", "What was the purpose of the visit?": the thing whose outcome or purpose is asked must be told', async () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'يمكن أن يُنظر إلى هذه الشراكة على أنها تهديد من قبل الولايات المتحدة التي تراقب أنشطة إيران النووية.'), p(2, 'وتهدف زيارة لاريجاني إلى تعزيز التعاون، وأسفرت المفاوضات عن اتفاق تجارة.'), ...filler],
    lexicon: lexiconFrom({
      enToAr: new Map(Object.entries({ purpose: ['هدف'], visit: ['زيارة'] })),
      arToEn: new Map(Object.entries({ نتائج: ['results'], مفاوضات: ['negotiations'], نووية: ['nuclear'], ولايات: ['states'], متحدة: ['united'], زيارة: ['visit'], تجارة: ['trade'] })),
      source: 'test',
    }),
  });
  const q = 'ما نتائج المفاوضات النووية بين إيران والولايات المتحدة؟';
  assert.equal(complementOfKind(q, e.concepts(q))?.label, 'المفاوضات');
  assert.equal(complementOfKind('What was the purpose of the visit?', e.concepts('What was the purpose of the visit?'))?.label, 'visit');
  assert.equal(complementOfKind('ما الغرض من زيارة لاريجاني؟', e.concepts('ما الغرض من زيارة لاريجاني؟'))?.label, 'زياره');
  assert.equal(complementOfKind('What did Larijani say?', e.concepts('What did Larijani say?')), null);
  assert.equal((await e.search(q)).abstained, true, 'the paragraph naming both parties and "nuclear" tells of no talks');
  assert.equal((await e.search('ما نتائج المفاوضات بين إيران والصين؟')).abstained, true);
  assert.equal((await e.search('ما نتائج زيارة لاريجاني؟')).abstained, false);
});

test('"هل وافقت باكستان على …؟" asks whether a deed was done: a coverage that never tells of the deed does not answer', async () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'فقد اقترح الجنرال باقري إجراء مناورات بحرية مشتركة بين إيران وباكستان لتعزيز الأمن البحري.'), p(2, 'وزار لاريجاني باكستان والتقى رئيس الوزراء.'), ...filler],
    lexicon: lexiconFrom({
      enToAr: new Map(Object.entries({ propose: ['اقترح'], drills: ['مناورات'] })),
      arToEn: new Map(Object.entries({ اقترح: ['propose'], اجراء: ['conduct'], مناورات: ['drills'], بحرية: ['naval'], مشتركة: ['joint'], زار: ['visit'], احب: ['love'], فيلم: ['film'] })),
      source: 'test',
    }),
  });
  const agreed = 'هل وافقت باكستان على إجراء المناورات البحرية المشتركة مع إيران؟';
  assert.equal(verbAskedWhether(agreed, e.concepts(agreed))?.label, 'وافقت');
  assert.equal((await e.search(agreed)).abstained, true, 'the drills were proposed, never agreed to');
  assert.equal((await e.search('هل اقترح الجنرال باقري إجراء مناورات بحرية؟')).abstained, false, 'the deed is told');
  assert.equal((await e.search('هل زار لاريجاني باكستان؟')).abstained, false);
  // No doer after the verb: the reader is asked ("did you like the film"); a noun with ال is no verb.
  assert.equal(verbAskedWhether('هل احببت الفيلم الذي شاهدناه أمس؟', e.concepts('هل احببت الفيلم الذي شاهدناه أمس؟')), null);
  assert.equal(verbAskedWhether('هل الهكسان سام؟', e.concepts('هل الهكسان سام؟')), null);
});

test('"What caused the war to end?" is answered only by a paragraph telling of the event whose cause is asked', async () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'Pakistan stood by Iran during the 12-day war that Israel waged against Iran.', 'en'), p(2, 'Larijani visited Moscow carrying a message from the Supreme Leader.', 'en'), p(3, 'The talks came to an end late at night.', 'en'), ...filler],
    lexicon: lexiconFrom({ enToAr: new Map(Object.entries({ end: ['نهاية'], war: ['حرب'], visit: ['زار'] })), arToEn: new Map(), source: 'test' }),
  });
  const q = 'What caused the 12-day war between Israel and Iran to end?';
  assert.equal(eventOfCause(q, e.concepts(q))?.label, 'end');
  assert.equal(eventOfCause('ما الذي دفع إيران إلى الانضمام إلى المبادرة؟', e.concepts('ما الذي دفع إيران إلى الانضمام إلى المبادرة؟'))?.label, 'الانضمام');
  assert.equal(eventOfCause('What did Larijani say?', e.concepts('What did Larijani say?')), null);
  assert.equal((await e.search(q)).abstained, true, 'the war is told, not its end');
  assert.equal((await e.search('What prompted Larijani to visit Moscow?')).abstained, false);
});

test('"Which army is bigger, Iran\'s or Pakistan\'s?" is answered only by a paragraph making the comparison', async () => {
  const e = new SearchEngine({
    paragraphs: [
      p(1, 'Military cooperation between the Iranian army and the Pakistani army goes back decades, with senior officers meeting often.', 'en'),
      p(2, 'Trade between Iran and Pakistan is larger than trade between Iran and Russia.', 'en'),
      ...filler,
    ],
    lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }),
  });
  const q = 'Which army is bigger, Iran\'s or Pakistan\'s?';
  assert.equal(comparisonAsked(q, e.concepts(q))?.label, 'bigger');
  assert.equal(comparisonAsked('Which army did Bagheri visit?', e.concepts('Which army did Bagheri visit?')), null, 'no choice offered');
  assert.equal((await e.search(q)).abstained, true, 'both armies named, no comparison made');
  assert.equal((await e.search('Which trade is larger, Iran\'s with Pakistan or with Russia?')).abstained, false);
});

test('"هل زار لاريجاني الصين بعد باكستان؟": a deed of one party with others is told only where all are named together; a modal asks no deed', async () => {
  const e = new SearchEngine({
    paragraphs: [
      p(1, 'وزار لاريجاني باكستان والتقى رئيس الوزراء في إسلام آباد.'),
      p(2, 'وتحاول إيران الانضمام إلى باكستان والصين في توسيع التجارة الإقليمية.'),
      p(3, 'وأكد قاليباف أن طهران يمكنها الانضمام إلى المعاهدة الدفاعية بين إسلام آباد والرياض.'),
      ...filler,
    ],
    lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(Object.entries({ زار: ['visit'], تجارة: ['trade'], انضمام: ['joining'], معاهدة: ['treaty'], دفاعية: ['defensive'] })), source: 'test' }),
  });
  assert.equal((await e.search('هل زار لاريجاني الصين بعد باكستان؟')).abstained, true, 'Larijani and China are never named together');
  assert.equal((await e.search('هل زار لاريجاني باكستان؟')).abstained, false);
  const modal = 'هل يمكن لإيران الانضمام إلى المعاهدة الدفاعية بين إسلام آباد والرياض؟';
  assert.equal(verbAskedWhether(modal, e.concepts(modal)), null, 'يمكن asks whether it could be');
});

test('"هل تم توقيع اتفاقيات خلال زيارة لاريجاني لموسكو؟": the deed told where its parties are named', async () => {
  const e = new SearchEngine({
    paragraphs: [
      p(1, 'التقى لاريجاني في موسكو الرئيس الروسي وسلمه رسالة.'),
      p(2, 'هطلت أمطار غزيرة على الساحل الجنوبي.'),
      p(3, 'وشهدت زيارة بزشكيان إلى باكستان توقيع اتفاقيات جديدة و12 مذكرة تفاهم.'),
      ...filler,
    ],
    lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(Object.entries({ توقيع: ['signing'], اتفاقيات: ['agreements'], جديدة: ['new'], زيارة: ['visit'], مذكرة: ['memorandum'], تفاهم: ['understanding'] })), source: 'test' }),
  });
  const q = 'هل تم توقيع اتفاقيات جديدة خلال زيارة لاريجاني لموسكو؟';
  assert.equal(passiveDeedAsked(q, e.concepts(q))?.label, 'توقيع');
  assert.equal((await e.search(q)).abstained, true, 'a signing is told, on another visit');
  assert.equal((await e.search('هل تم توقيع مذكرات تفاهم خلال زيارة بزشكيان إلى باكستان؟')).abstained, false);
});
