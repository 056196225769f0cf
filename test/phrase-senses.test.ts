/** English phrasal senses news prose writes with an Arabic idiom (glossary/news.tsv): "lead to" → تفتح الباب أمام. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { loadGlossary } from '../src/text/glossary.js';
import type { Paragraph } from '../src/types.js';

const p = (n: number, text: string): Paragraph => ({ id: `a#${n}`, articleId: 'a', title: 't', n, lang: 'ar', text, hash: String(n) });
const paragraphs = [
  p(1, 'يرى مراقبون أن الزيارة تجسد تحالف الضرورة بين البلدين في ظل العقوبات'),
  p(2, 'وأشارت المصادر إلى أن الزيارة تفتح الباب أمام تحالف استراتيجي بين البلدين'),
  p(3, 'ارتفعت أسعار الذهب في الأسواق بعد الزيارة'),
];

test('"lead to" / "pave the way" reach the idiom تفتح الباب أمام, so the paragraph saying what the visit opens the door to comes first', async () => {
  const engine = new SearchEngine({ paragraphs, lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, await loadGlossary()) });
  for (const q of ['What kind of alliance could the visit lead to?', 'What alliance could the visit pave the way for?']) {
    const r = await engine.search(q, { k: 3 });
    assert.equal(r.hits[0]?.paragraph.n, 2, `${q}: ${r.hits.map((h) => h.paragraph.n).join(',')}`);
  }
});

test('"lead" alone keeps its sense of leading, not of opening a door', async () => {
  const engine = new SearchEngine({ paragraphs, lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, await loadGlossary()) });
  const lead = engine.concepts('Who will lead the alliance?').find((c) => c.label === 'lead')!;
  assert.ok(!lead.alternatives.some((a) => a.terms.length > 1), lead.alternatives.map((a) => a.terms.join('+')).join(' '));
});

test('"ahead of", "right before", "prior to" reach قبيل / عشية; "timed" reaches توقيت (a visit timed before a meeting)', async () => {
  const engine = new SearchEngine({
    paragraphs: [
      p(1, 'التقى الوزير بالرئيس الروسي في موسكو خلال الزيارة وبحث معه العلاقات'),
      p(2, 'وأوضح تقرير أن الزيارة تزامنت مع توقيت حساس قبيل اجتماع مرتقب بين الرئيسين'),
      p(3, 'وعشية الزيارة كتب لاريجاني على منصة إكس رسالة شكر'),
      p(4, 'ووصف السفير زيارة لاريجاني بأنها غير مسبوقة قائلا في منشور على إكس إنها تاريخية'),
    ],
    lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, await loadGlossary()),
  });
  const first = async (q: string) => (await engine.search(q, { k: 3 })).hits[0]?.paragraph.n;
  assert.equal(await first('Ahead of which meeting did the visit take place?'), 2);
  assert.equal(await first('What meeting was the Moscow visit timed before?'), 2);
  const alts = (q: string, label: string) => engine.concepts(q).find((c) => c.label === label)?.alternatives.map((a) => a.terms.join('+')) ?? [];
  assert.ok(alts('What did Larijani post right before the visit?', 'right').includes('عشي'));
  assert.ok(alts('What happened prior to the visit?', 'prior').includes('قبيل'));
});

test('"problems" reach القضايا (issues, matters) and "solved" الحلول (solutions): the words news prose uses for them', async () => {
  const engine = new SearchEngine({
    paragraphs: [
      p(1, 'وشدد الجانبان على الحلول السياسية والدبلوماسية لمعالجة القضايا الإقليمية'),
      p(2, 'وقال الوزير إن الزيارة تاريخية وإن العلاقات الإقليمية ستتعزز'),
    ],
    lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, await loadGlossary()),
  });
  const r = await engine.search('How should regional problems be solved?', { k: 2 });
  assert.equal(r.kind, 'answer');
  assert.equal(r.hits[0]?.paragraph.n, 1);
  const alts = (label: string) => engine.concepts('How should regional problems be solved?').find((c) => c.label === label)?.alternatives.map((a) => a.terms.join('+')) ?? [];
  assert.ok(alts('problems').includes('قضا'), alts('problems').join(' '));
  assert.ok(alts('solved').includes('حلول'), alts('solved').join(' '));
});

test('"hold on to", "retain" reach الحفاظ على (what a country seeks to keep), not only عقد (to hold a meeting)', async () => {
  const engine = new SearchEngine({
    paragraphs: [
      p(1, 'بينما تسعى روسيا للحفاظ على ما تبقى لها من أذرع في الشرق الأوسط'),
      p(2, 'وعقدت روسيا اجتماعا في الشرق الأوسط مع وفود المنطقة'),
      p(3, 'ارتفعت أسعار الذهب في الأسواق العالمية'),
      p(4, 'وافتتح المعرض الدولي للكتاب أبوابه للزوار'),
      p(5, 'هطلت أمطار غزيرة على المدن الساحلية'),
    ],
    lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, await loadGlossary()),
  });
  for (const q of ['What is Russia trying to hold on to in the Middle East?', 'What does Russia want to retain in the Middle East?']) {
    const r = await engine.search(q, { k: 2 });
    assert.equal(r.hits[0]?.paragraph.n, 1, `${q}: ${r.hits.map((h) => h.paragraph.n).join(',')}`);
  }
});
