/**
 * Round 6 (English over the Arabic coverage): a capital as a question's subject stands for its government
 * (capital-government.ts), and news senses the glossary lacked — balance → موازين, view → ينظر إلى,
 * redraw → إعادة رسم, divided → خلافات / انقسام, closer → التقارب.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { loadGlossary } from '../src/text/glossary.js';
import type { Paragraph } from '../src/types.js';

async function engineOf(texts: string[]): Promise<SearchEngine> {
  const paragraphs = texts.map((text, i): Paragraph => ({ id: `a#${i + 1}`, articleId: 'a', title: 't', n: i + 1, lang: 'ar', text, hash: String(i + 1) }));
  return new SearchEngine({ paragraphs, lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, await loadGlossary()) });
}
const first = async (engine: SearchEngine, q: string) => (await engine.search(q, { k: 3 })).hits[0]?.paragraph.n;
const alts = (engine: SearchEngine, q: string, label: string) => engine.concepts(q).find((c) => c.label === label)?.alternatives.map((a) => a.terms.join('+')) ?? [];
const unrelated = ['ارتفعت أسعار الذهب في الأسواق العالمية', 'هطلت أمطار غزيرة على المدن الساحلية', 'وافتتح المعرض الدولي للكتاب أبوابه للزوار'];

const tehranFears = [
  'وحسبما نقلت صحيفة طهران تايمز فإن الرسالة تناولت التعاون مع روسيا في مواجهة الضغوط الغربية ونقل الرسائل إلى الغرب في محور طهران موسكو',
  'وسلط التقرير الضوء على مخاوف النظام الإيراني من أن تستغل روسيا الموقف الإيراني كورقة مساومة في مفاوضاتها مع الغرب',
  ...unrelated,
];

test('a capital as the subject ("What does Tehran fear …") reaches "the Iranian regime / government": the paragraph on the regime\'s fears comes first', async () => {
  const engine = await engineOf(tehranFears);
  assert.equal(await first(engine, 'What does Tehran fear Russia might do in its talks with the West?'), 2);
  assert.equal(await first(engine, 'What is Tehran afraid Russia could do in its negotiations with the West?'), 2);
  assert.ok(alts(engine, 'What does Tehran fear?', 'tehran').some((a) => a.startsWith('نظام+')), alts(engine, 'What does Tehran fear?', 'tehran').join(' '));
});

test('a capital that is no subject ("in Tehran") stays the city, and a country is no capital', async () => {
  const engine = await engineOf(tehranFears);
  assert.ok(!alts(engine, 'What did the minister say in Tehran?', 'tehran').some((a) => a.includes('+')));
  assert.ok(!alts(engine, 'What does Iran fear?', 'iran').some((a) => a.startsWith('نظام+')));
});

test('news senses: balance → موازين, view → ينظر إلى, redraw → إعادة رسم', async () => {
  const engine = await engineOf([
    'ذكرت مصادر سياسية أن الزيارة تشكل نقطة انعطاف في موازين القوى الإقليمية',
    'وأكدت مصادر سياسية أن الزيارة تمثل نقطة تحول مهمة في العلاقات الثنائية',
    'وبحسب المصادر تنظر طهران إلى هذه الزيارة بوصفها خطوة نحو إعادة رسم موازين القوى في آسيا الجنوبية',
    ...unrelated,
  ]);
  assert.equal(await first(engine, 'According to political sources, in what balance is the visit a turning point?'), 1);
  assert.equal(await first(engine, 'How does Tehran view the visit?'), 3);
  assert.ok(alts(engine, 'What does Iran want to redraw?', 'redraw').includes('اعاد+رسم'));
});

test('news senses: divided → خلافات, closer → التقارب', async () => {
  const engine = await engineOf([
    'كشف تقرير عن وجود خلافات في أوساط النخبة الإيرانية حول التقارب مع روسيا',
    'وقال المتحدث إن روسيا شريك مهم للبلاد',
    ...unrelated,
  ]);
  const q = 'Is the Iranian elite divided over getting closer to Russia?';
  assert.equal((await engine.search(q, { k: 2 })).kind, 'answer');
  assert.equal(await first(engine, q), 1);
  assert.ok(alts(engine, q, 'divided').includes('خلاف'), alts(engine, q, 'divided').join(' '));
});
