/**
 * Round 8's ranking rules on the shared seeds with the real dictionaries: new questions written from the
 * articles (in no evaluation set), each with the paragraph(s) that answer it, and near misses that must be declined.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstHit, seedsEngine, skipWithoutDictionaries } from './support/seeds-engine.js';
import { metParty } from '../src/search/doer.js';
import { asksForOutlet, namesOutlet, outletFollowsOn } from '../src/search/outlet.js';
import { orderAnchor, tellsOrder } from '../src/search/sequence.js';

const skip = skipWithoutDictionaries;

async function top5(question: string): Promise<string[]> {
  const r = await (await seedsEngine()).search(question, { k: 5 });
  return r.hits.map((h) => `${h.paragraph.articleId.slice(0, 3)}#${h.paragraph.n}`);
}

test('who-met questions read the meeting and its doer (doer.ts metParty)', { skip }, async () => {
  const engine = await seedsEngine();
  const read = (q: string) => {
    const m = metParty(q, engine.concepts(q));
    return m && { deed: m.deed.label, doer: m.doer.map((c) => c.label) };
  };
  assert.deepEqual(read('Who did General Bagheri meet during his visit to Pakistan?'), { deed: 'meet', doer: ['general', 'bagheri'] });
  assert.deepEqual(read('Who did General Bagheri hold his meeting with?'), { deed: 'meeting', doer: ['general', 'bagheri'] });
  assert.deepEqual(read('من المسؤول الباكستاني الذي اجتمع به الجنرال باقري؟'), { deed: 'اجتمع', doer: ['الجنرال', 'باقري'] });
  assert.deepEqual(read('من هو وزير الداخلية الباكستاني الذي اجتمع به لاريجاني في طهران؟'), { deed: 'اجتمع', doer: ['لاريجاني'] });
  assert.deepEqual(read('Which Pakistani commander did General Bagheri meet?'), { deed: 'meet', doer: ['general', 'bagheri'] });
  assert.equal(read('What did Ishaq Dar call Larijani?'), null);
  // Not a who-met question: the doer is asked ("Who met …"), or the verb is no meeting.
  assert.equal(read('Who met General Bagheri in Pakistan?'), null);
  assert.equal(read('Who did Larijani praise in Islamabad?'), null);
  assert.equal(read('من الذي اجتمع بالجنرال باقري؟'), null);
});

test('"Who did X meet …?", "من المسؤول الذي اجتمع به X؟": the paragraph naming the party X met, with its title, comes first', { skip }, async () => {
  // Gained: the party met is named after مع or as a title joined to ب ("بالرئيس الروسي"), in an article naming X.
  const cases: Array<[string, string]> = [
    ['من المسؤول الروسي الذي التقى به لاريجاني في موسكو؟', '004#1'],
    ['من هو القائد الباكستاني الذي التقى به باقري خلال زيارته؟', '003#1'],
    ['من هو المسؤول الروسي الذي التقى به لاريجاني بحسب تقرير نيوزويك؟', '004#1'],
    // "Which … did X meet": the doer's name, then his post, then the party: "التقى علي لاريجاني أمين المجلس … بالرئيس الروسي".
    ['Which Russian leader did Larijani meet in Moscow?', '004#1'],
    ['Which Pakistani minister did Larijani meet according to Iran Press?', '001#3'],
    // Kept: "زار وزير الداخلية الباكستاني محسن نقوي طهران، وعقد لقاءات مع كبار المسؤولين، ومن بينهم الرئيس بزشكيان".
    ['Whom did the Pakistani interior minister meet in Tehran?', '002#14'],
    ['Who did Naqvi meet during his October visit to Tehran?', '002#14'],
    ['من الرئيس الإيراني الذي اجتمع به وزير الداخلية الباكستاني في طهران؟', '002#14'],
    ['من المسؤول الإيراني الذي اجتمع معه وزير الداخلية الباكستاني محسن نقوي؟', '002#14'],
  ];
  for (const [q, want] of cases) assert.equal(await firstHit(q), want, q);
  // Dar's meeting with Larijani: told in Arabic (002#2) and in the ministry's English post (002#4); both answer.
  assert.ok(['002#2', '002#4'].includes(await firstHit('Who did Ishaq Dar meet?')));
  assert.ok((await top5('Who did the Iranian chief of staff meet in Pakistan?')).slice(0, 2).includes('003#1'));
});

test('who-met near misses (a place, a person or a post the coverage never mentions) are declined', { skip }, async () => {
  for (const q of [
    'Who did Larijani meet in Beijing?',
    'Who did General Bagheri meet in Ankara?',
    'Who did Erdogan meet in Islamabad?',
    'من المسؤول الصيني الذي اجتمع به لاريجاني في بكين؟',
    'من هو الوزير التركي الذي التقى به باقري في أنقرة؟',
    'Which Chinese official did Larijani meet in Beijing?',
    'Which Turkish general did Bagheri meet in Ankara?',
  ]) assert.equal(await firstHit(q), 'declined', q);
});

test('outletFollowsOn: the paragraph going on that names the outlet comes before the one it goes on from', () => {
  const next = (r: number) => (r === 7 ? 8 : null);
  const names = (r: number) => r === 8;
  assert.deepEqual(outletFollowsOn([7, 3, 5], next, names), { order: [8, 7, 3, 5], lifted: [8, 7] });
  assert.deepEqual(outletFollowsOn([3, 7, 8, 5], next, names), { order: [3, 8, 7, 5], lifted: [8, 7] });
  // Already above, or a higher paragraph names an outlet itself, or the one it goes on from is too far down: unchanged.
  assert.equal(outletFollowsOn([8, 7], next, names).lifted, null);
  assert.equal(outletFollowsOn([3, 7], next, (r) => r === 3 || r === 8).lifted, null);
  assert.equal(outletFollowsOn([1, 2, 3, 7], next, names).lifted, null);
  assert.ok(asksForOutlet('لأي وسيلة إعلام تحدث قاليباف؟') && asksForOutlet('Which channel did he speak to?'));
  assert.ok(!asksForOutlet('لأي دولة سافر قاليباف؟'));
  assert.ok(namesOutlet('وحثّ خلال مقابلة مع شبكة "جيو نيوز" الباكستانية') && namesOutlet('قال لاريجاني لوكالة «إرنا»: «ناقشنا …»'));
  assert.ok(!namesOutlet('أكد قاليباف أن طهران يمكن أن تنضم إلى المعاهدة'));
});

test('"لأي قناة تحدث X عن …؟": the paragraph naming the outlet comes first, also when it goes on from X\'s words (outlet.ts)', { skip }, async () => {
  const cases: Array<[string, string]> = [
    // Gained: 000#7 "وحثّ خلال مقابلة مع شبكة "جيو نيوز" …" goes on from 000#6, where Qalibaf speaks, and shares no word with the question.
    ['Which network did Qalibaf speak to about joining the defence pact?', '000#7'],
    // Kept: the outlet named in the paragraph itself.
    ['مع أي شبكة أجرى قاليباف مقابلة حول جيش إسلامي مشترك؟', '000#7'],
    ['لأي وكالة قال لاريجاني إنهم ناقشوا العلاقات الثنائية؟', '002#5'],
    ['أي وكالة نقلت تصريح الجنرال باقري؟', '003#1'],
    ['أي صحيفة نقلت أن لاريجاني حمل رسالة من خامنئي؟', '004#3'],
    ['Which channel reported disagreements inside Iran over trusting Russia?', '004#4'],
    ['أي موقع قال إن زيارة لاريجاني تزامنت مع توقيت حساس؟', '004#5'],
    ["Which agency reported the Kremlin's readiness to strengthen ties with Tehran?", '004#2'],
  ];
  for (const [q, want] of cases) assert.equal(await firstHit(q), want, q);
  for (const q of ['لأي قناة تحدث قاليباف عن كأس العالم؟', 'Which channel interviewed the Saudi crown prince about Iran?', 'Which newspaper did Qalibaf speak to about the World Cup?']) {
    assert.equal(await firstHit(q), 'declined', q);
  }
});

test('"… before / قبل X?": the paragraph telling the order beside X comes first (sequence.ts)', { skip }, async () => {
  const engine = await seedsEngine();
  const anchor = (q: string) => orderAnchor(q, engine.concepts(q))?.label ?? null;
  assert.equal(anchor('Which Iranian official went to Islamabad before Larijani?'), 'larijani');
  assert.equal(anchor('من المسؤول الذي زار إسلام آباد قبل لاريجاني؟'), 'لاريجاني');
  // Before a place or a thing, not a person: no anchor.
  assert.equal(anchor('ماذا حدث قبل زيارة لاريجاني إلى باكستان؟'), null);
  assert.equal(anchor('Who visited Pakistan before Moscow?'), null);
  const larijani = engine.concepts('لاريجاني')[0]!;
  assert.ok(tellsOrder('وتأتي زيارة لاريجاني بعد زيارة رئيس البرلمان الإيراني باقر قاليباف لإسلام آباد', larijani));
  assert.ok(!tellsOrder('وقال لاريجاني لدى وصوله إلى مطار نور خان العسكري في روالبندي، إن التعاون مهم بعد سنوات من الجمود', larijani));

  const cases: Array<[string, string]> = [
    // Gained: 002#12 "وتأتي زيارة لاريجاني بعد زيارة رئيس البرلمان الإيراني باقر قاليباف … كما أعقبت زيارة الرئيس الإيراني …".
    ['Which Iranian official went to Islamabad before Larijani?', '002#12'],
    ['Who came to Islamabad before Larijani?', '002#12'],
    // Kept.
    ['من الرئيس الإيراني الذي زار باكستان قبل لاريجاني؟', '002#12'],
    ['Which Iranian leaders visited Islamabad before Larijani did?', '002#12'],
    ['Who travelled to Pakistan before Larijani?', '002#12'],
  ];
  for (const [q, want] of cases) assert.equal(await firstHit(q), want, q);
  for (const q of ['Which Iranian official visited Beijing before Larijani?', 'Who visited Kabul before Bagheri?']) assert.equal(await firstHit(q), 'declined', q);
});
