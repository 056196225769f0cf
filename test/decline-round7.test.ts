/**
 * Declining, round 7: near misses that ask for a KIND of answer the coverage does not give — the names of
 * a class's members, an event's outcome, a person of a given nationality, a successor. Each test fails when
 * its rule is removed; the seeds tests hold the new questions written for each rule (in no evaluation set).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { firstHit, skipWithoutDictionaries } from './support/seeds-engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { membersAsked, namesMember } from '../src/search/members-named.js';
import { asksOutcome, reportsOutcome } from '../src/search/outcome.js';
import { namesQualifiedPerson, qualifiedPersonAsked } from '../src/search/qualified-person.js';
import { asksSuccession, tellsSuccession } from '../src/search/succession.js';
import { unseenDeedOfThings } from '../src/search/thing-deed.js';
import { answerType } from '../src/search/answer-type.js';
import type { Concept } from '../src/search/query.js';
import type { Paragraph } from '../src/types.js';

const skip = skipWithoutDictionaries;
const first = firstHit;

/** Each [question, wanted first hit or "declined"]; the misses, for one assertion naming them all. */
async function misses(cases: ReadonlyArray<readonly [string, string]>): Promise<string[]> {
  const out: string[] = [];
  for (const [q, want] of cases) {
    const got = await first(q);
    if (got !== want) out.push(`${q}: ${got}, wanted ${want}`);
  }
  return out;
}

const lexicon = lexiconFrom({
  enToAr: new Map(Object.entries({ groups: ['جماعات'], group: ['جماعة'], border: ['حدود'], terrorist: ['إرهابي'] })),
  arToEn: new Map(Object.entries({ جماعة: ['group'], جماعات: ['groups'], إرهابي: ['terrorist'], حدود: ['border'], تعمل: ['work'], يعمل: ['work'], مكافحة: ['fight'], طول: ['length'], مشترك: ['common'], دعا: ['call'], إلى: ['to'], نشط: ['active'], تنشط: ['active'], على: ['on'], تبنى: ['claim'], هجوم: ['attack'] })),
  source: 'test',
});
const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const filler = [p(7, 'سار الموكب في طريق طويل نحو المدينة.'), p(8, 'هطلت أمطار غزيرة على الساحل الشمالي.'), p(9, 'The weather was mild on the northern coast.', 'en')];

test('"ما أسماء الجماعات …": only a paragraph naming one of them answers, not one speaking of the class', async () => {
  const general = p(1, 'ودعا الجنرال باقري إلى مكافحة الجماعات الإرهابية التي تنشط على طول الحدود المشتركة.');
  const named = p(2, 'وتبنت جماعة «جيش العدل» الهجوم، وهي من الجماعات الإرهابية التي تنشط على الحدود.');
  const q = 'ما أسماء الجماعات الإرهابية التي تنشط على الحدود؟';
  const without = new SearchEngine({ paragraphs: [general, ...filler], lexicon });
  const r = await without.search(q);
  assert.equal(r.abstained, true, 'the class in general names none of its members');
  assert.match(r.reason ?? '', /names any of those/);
  const withName = new SearchEngine({ paragraphs: [general, named, ...filler], lexicon });
  const a = await withName.search(q);
  assert.equal(a.abstained, false, a.reason);
  // English "Which … groups …" and "What are the names of …" ask the same; "Which areas …" do not.
  const has = () => true;
  const concept = (label: string): Concept => ({ label, alternatives: [{ terms: [label], weight: 1, source: 'query' }], known: true });
  assert.notEqual(membersAsked('Which armed groups operate along the border?', [concept('armed'), concept('groups'), concept('border')], has), null);
  assert.notEqual(membersAsked('What are the names of the groups on the border?', [concept('groups'), concept('border')], has), null);
  assert.equal(membersAsked('Which areas of cooperation could shift the balance?', [concept('areas'), concept('cooperation')], has), null);
  assert.equal(membersAsked('ما أسماء المسؤولين الذين زاروا باكستان؟', [concept('المسوولين'), concept('زاروا')], has), null, 'people are named by their posts, not the class noun');
  // A quoted name beside the class noun is a member; the class in general, or a place beside it, is not.
  const klass = [new Set(['group'])];
  assert.equal(namesMember('The groups active on the border were not named.', klass, new Set()), false);
  assert.equal(namesMember('The "Jaish al-Adl" group claimed the attack.', klass, new Set()), true);
});

