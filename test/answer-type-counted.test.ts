/** "How many X": the thing counted is asked for, and numbers the question writes in words are no answer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { statedNumbers } from '../src/search/answer-type.js';
import { countedNounIndex } from '../src/search/counted.js';
import { words } from '../src/text/tokenize.js';
import type { Paragraph } from '../src/types.js';

const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const lexicon = lexiconFrom({
  enToAr: new Map([['war', ['حرب']], ['casualty', ['قتيل']], ['memorandum', ['مذكرة']], ['memoranda', ['مذكرة']], ['signed', ['توقيع']], ['total', ['مجموع']], ['trade', ['تجارة']], ['volume', ['حجم']], ['annual', ['سنوي']], ['current', ['حالي']], ['visit', ['زيارة']], ['day', ['يوم']]]),
  arToEn: new Map([['حرب', ['war']], ['قتيل', ['casualty']], ['قتلى', ['casualties']], ['مذكرة', ['memorandum']], ['تفاهم', ['understanding']], ['زيارة', ['visit']], ['يوم', ['day']], ['إيران', ['Iran']]]),
  source: 'test',
});
// The coverage gives the war's length and a count of memoranda, never a count of the dead.
const engine = new SearchEngine({
  paragraphs: [
    p(1, 'أعرب لاريجاني عن تقديره لمواقف باكستان خلال الحرب التي استمرت 12 يومًا ضد إيران.'),
    p(2, 'وشهدت الزيارة توقيع 12 مذكرة تفاهم في قطاعات مختلفة.'),
    p(3, 'The war on Iran lasted 12 days, and Pakistan stood by it.', 'en'),
  ],
  lexicon,
});

const at = (q: string) => words(q)[countedNounIndex(words(q))]?.norm ?? null;

test('the noun a "how many" question counts', () => {
  assert.equal(at('كم عدد القتلى في الحرب؟'), 'القتلي');
  assert.equal(at('وما هو عدد القتلى؟'), 'القتلي');
  assert.equal(at('كم يوماً استمرت الزيارة؟'), 'يوما');
  assert.equal(at('How many casualties did Iran suffer?'), 'casualties');
  assert.equal(at('What was the total number of memoranda signed?'), 'memoranda');
  // A verb after a bare كم, an auxiliary after "how much": no noun counted.
  assert.equal(at('كم يريد لاريجاني أن يصل حجم التجارة؟'), null);
  assert.equal(at('How much did trade grow?'), null);
});

test('numbers a question writes in words are stated numbers', () => {
  assert.deepEqual(statedNumbers('كم عدد القتلى في حرب الأيام الاثني عشر؟'), ['12']);
  assert.deepEqual(statedNumbers('How many died in the twelve-day war?'), ['12']);
  assert.deepEqual(statedNumbers('ماذا حدث بعد خمسة وعشرين يوما من 2018؟'), ['2018', '25']);
  assert.deepEqual(statedNumbers('What did one of them say?'), []);
});

test('a count of something the coverage never names is declined, naming it, whatever numbers stand beside the other words', async () => {
  for (const [q, word] of [['كم عدد القتلى في الحرب ضد إيران؟', 'القتلى'], ['How many casualties did the war on Iran cause?', 'casualties']] as const) {
    const r = await engine.search(q);
    assert.equal(r.kind, 'none', `${q}: answered`);
    assert.ok(r.missing.includes(word), `${q}: ${r.missing}`);
  }
});

test('the war of "the twelve days" gives no count of the days of anything else', async () => {
  const r = await engine.search('كم يوماً استمرت الزيارة بعد حرب الأيام الاثني عشر؟');
  assert.equal(r.kind, 'none', `answered: ${r.hits[0]?.paragraph.text}`);
  // … while the count stated beside what is counted still answers.
  for (const q of ['كم عدد مذكرات التفاهم التي وقعت؟', 'كم يوماً استمرت الحرب على إيران؟', 'How many days did the war on Iran last?']) {
    const a = await engine.search(q);
    assert.equal(a.kind, 'answer', `${q}: ${a.reason}`);
  }
});

test('"What is the current annual trade volume …" asks a quantity: a target ("raise trade to 10 billion") is no answer', async () => {
  const trade = new SearchEngine({
    paragraphs: [
      p(1, 'Larijani said that raising the current annual trade volume to 10 billion dollars between Iran and Pakistan is a realistic goal.', 'en'),
      p(2, 'Iran and Pakistan discussed trade and the border during the visit.', 'en'),
    ],
    lexicon,
  });
  for (const q of ['What is the current annual trade volume between Iran and Pakistan?', 'What is the present annual trade volume between Iran and Pakistan?']) {
    const r = await trade.search(q);
    assert.equal(r.kind, 'none', `${q}: answered by ${r.hits[0]?.paragraph.text}`);
  }
  const aim = await trade.search('What is the trade volume goal between Iran and Pakistan?');
  assert.equal(aim.kind, 'answer', `goal: ${aim.reason}`);
});

test('"What was the total number of X …": X is asked for, not "total"', async () => {
  const r = await engine.search('What was the total number of memoranda signed?');
  assert.equal(r.kind, 'answer', `${r.reason} ${r.missing}`);
});

test('a unit ("كم يوماً") goes with any number: the quantity must stand by what is measured', async () => {
  const visit = new SearchEngine({
    paragraphs: [
      p(1, 'وعشية الزيارة إلى موسكو كتب لاريجاني على منصة إكس أن الإيرانيين لن ينسوا أبداً أنه خلال الحرب التي استمرت 12 يوماً وقفت باكستان إلى جانبهم.'),
      p(2, 'أعرب لاريجاني عن تقديره لمواقف باكستان خلال الحرب التي استمرت 12 يومًا ضد إيران.'),
    ],
    lexicon,
  });
  const r = await visit.search('كم يوماً استغرقت زيارة لاريجاني إلى موسكو؟');
  assert.equal(r.kind, 'none', `answered by ${r.hits[0]?.paragraph.text}`);
  assert.ok(!r.missing.includes('يوماً'), `${r.missing}`);
  const war = await visit.search('كم يوماً استمرت الحرب على إيران؟');
  assert.equal(war.kind, 'answer', `${war.reason}`);
});
