/**
 * Declining, round 7 (helper decide9): near misses about who said, reported or did something. Each unit test
 * fails when its rule is removed; the guard tests ask new questions written from the seeds (in no set).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { attributesTo } from '../src/search/attribution.js';
import { reporterAsked, refersBack } from '../src/search/who-said.js';
import { holdsPostIn } from '../src/search/role.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import type { Paragraph } from '../src/types.js';
import { cite, seedsSearch } from './seeds-guard.js';

const lexicon = lexiconFrom({
  enToAr: new Map(Object.entries({ agreement: ['اتفاق'], defense: ['دفاع'], opinion: ['رأي'] })),
  arToEn: new Map(Object.entries({ اتفاق: ['agreement'], دفاع: ['defense'], انضمام: ['joining'], اتفاقية: ['agreement'] })),
  source: 'test',
});
const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const filler = [p(7, 'سار الموكب في طريق طويل نحو المدينة.'), p(8, 'هطلت أمطار غزيرة على الساحل الشمالي.'), p(9, 'The weather was mild on the northern coast.', 'en')];
const L = new Set(['لاريجا']);

test('the source of بحسب / according to is the phrase right after it, to the end of its clause', () => {
  assert.equal(attributesTo('وبحسب خبراء للموقع، فالرسالة التي حملها "لاريجاني" تضمنت عرضا جديدا.', L), false, 'the experts speak of Larijani');
  assert.equal(attributesTo('فالرسالة التي حملها لاريجاني تضمنت عرضا، بحسب خبراء.', L), false, 'a name before بحسب is what the source speaks of');
  assert.equal(attributesTo('وبحسب لاريجاني، فإن الزيارة ناجحة.', L), true);
  assert.equal(attributesTo('وقال لاريجاني، بحسب وكالة إرنا، إن الزيارة ناجحة.', L), true, 'قال still attributes');
  assert.equal(attributesTo('The message Larijani carried held an offer, according to experts.', new Set(['larijani'])), false);
  assert.equal(attributesTo('According to Larijani, the visit succeeded.', new Set(['larijani'])), true);
});

test('"وُصفت بالرسالة …" is "described as": a name further on is no speaker of it', () => {
  assert.equal(attributesTo('في زيارة وصفت بالرسالة المزدوجة للغرب، التقى علي لاريجاني الرئيس الروسي.', L), false);
  assert.equal(attributesTo('ووصف لاريجاني الاتفاق بأنه خطوة ذكية.', L), true);
  assert.equal(attributesTo('وأكد أمين المجلس الأعلى، علي لاريجاني، أن الزيارة ناجحة.', L), true);
});

test('a speaker named by several words is quoted by the last: محمد باقر قاليباف is not محمد بن سلمان', async () => {
  const e = new SearchEngine({
    paragraphs: [p(1, 'وأكد رئيس البرلمان، محمد باقر قاليباف، أن طهران يمكنها الانضمام إلى الاتفاقية الدفاعية.'), p(2, 'وقال لاريجاني إن الزيارة ناجحة.'), ...filler],
    lexicon,
  });
  const no = await e.search('ماذا قال محمد بن سلمان عن الانضمام إلى الاتفاقية الدفاعية؟');
  assert.equal(no.abstained, true, 'سلمان is never quoted');
  const yes = await e.search('ماذا قال محمد باقر قاليباف عن الانضمام إلى الاتفاقية الدفاعية؟');
  assert.equal(yes.abstained, false, yes.reason);
  assert.equal(yes.hits[0]?.paragraph.n, 1);
});

test('"X\'s opinion of Y" asks what X said: a paragraph merely naming X is no answer', async () => {
  const named = new SearchEngine({
    paragraphs: [p(1, 'Army chief General Asim Munir received the delegation to review the defense agreement.', 'en'), p(2, 'Larijani said the visit was a success.', 'en'), ...filler],
    lexicon,
  });
  const r = await named.search("What is Asim Munir's opinion of the defense agreement?");
  assert.equal(r.abstained, true, 'Munir is only named');
  const quoted = new SearchEngine({
    paragraphs: [p(1, 'Asim Munir said the defense agreement strengthens the region.', 'en'), p(2, 'Larijani said the visit was a success.', 'en'), ...filler],
    lexicon,
  });
  const a = await quoted.search("What is Asim Munir's opinion of the defense agreement?");
  assert.equal(a.abstained, false, a.reason);
  assert.equal(a.hits[0]?.paragraph.n, 1);
});

test('"What did Reuters report about …": only a paragraph the outlet reports — its article\'s outlet, or attributed to it', async () => {
  assert.deepEqual(reporterAsked('What did Reuters report about the visit?', [{ label: 'reuters', word: 'Reuters', name: true, known: true, alternatives: [] }])?.map((c) => c.label), ['reuters']);
  assert.equal(reporterAsked('What did Larijani say about the visit?', [{ label: 'larijani', word: 'Larijani', name: true, known: true, alternatives: [] }]), null, 'saying is attribution.ts\'s');
  assert.equal(reporterAsked('ماذا نشر لاريجاني على منصة إكس؟', [{ label: 'لاريجاني', word: 'لاريجاني', name: true, known: true, alternatives: [] }]), null, 'a person\'s post');
  const other = { ...p(1, 'ذكرت مصادر سياسية للميادين أن زيارة لاريجاني إلى باكستان تشكل نقطة انعطاف.'), articleId: 'm', outlet: 'Al Mayadeen' };
  const reuters = { ...p(2, 'وكشفت وكالة "رويترز" عن استعداد موسكو لتعزيز العلاقات مع طهران.'), articleId: 'r' };
  const e = new SearchEngine({ paragraphs: [other, reuters, p(3, 'وقال لاريجاني إن الزيارة ناجحة.'), ...filler], lexicon });
  const no = await e.search('ماذا نقلت وكالة رويترز عن زيارة لاريجاني إلى باكستان؟');
  assert.equal(no.abstained, true, 'Reuters reported on Moscow, Al Mayadeen on the visit');
  const yes = await e.search('ماذا نقلت وكالة رويترز عن استعداد موسكو لتعزيز العلاقات؟');
  assert.equal(yes.abstained, false, yes.reason);
  assert.equal(yes.hits[0]?.paragraph.n, 2);
  // Its article's outlet reports a paragraph that names no one as its source.
  const own = { ...p(1, "Political sources said Larijani's visit to Pakistan marks a turning point.", 'en'), articleId: 'm', outlet: 'Al Mayadeen' };
  const aired = { ...p(2, 'Al Mayadeen aired a long interview about the weather.', 'en'), articleId: 'w' };
  const wire = { ...p(3, "Officials said Larijani's visit to Pakistan went well.", 'en'), articleId: 'x', outlet: 'Wire' };
  const sourced = new SearchEngine({ paragraphs: [own, aired, wire, ...filler], lexicon });
  const byOutlet = await sourced.search("What did Al Mayadeen report about Larijani's visit to Pakistan?");
  assert.equal(byOutlet.abstained, false, byOutlet.reason);
  assert.ok(byOutlet.hits.some((h) => h.paragraph.articleId === 'm'));
  const otherOutlet = new SearchEngine({ paragraphs: [{ ...own, outlet: 'Wire' }, aired, wire, ...filler], lexicon });
  assert.equal((await otherOutlet.search("What did Al Mayadeen report about Larijani's visit to Pakistan?")).abstained, true, 'another outlet\'s report');
  assert.equal(refersBack('إيران برس - إيران: أهمية الخبر) تأتي هذه التصريحات في وقت تشهد فيه المنطقة تحديات'), true);
  assert.equal(refersBack('وكشفت وكالة رويترز عن استعداد موسكو لتعزيز العلاقات مع طهران في جميع المجالات'), false);
});

test('a post held in a place has a direction: Iran\'s ambassador to Pakistan is not Pakistan\'s ambassador to Iran', async () => {
  const amb = new Set(['سفير']);
  assert.equal(holdsPostIn('ووصف السفير الإيراني لدى باكستان، رضا أميري مقدم، الزيارة بأنها غير مسبوقة.', amb, new Set(['باكست'])), true);
  assert.equal(holdsPostIn('ووصف السفير الإيراني لدى باكستان، رضا أميري مقدم، الزيارة بأنها غير مسبوقة.', amb, new Set(['اير'])), false);
  assert.equal(holdsPostIn('The Iranian ambassador to Pakistan praised the visit.', new Set(['ambassador']), new Set(['pakistan'])), true);
  const places = lexiconFrom({ enToAr: new Map(), arToEn: new Map(Object.entries({ سفير: ['ambassador'] })), source: 'test' },
    { size: 2, enToAr: new Map([['iran', ['إيران']], ['pakistan', ['باكستان']]]), arToEn: new Map([['إيران', ['iran']], ['باكستان', ['pakistan']]]), places: new Set(['iran', 'pakistan', 'إيران', 'باكستان']) });
  const e = new SearchEngine({ paragraphs: [p(1, 'وقال سفير إيران لدى باكستان، رضا أميري مقدم، إن زيارة لاريجاني غير مسبوقة.'), p(2, 'وقال لاريجاني إن الزيارة إلى إيران ناجحة.'), ...filler], lexicon: places });
  assert.equal((await e.search('من هو سفير باكستان لدى إيران؟')).abstained, true);
  const r = await e.search('من هو سفير إيران لدى باكستان؟');
  assert.equal(r.abstained, false, r.reason);
  assert.equal(r.hits[0]?.paragraph.n, 1);
});

test('"هل زار بوتين طهران؟": a doer a dictionary calls a word (butene) is a person where the coverage writes it only after a title', async () => {
  const butene = lexiconFrom({ enToAr: new Map(Object.entries({ visit: ['زار'] })), arToEn: new Map(Object.entries({ بوتين: ['butene'], زار: ['visit'], طهران: ['Tehran'] })), source: 'test' });
  const paragraphs = [
    p(1, 'التقى علي لاريجاني بالرئيس الروسي فلاديمير بوتين في موسكو.'),
    p(2, 'وزار وزير الداخلية محسن نقوي طهران الأسبوع الماضي.'),
    p(3, 'وقال لاريجاني إن الزيارة ناجحة.'),
    ...filler,
  ];
  const e = new SearchEngine({ paragraphs, lexicon: butene });
  const c = e.concepts('هل زار بوتين طهران بعد لقائه لاريجاني؟').find((x) => x.label === 'بوتين');
  assert.equal(c?.name, false, 'the dictionary reads بوتين as a word');
  assert.equal((await e.search('هل زار بوتين طهران بعد لقائه لاريجاني؟')).abstained, true, 'Naqvi visited Tehran, not Putin');
  const met = await e.search('هل التقى بوتين لاريجاني في موسكو؟');
  assert.equal(met.abstained, false, `a meeting is both sides' deed: ${met.reason}`);
  const ordinary = new SearchEngine({ paragraphs: [p(1, 'وزار الوفد طهران الأسبوع الماضي وسط الغاز.'), p(2, 'يستخدم بوتين في صناعة البلاستيك.'), ...filler], lexicon: butene });
  assert.equal(ordinary.concepts('هل زار بوتين طهران؟').some((x) => x.name), false);
});

// Guards: new questions of the same shapes, written from the seeds.
const seeds = seedsSearch();
after(async () => (await seeds).close());

/** Each near miss declined; each answerable question answered, its paragraph first (or among the first `depth`). */
async function guards(declined: readonly string[], answered: ReadonlyArray<readonly [string, string]>, depth = 1): Promise<void> {
  const s = await seeds;
  for (const q of declined) assert.equal((await s.ask(q)).abstained, true, q);
  for (const [q, at] of answered) {
    const r = await s.ask(q);
    assert.equal(r.abstained, false, `${q}: ${r.reason}`);
    assert.ok(Array.from({ length: depth }, (_, i) => cite(r, i)).includes(at), `${q}: ${at} among the first ${depth}, got ${cite(r)} ${cite(r, 1)}`);
  }
}