test('names of a class\'s members on the seeds: new questions, answered by the paragraph naming them or declined', { skip }, async () => {
  assert.deepEqual(await misses([
    ['What are the names of the defense ministers who signed the 2018 agreements?', '003#9'],
    ['ما أسماء الصحف التي كتبت عن رسالة خامنئي إلى بوتين؟', '004#3'],
    ['ما أسماء الدول الإسلامية التي دعا باقري إلى المواءمة الاستراتيجية بينها؟', '003#5'],
    ['Name the Iranian officials who met Putin in Moscow.', '004#1'],
    ['What are the names of the militant groups Bagheri wants to fight on the border?', 'declined'],
    ['Which armed groups operate along the Iran-Pakistan border?', 'declined'],
    ['أي الجماعات المسلحة تنشط على طول الحدود المشتركة بين البلدين؟', 'declined'],
    ['ما أسماء التنظيمات الإرهابية التي اتفق باقري ومنير على مكافحتها؟', 'declined'],
    ['ما هي الجماعات الإرهابية التي تحدث عنها باقري خلال الاجتماع؟', 'declined'],
  ]), []);
});

test('"ما نتائج …", "What came of …": only a paragraph telling an outcome of the event answers, not one naming it', async () => {
  const proposed = p(1, 'واقترح الجنرال باقري إجراء مناورات بحرية مشتركة بين البلدين.');
  const held = p(2, 'وأسفرت المناورات البحرية المشتركة عن اتفاق البلدين على تدريبات سنوية.');
  const q = 'ما نتائج المناورات البحرية المشتركة بين البلدين؟';
  const without = new SearchEngine({ paragraphs: [proposed, ...filler], lexicon });
  const r = await without.search(q);
  assert.equal(r.abstained, true, 'drills proposed have no results yet');
  assert.match(r.reason ?? '', /outcome/);
  const withResult = new SearchEngine({ paragraphs: [proposed, held, ...filler], lexicon });
  const a = await withResult.search(q);
  assert.equal(a.abstained, false, a.reason);
  assert.ok(a.hits.some((h) => h.paragraph.n === 2));
  for (const ask of ['ما نتائج زيارة قاليباف إلى إسلام آباد؟', 'ما الذي أسفرت عنه المحادثات؟', 'What came of the talks?', 'What were the results of the drills?', 'What did the visit produce?']) assert.equal(asksOutcome(ask), true, ask);
  for (const ask of ['ما نوع المناورات؟', 'What did Larijani say about the drills?', 'What was the purpose of the visit?']) assert.equal(asksOutcome(ask), false, ask);
  assert.equal(reportsOutcome('Both sides reaffirmed commitment to deepening bilateral ties.'), true);
  assert.equal(reportsOutcome('وفي ختام اللقاء، شدد الجانبان على أهمية التنسيق.'), true);
  assert.equal(reportsOutcome('جرى خلال تلك الزيارة بحث ملف غزة.'), false, 'what was discussed is no outcome');
  assert.equal(reportsOutcome('وانتهى الاجتماع باتفاق على تبادل الأسرى.'), true, 'ended with an agreement');
  assert.equal(reportsOutcome('The meeting between Trump and Putin ended with an agreement on prisoners.'), true);
});

