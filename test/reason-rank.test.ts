/** "Why …?" ranks a paragraph that gives a cause or a purpose above one that only names what is asked about. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { asksWhy, givesReason } from '../src/search/reason.js';
import type { Paragraph } from '../src/types.js';

const p = (n: number, text: string): Paragraph => ({ id: `a#${n}`, articleId: 'a', title: 't', n, lang: 'ar', text, hash: String(n) });

test('why-questions and the words that give a cause or a purpose', () => {
  for (const q of ['لماذا تعثرت التبادلات الدفاعية؟', 'ولماذا؟', 'ما سبب الزيارة؟', 'ما أسباب التوتر؟', 'Why have the exchanges been limited?', 'What was the reason for the delay?']) assert.equal(asksWhy(q), true, q);
  // A verb of causing or hindering asks for a cause too; "what happened" (حدث, not حد) does not.
  for (const q of ['ما الذي أعاق التبادلات الدفاعية؟', 'ما الذي حد من التبادلات؟', 'What limited the exchanges?', 'What has prevented a deal?']) assert.equal(asksWhy(q), true, q);
  for (const q of ['ما الذي حدث في الاجتماع؟', 'ما حدود البلدين؟', 'What did the minister limit?']) assert.equal(asksWhy(q), false, q);
  for (const q of ['ماذا قال لاريجاني؟', 'كيف وصف نقوي إيران؟', 'What did Dar say?', 'Who signed the agreements?']) assert.equal(asksWhy(q), false, q);
  for (const t of ['واجهت التبادلات قيودًا بسبب الضغوط الدولية', 'لأنه مهم', 'من أجل تعزيز الأمن', 'delayed because of the storm', 'due to pressure']) assert.equal(givesReason(t), true, t);
  // إجراء (a measure) is no جراء (because of), nor الآن (now) لأن (because).
  for (const t of ['اقترح إجراء مناورات بحرية', 'الآن تبدأ المحادثات', 'The talks begin today']) assert.equal(givesReason(t), false, t);
});

test('a why-question ranks the paragraph giving the cause first; another question keeps BM25\'s order', async () => {
  const paragraphs = [
    p(1, 'وشملت التبادلات الدفاعية بين البلدين التدريب العسكري'),
    p(2, 'وواجهت التبادلات الدفاعية بين البلدين قيودًا كثيرة في تلك السنوات بسبب الضغوط الدولية'),
    p(3, 'ارتفعت أسعار النفط في الأسواق العالمية'),
    p(4, 'افتتح معرض للكتاب في المدينة'),
  ];
  const engine = new SearchEngine({ paragraphs, lexicon: null });
  const why = await engine.search('لماذا تعثرت التبادلات الدفاعية بين البلدين؟');
  assert.deepEqual(why.hits.slice(0, 2).map((h) => h.paragraph.id), ['a#2', 'a#1'], why.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', '));
  const what = await engine.search('ما هي التبادلات الدفاعية بين البلدين؟');
  assert.deepEqual(what.hits.slice(0, 2).map((h) => h.paragraph.id), ['a#1', 'a#2'], what.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', '));
  // Scores shown stay within 0–1 and never rise down the list.
  assert.ok(why.hits.every((h, i) => h.score <= 1 && (i === 0 || h.score <= why.hits[i - 1]!.score)));
});
