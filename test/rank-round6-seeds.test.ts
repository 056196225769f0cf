/**
 * Round 6's ranking rules on the shared seeds with the real dictionaries: new questions written from the
 * articles (in no evaluation set), each with the paragraph that answers it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstHit, skipWithoutDictionaries } from './support/seeds-engine.js';

const skip = skipWithoutDictionaries;
const first = firstHit;

test('"how did X describe …": the paragraph where X speaks comes first (describer.ts)', { skip }, async () => {
  const cases: Array<[string, string]> = [
    ['كيف وصف السفير الإيراني لدى باكستان العلاقات بين البلدين؟', '002#15'],
    ['كيف وصف لاريجاني الاتفاق الاستراتيجي بين باكستان والسعودية؟', '001#4'],
    ['كيف وصف موقع نيوزويك توقيت زيارة لاريجاني لموسكو؟', '004#5'],
    ['كيف وصف لاريجاني التعاون بين إيران وباكستان لدى وصوله إلى روالبندي؟', '002#9'],
    ['كيف تنظر إيران إلى اتفاقية الدفاع بين باكستان والسعودية؟', '000#4'],
    ['كيف وصف إسحاق دار تعاون بلاده مع كبار المسؤولين الإيرانيين؟', '002#3'],
    ["How did Pakistan's foreign ministry describe the meeting?", '002#11'],
  ];
  for (const [q, want] of cases) assert.equal(await first(q), want, q);
});

test('"… الذي يسعى X إليه": the paragraph where X speaks comes first (describer.ts)', { skip }, async () => {
  const cases: Array<[string, string]> = [
    ['ما الهدف الذي يسعى إليه لاريجاني في التجارة مع باكستان؟', '002#6'],
    ['ما الدور الذي تأمل طهران أن تلعبه روسيا في المفاوضات النووية؟', '004#3'],
    ['ما التحالف الذي يرى مراقبون أن الزيارة تجسده بين روسيا وإيران؟', '004#8'],
    ['ما الذي تريده إسلام آباد من إيران بحسب وزير الداخلية الباكستاني؟', '001#6'],
    ['ما الذي يعتقده بعض المسؤولين الإيرانيين بشأن الثقة في روسيا؟', '004#4'],
  ];
  for (const [q, want] of cases) assert.equal(await first(q), want, q);
});

test('"ما الدول التي …؟": the paragraph listing the countries comes first (which-named.ts namesPlaces)', { skip }, async () => {
  const cases: Array<[string, string]> = [
    ['ما الدول التي تحاول إيران الانضمام إليها في توسيع التجارة الإقليمية؟', '002#13'],
    ['أي دول تراقب أنشطة إيران النووية بحسب التقرير؟', '003#12'],
    ['ما الدول التي دعا قاليباف إلى تأسيس جيش مشترك بينها؟', '000#7'],
    ['Which countries did Bagheri say should align strategically?', '003#5'],
    ['ما البلدان التي قال قاليباف إن طهران يمكنها الانضمام إلى معاهدتهما الدفاعية؟', '000#6'],
    ['ما الدول التي تشمل المواءمة الاستراتيجية التي تحدث عنها الجنرال باقري؟', '003#5'],
  ];
  for (const [q, want] of cases) assert.equal(await first(q), want, q);
});

test('"ممن …؟" and "ما الرسالة التي …؟": whom the thing came from (doer.ts namesParty with من)', { skip }, async () => {
  const cases: Array<[string, string]> = [
    ['ما الرسالة التي وصفت بها زيارة لاريجاني إلى موسكو؟', '004#1'],
    ['ممن جاءت الدعوة إلى تأسيس جيش إسلامي مشترك؟', '000#7'],
    ['ما المبادرة التي تحاول إيران الانضمام فيها إلى باكستان والصين؟', '002#13'],
    ['ما المقترحات التي تضمنتها رسالة لاريجاني بحسب خبراء الموقع؟', '004#7'],
    ['ممن كانت التصريحات التي نقلتها وكالة تسنيم عن الاجتماع مع عاصم منير؟', '003#1'],
    ['ما الرسالة التي نقلها لاريجاني من المرشد إلى الرئيس الروسي؟', '004#3'],
  ];
  for (const [q, want] of cases) assert.equal(await first(q), want, q);
});

test('"رسالة خامنئي": the paragraph writing "رسالة من … خامنئي" (doer.ts writesOwner); other owned nouns keep their answer', { skip }, async () => {
  const cases: Array<[string, string]> = [
    ['ماذا تضمنت دعوة قاليباف لدول منظمة التعاون الإسلامي؟', '000#7'],
    ['ما هي نقاط رسالة خامنئي إلى بوتين؟', '004#3'],
    ['ماذا شملت اتفاقيات حاتمي مع نظيره الباكستاني؟', '003#9'],
  ];
  for (const [q, want] of cases) assert.equal(await first(q), want, q);
});

test('"من وقّع …؟" / "مع من اجتمع …؟": of the paragraphs telling the deed, the one naming someone new (doer.ts namesNewPerson)', { skip }, async () => {
  // Each of the first two put the scene (003#8: the same year, the same parties, the visit) first without the rule.
  const cases: Array<[string, string]> = [
    ['من وقّع الاتفاقيات الدفاعية بين البلدين عام 2018؟', '003#9'],
    ['مع من اجتمع الجنرال باقري في زيارته لإسلام آباد؟', '003#1'],
    ['من الذي التقى به لاريجاني في موسكو؟', '004#1'],
    ['من زار طهران في أكتوبر الماضي؟', '002#14'],
    ['من اقترح إجراء مناورات بحرية مشتركة بين إيران وباكستان؟', '003#4'],
    ['من حثّ دول منظمة التعاون الإسلامي على تأسيس جيش مشترك؟', '000#7'],
    ['مع من عقد وزير الداخلية الباكستاني لقاءات في طهران؟', '002#14'],
    ['من وقع مذكرات التفاهم خلال زيارة بزشكيان إلى باكستان؟', '002#13'],
  ];
  for (const [q, want] of cases) assert.equal(await first(q), want, q);
});

test('"الوزير" meets the text\'s bare "وزير" (stem-variants.ts addRootWawNoun)', { skip }, async () => {
  // The first two put an English post first without the rule (the text's وزير was filed under زير).
  const cases: Array<[string, string]> = [
    ['ماذا أكد الوزير الباكستاني عن العلاقات مع إيران؟', '001#6'],
    ['متى زار الوزير الباكستاني طهران؟', '002#14'],
    ['مع من يحافظ إسحاق دار على التعاون الوثيق؟', '002#3'],
  ];
  for (const [q, want] of cases) assert.equal(await first(q), want, q);
});

test('"كيف وصف نقوي …؟": the paragraph where he speaks by his title ("أكد وزير الداخلية الباكستاني") describes too', { skip }, async () => {
  // The first put 001#3 ("بوزير الداخلية الباكستاني، سيد محسن نقوي، … شدد الطرفان") first without the rule.
  const cases: Array<[string, string]> = [
    ['كيف ينظر نقوي إلى إيران؟', '001#6'],
    ['كيف يصف نقوي العلاقات بين إيران وباكستان؟', '001#6'],
    ['كيف وصف دار لقاءه مع لاريجاني؟', '002#2'],
    ['كيف وصف مقدم زيارة لاريجاني؟', '002#15'],
    ['كيف وصف قاليباف انضمام طهران إلى المعاهدة الدفاعية؟', '000#6'],
  ];
  for (const [q, want] of cases) assert.equal(await first(q), want, q);
});