test('outcomes on the seeds: new questions, answered by the paragraph telling the outcome or declined', { skip }, async () => {
  assert.deepEqual(await misses([
    ['ما نتائج زيارة بزشكيان إلى باكستان؟', '002#13'],
    ['ما الذي أسفرت عنه المناقشات الدفاعية بين إيران وباكستان عام 2018؟', '003#8'],
    ["What was the outcome of Larijani's talks with Ishaq Dar?", '002#4'],
    ['ما نتيجة لقاء لاريجاني بوزير الداخلية الباكستاني محسن نقوي؟', '001#3'],
    ["What did Larijani's meeting with Naqvi produce?", '001#3'],
    ['ما نتائج المناورات البحرية التي اقترحها باقري؟', 'declined'],
    ["What were the results of Qalibaf's interview with Geo News?", 'declined'],
    ['ما الذي أسفرت عنه زيارة محسن نقوي إلى طهران؟', 'declined'],
    ['ما نتائج رسالة خامنئي إلى بوتين؟', 'declined'],
    ["What came of Bagheri's proposal for joint naval drills?", 'declined'],
  ]), []);
});

test('"Which Saudi official …", "من هو المسؤول السعودي الذي …": a person of that nationality, not the pact\'s other party', { skip }, async () => {
  const place = (label: string): Concept => ({ label, place: true, alternatives: [{ terms: [label], weight: 1, source: 'query' }], known: true });
  const word = (label: string): Concept => ({ label, alternatives: [{ terms: [label], weight: 1, source: 'query' }], known: true });
  const has = () => true;
  assert.deepEqual(qualifiedPersonAsked('Which Saudi official signed the pact?', [place('saudi'), word('official'), word('signed')], has), new Set(['saudi']));
  assert.deepEqual(qualifiedPersonAsked('Who is the senior Saudi official who signed the pact?', [place('saudi'), word('official')], has), new Set(['saudi']));
  assert.deepEqual(qualifiedPersonAsked('من هو المسؤول السعودي الذي وقع الاتفاقية؟', [word('المسوول'), place('السعودي')], has), new Set(['السعودي']));
  assert.equal(qualifiedPersonAsked('Which Saudi city hosted the talks?', [place('saudi'), word('city')], has), null, 'a city is no person');
  assert.equal(namesQualifiedPerson('وقع وزير الدفاع السعودي الاتفاقية', new Set(['سعود'])), true);
  assert.equal(namesQualifiedPerson('الاتفاقية بين باكستان والسعودية', new Set(['سعود'])), false, 'the country as a party names no one');
  assert.equal(namesQualifiedPerson('Saudi Defense Minister Khalid bin Salman signed it', new Set(['saudi'])), true);
  assert.deepEqual(await misses([
    ['من هو المسؤول الباكستاني الذي التقاه لاريجاني يوم الثلاثاء؟', '001#3'],
    ['من هو المسؤول الإيراني الذي وصل إلى مطار نور خان في روالبندي؟', '002#9'],
    ['Which Iranian minister signed the 2018 defense agreements with Pakistan?', '003#9'],
    ["Who is the Iranian diplomat who called Larijani's visit unprecedented?", '002#15'],
    ['Which Chinese official met Larijani in Islamabad?', 'declined'],
    ['من هو المسؤول السعودي الذي أشاد به لاريجاني؟', 'declined'],
    ['Which Turkish minister did Bagheri meet?', 'declined'],
    ['أي مسؤول تركي التقى لاريجاني في إسلام آباد؟', 'declined'],
    ['Who is the American official who warned Iran about the Pakistan partnership?', 'declined'],
  ]), []);
});

