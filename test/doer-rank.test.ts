/** "Who did it?" ranks a paragraph telling of the deed above one that only sets its scene (doer.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { doerDeed } from '../src/search/doer.js';
import type { Paragraph } from '../src/types.js';

const p = (n: number, text: string): Paragraph => ({ id: `a#${n}`, articleId: 'a', title: 't', n, lang: 'ar', text, hash: String(n) });

test('the deed a who-question asks the doer of', async () => {
  const engine = new SearchEngine({ paragraphs: [p(1, 'نص')], lexicon: null });
  const deed = (q: string) => doerDeed(q, engine.concepts(q))?.label ?? null;
  assert.equal(deed('من وقع الاتفاقيات الدفاعية عام 2018؟'), 'وقع');
  assert.equal(deed('من الذي استقبل الوزير الباكستاني؟'), 'استقبل');
  assert.equal(deed('مين وقع الاتفاقيات؟'), 'وقع');
  // "with whom / to whom did X meet" asks for the other party of the deed.
  assert.equal(deed('مع من اجتمع الجنرال باقري؟'), 'اجتمع');
  assert.equal(deed('Who signed the agreements?'), 'signed');
  // "من هو / من يكون …" ask who holds a post or who someone is; "من بين …" is no question of a doer.
  for (const q of ['من هو المسؤول الباكستاني الذي التقاه لاريجاني؟', 'من يكون وزير الدفاع؟', 'من بين الدول من وقع؟', 'ما الاتفاقيات الموقعة؟', 'Who is the minister?']) assert.equal(deed(q), null, q);
});

test('a who-question ranks the paragraph telling of the deed first; another question keeps BM25\'s order', async () => {
  const paragraphs = [
    p(1, 'وفي عام 2018 أسفرت مناقشات الاتفاقيات الدفاعية عن التزامات بين البلدين'),
    p(2, 'وقع الاتفاقيات الدفاعية الوزير ونظيره الباكستاني في إسلام آباد'),
    p(3, 'ارتفعت أسعار النفط في الأسواق العالمية'),
    p(4, 'افتتح معرض للكتاب في المدينة'),
  ];
  const engine = new SearchEngine({ paragraphs, lexicon: null });
  const who = await engine.search('من وقع الاتفاقيات الدفاعية عام 2018؟');
  assert.deepEqual(who.hits.slice(0, 2).map((h) => h.paragraph.id), ['a#2', 'a#1'], who.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', '));
  const what = await engine.search('ما الاتفاقيات الدفاعية عام 2018؟');
  assert.equal(what.hits[0]!.paragraph.id, 'a#1', what.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', '));
  assert.ok(who.hits.every((h, i) => h.score <= 1 && (i === 0 || h.score <= who.hits[i - 1]!.score)));
});