test('guards, who said it (seeds): near misses declined, the speaker\'s own words answered', () => guards([
  'ماذا قال علي خامنئي عن العلاقات مع روسيا؟',
  'What did Ali Khamenei say about Pakistan?',
  'ماذا قال لاريجاني عن الصراع داخل النظام الإيراني؟', // 004#7: experts' reading of the visit (بحسب خبراء)
  "What did Putin say about Larijani's visit to Moscow?",
  'ماذا قال محمد بن زايد عن زيارة لاريجاني إلى باكستان؟',
  'ماذا قال لاريجاني عن العلاقات مع روسيا؟',
], [
  ['ماذا قال علي لاريجاني عن الاتفاق الدفاعي بين باكستان والسعودية؟', '001#4'],
  ["What is Ali Larijani's opinion of the Saudi-Pakistani defense agreement?", '001#4'],
  ['ماذا قال محمد باقر قاليباف عن الانضمام إلى الاتفاقية؟', '000#6'],
  ['What did Ishaq Dar say about his discussions with Larijani?', '002#3'],
  ['ماذا قال رضا أميري مقدم عن زيارة لاريجاني؟', '002#15'],
], 2));

test('guards, who reported it (seeds): another outlet\'s report is no answer, the outlet\'s own is', () => guards([
  "What did Reuters report about Larijani's trip to Pakistan?",
  'ماذا نقلت وكالة رويترز عن زيارة لاريجاني إلى باكستان؟',
  "What did Tasnim report about Larijani's meeting with Putin?",
  "What did Newsweek report about Larijani's trip to Pakistan?",
  'ماذا أوردت صحيفة طهران تايمز عن زيارة لاريجاني إلى باكستان؟',
  'What did IRNA report about the joint naval drills?',
], [
  ["What did Reuters report about the Kremlin's readiness to strengthen relations with Tehran?", '004#2'],
  ["What did Al Mayadeen report about Larijani's visit to Pakistan?", '000#1'],
  ['ماذا نقلت صحيفة طهران تايمز عن رسالة لاريجاني إلى بوتين؟', '004#3'],
  ['What did Newsweek report about Russian-Iranian cooperation?', '004#6'],
  ["What did Iran Press report about Larijani's remarks on Pakistan?", '001#2'],
  // an acronym the Arabic text spells out: NCRI, "المجلس الوطني للمقاومة" word by word
  ["What did the NCRI report say about Larijani's message?", '004#7'],
]));