test('"من خلف X …", "Who replaced X?": only a paragraph telling a succession answers, not one naming X in the post', async () => {
  const post = p(1, 'ووقع وزير الدفاع العميد أمير حاتمي الاتفاقيات مع باكستان.');
  const next = p(2, 'وعين العميد عزيز نصير زاده وزيرا للدفاع خلفا لأمير حاتمي.');
  const q = 'من خلف أمير حاتمي في منصب وزير الدفاع؟';
  const without = new SearchEngine({ paragraphs: [post, ...filler], lexicon });
  const r = await without.search(q);
  assert.equal(r.abstained, true, 'Hatami in the post tells of no successor');
  assert.match(r.reason ?? '', /took over/);
  const a = await new SearchEngine({ paragraphs: [post, next, ...filler], lexicon }).search(q);
  assert.equal(a.abstained, false, a.reason);
  for (const ask of ['من خلف أمير حاتمي؟', 'من هو خليفة حاتمي؟', 'Who replaced Bagheri as chief of staff?', "Who is Hatami's successor?", 'Who succeeded Raisi?']) assert.equal(asksSuccession(ask), true, ask);
  for (const ask of ['من وقع الاتفاقيات؟', 'Who signed the pact?', 'ما الذي يقف خلف الزيارة؟']) assert.equal(asksSuccession(ask), false, ask);
  assert.equal(tellsSuccession('Nasirzadeh replaced Hatami as defense minister.'), true);
  assert.equal(tellsSuccession('وزير الدفاع العميد أمير حاتمي'), false);
});

test('succession on the seeds: no paragraph tells one, so every such question is declined', { skip }, async () => {
  assert.deepEqual(await misses([
    ["Who replaced Ishaq Dar as Pakistan's foreign minister?", 'declined'],
    ['من خلف الجنرال باقري في رئاسة الأركان الإيرانية؟', 'declined'],
    ['من سيخلف عاصم منير في قيادة الجيش الباكستاني؟', 'declined'],
    ["Who is Larijani's successor as secretary of the Supreme National Security Council?", 'declined'],
  ]), []);
});

test('"What weapons did Iran buy …": a deed the coverage never tells produced nothing it names (English)', { skip }, async () => {
  const word = (label: string, extra: Partial<Concept> = {}): Concept => ({ label, alternatives: [{ terms: [label], weight: 1, source: 'query' }], known: true, ...extra });
  const cs = [word('weapons'), word('iran', { place: true }), word('buy'), word('russia', { place: true })];
  assert.equal(unseenDeedOfThings('What weapons did Iran buy from Russia?', cs, [true, false, true, false])?.label, 'buy');
  assert.equal(unseenDeedOfThings('What weapons did Iran buy from Russia?', cs, [true, false, false, false]), null, 'a deed the coverage tells is left to the share');
  assert.equal(unseenDeedOfThings('Which countries did Bagheri name?', [word('countries'), word('bagheri', { name: true }), word('name')], [false, false, true]), null, 'naming is saying');
  assert.equal(unseenDeedOfThings('What did Iran buy?', [word('iran', { place: true }), word('buy')], [false, true]), null, 'no noun asked for');
  assert.deepEqual(await misses([
    ['Which agreements did Hatami sign with his Pakistani counterpart?', '003#9'],
    ['What message did Larijani deliver to Putin?', '004#3'],
    ['Which initiative did Iran seek to join with Pakistan and China?', '002#13'],
    ["What memoranda did Pezeshkian's visit yield?", '002#13'],
    ["What drones did Russia buy from Iran after Larijani's visit?", 'declined'],
    ['Which missiles did Pakistan sell to Saudi Arabia under the defense pact?', 'declined'],
    ['What gifts did Putin give Larijani in Moscow?', 'declined'],
  ]), []);
});

test('"أين ومتى …", "Where and when …" ask when too: only a paragraph saying when answers', { skip }, async () => {
  assert.equal(answerType('أين ومتى عقد اجتماع ترامب وبوتين؟'), 'time');
  assert.equal(answerType('Where and when did Larijani meet Naqvi?'), 'time');
  assert.equal(answerType('Where did Larijani meet Naqvi?'), null);
  assert.deepEqual(await misses([
    ['أين ومتى التقى لاريجاني بوزير الداخلية الباكستاني؟', '001#3'],
    ["Where and when did Larijani write that Iranians would never forget Pakistan's stand?", '002#10'],
    ['أين ومتى أدلى باقري بتصريحه خلال اجتماعه مع عاصم منير؟', '003#1'],
    ['Where and when was the Trump–Putin summit held?', 'declined'],
    ['أين ومتى وقعت السعودية وباكستان اتفاقية الدفاع المشترك؟', 'declined'],
  ]), []);
});
