/** "ما اسم X …؟", "What is the name of X?" is answered only by a paragraph naming X as such. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import type { Paragraph } from '../src/types.js';

const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const lexicon = lexiconFrom({
  enToAr: new Map([['minister', ['وزير']], ['foreign', ['خارجية']], ['defense', ['دفاع']], ['group', ['جماعة']], ['armed', ['مسلحة']]]),
  arToEn: new Map([['وزير', ['minister']], ['خارجية', ['foreign']], ['دفاع', ['defense']], ['جماعة', ['group']], ['جماعات', ['groups']], ['مسلحة', ['armed']], ['إرهابية', ['terrorist']], ['روسي', ['Russian']], ['باكستاني', ['Pakistani']], ['حدود', ['border']]]),
  source: 'test',
});
const engine = new SearchEngine({
  paragraphs: [
    p(1, 'التقى لاريجاني في موسكو بالرئيس الروسي، وكان وزير الخارجية الباكستاني قد استقبله قبل ذلك.'),
    p(2, 'وشملت الاتفاقيات الموقعة بين وزير الدفاع الإيراني أمير حاتمي ووزير الدفاع الباكستاني رنا تنوير حسين تعزيز التدريب.'),
    p(3, 'أكد الجنرال باقري على مكافحة الجماعات الإرهابية التي تعمل على طول الحدود. وقالت القوات المسلحة إنها مستعدة.'),
  ],
  lexicon,
});

test('"ما اسم X" is declined when no paragraph names X as such, its words together', async () => {
  for (const q of ['ما اسم وزير الخارجية الروسي الذي التقاه لاريجاني في موسكو؟', 'ما اسم الجماعة المسلحة التي تنشط على الحدود؟']) {
    const r = await engine.search(q);
    assert.equal(r.kind, 'none', `${q}: answered by ${r.hits[0]?.paragraph.text}`);
  }
});

test('"ما اسم X" is answered where X stands named, "and" on its first word too (ووزير الدفاع الباكستاني)', async () => {
  const r = await engine.search('ما اسم وزير الدفاع الباكستاني؟');
  assert.equal(r.kind, 'answer', `${r.reason}`);
  assert.equal(r.hits[0]?.paragraph.n, 2);
});

test('the plural asks the same: "ما أسماء …", "What are the names of …" (names, topics: the kind of answer, never missing)', async () => {
  assert.equal((await engine.search('ما أسماء الجماعات المسلحة التي تنشط على الحدود؟')).kind, 'none');
  const r = await engine.search('What are the names of the defense ministers?');
  assert.equal(r.kind, 'answer', r.reason);
  assert.deepEqual(r.missing, [], 'names is how the question asks, not a word the coverage lacks');
  assert.match(r.hits[0]!.paragraph.text, /حاتمي/);
});