test('guards, whose post and where (seeds): the direction of an ambassador\'s post', () => guards(
  ["Who is Pakistan's ambassador to Iran?", 'من هو سفير باكستان لدى إيران؟', 'من هو السفير الباكستاني في طهران؟', "Who is Iran's ambassador to Russia?", 'من هو سفير إيران في موسكو؟'],
  [
    ...["Who is Iran's ambassador to Pakistan?", 'من هو سفير إيران لدى باكستان؟', 'من هو السفير الإيراني لدى باكستان؟', 'Who is the Iranian ambassador to Pakistan?', "Who is Iran's ambassador in Islamabad?"].map((q) => [q, '002#15'] as const),
    ["Who is Pakistan's interior minister?", '002#14'], // a post with no place it is held in, as before
  ],
));

test('guards, whose deed (seeds): Putin, written only after a title, is the doer asked about', () => guards(
  ['هل زار بوتين إسلام آباد؟', 'هل زار بوتين باكستان العام الماضي؟', 'هل زار ترامب موسكو للقاء بوتين؟', 'هل زار بوتين طهران بعد لقائه لاريجاني؟'],
  [
    ['هل التقى بوتين لاريجاني في موسكو؟', '004#1'],
    ['هل التقى بوتين بعلي لاريجاني؟', '004#1'],
    ['هل زار محسن نقوي طهران؟', '002#14'],
    ['هل زار وزير الداخلية الباكستاني طهران؟', '002#14'],
  ],
));
