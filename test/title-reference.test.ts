/** A person named further down an article only by the title they were introduced with (title-reference.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { alwaysTitled, holdsTitle, TITLE_STEMS, titleForms, titlePhrases } from '../src/search/title-reference.js';
import { terms } from '../src/text/tokenize.js';
import type { Paragraph } from '../src/types.js';

const titleOf = new Map<string, number>();
const ar = (text: string) => ({ tokens: terms(text), modifierFirst: false });
const en = (text: string) => ({ tokens: terms(text), modifierFirst: true });
TITLE_STEMS.forEach((stem, k) => { for (const f of titleForms(stem)) if (!titleOf.has(f)) titleOf.set(f, k); });

test('the title a name is introduced with, and a later paragraph that holds it without the name', () => {
  const putin = new Set(terms('بوتين'));
  const keys = titlePhrases([ar('التقى لاريجاني بالرئيس الروسي فلاديمير بوتين في موسكو')], putin, titleOf);
  assert.equal(keys.size, 1);
  // للرئيس / بالرئيس alike: the title word with a clitic, then the same next word.
  assert.ok(holdsTitle(ar('توجه لاريجاني برسالة للرئيس الروسي تحتوي على نقطتين'), keys, titleOf));
  // Another president is another person: the title word alone is not enough.
  assert.ok(!holdsTitle(ar('التقى الرئيس الأمريكي بالوفد'), keys, titleOf));
});

test('English puts the qualifying word before the title: "Russian President Vladimir Putin", later "the Russian president"', () => {
  const keys = titlePhrases([en('Russian President Vladimir Putin received the envoy.')], new Set(terms('Putin')), titleOf);
  assert.ok(holdsTitle(en('A letter was carried to the Russian president.'), keys, titleOf));
  assert.ok(!holdsTitle(en('The American president was not told.'), keys, titleOf));
});

test('only the nearest title before a name is its own; a name with no title near it gives none', () => {
  const bagheri = new Set(terms('باقري'));
  const keys = titlePhrases([ar('استقبل وزير الخارجية الجنرال باقري أمس')], bagheri, titleOf);
  // الجنرال stands right before the name, with nothing between: no two-word title to look for.
  assert.equal(keys.size, 0);
  assert.equal(titlePhrases([ar('قال باقري إن المناورات ستجري قريبا')], bagheri, titleOf).size, 0);
  const far = titlePhrases([ar('وزير الداخلية الباكستاني، سيد محسن نقوي')], new Set(terms('نقوي')), titleOf);
  assert.ok(holdsTitle(ar('أكد وزير الداخلية الباكستاني على عمق العلاقات'), far, titleOf));
});

const p = (article: string, n: number, text: string): Paragraph => ({ id: `${article}#${n}`, articleId: article, title: 't', n, lang: 'en', text, hash: `${article}${n}` });
const lexicon = lexiconFrom({ enToAr: new Map([['letter', ['رسالة']], ['envoy', ['مبعوث']], ['carry', ['حمل']], ['president', ['رئيس']]]), arToEn: new Map([['رسالة', ['letter']], ['مبعوث', ['envoy']]]), source: 'test' });

test('a paragraph that speaks of the person by their title ranks first for a question naming them', async () => {
  const engine = new SearchEngine({
    lexicon,
    paragraphs: [
      p('a', 1, 'Russian President Vladimir Putin received the envoy at the Kremlin on Tuesday.'),
      p('a', 2, 'Observers said the visit showed how close the two governments have become.'),
      p('a', 3, 'A letter from the Supreme Leader was carried to the Russian president, covering military cooperation.'),
      p('b', 1, 'Putin welcomed the envoy in the Kremlin.'),
      p('c', 1, 'Oil prices rose on Monday after the storm.'),
      p('c', 2, 'The central bank kept interest rates unchanged.'),
    ],
  });
  const r = await engine.search('Whose letter did the envoy carry to Putin?');
  assert.equal(r.hits[0]?.paragraph.id, 'a#3', r.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(' | '));
});

test('a word its article writes only after a title is a name; one it also writes elsewhere, or after someone else\'s name, is not', () => {
  const putin = new Set(terms('بوتين'));
  const none = new Set<string>();
  const article = [ar('التقى علي لاريجاني بالرئيس الروسي فلاديمير بوتين في موسكو'), ar('توجه لاريجاني برسالة للرئيس الروسي')];
  assert.ok(alwaysTitled(article, putin, titleOf, none));
  // Once without a title: an ordinary word of the article (butene, a bit of text), not only a name.
  assert.ok(!alwaysTitled([...article, ar('ارتفعت أسعار بوتين في السوق')], putin, titleOf, none));
  assert.ok(!alwaysTitled([ar('توجه لاريجاني برسالة')], putin, titleOf, none));
  // The title belongs to the nearest name after it: "الجنرال باقري على أهمية التنسيق" is Bagheri's, not the word's.
  const coordination = new Set(terms('التنسيق'));
  const line = [ar('أكد الجنرال باقري على أهمية التنسيق الوثيق')];
  assert.ok(alwaysTitled(line, coordination, titleOf, none));
  assert.ok(!alwaysTitled(line, coordination, titleOf, new Set(terms('باقري'))));
});

test('a person the dictionary also lists as a word (بوتين: "butene") is still named by their title in the rerank', async () => {
  const ap = (n: number, text: string): Paragraph => ({ ...p('r', n, text), lang: 'ar' });
  const engine = new SearchEngine({
    lexicon: lexiconFrom({ enToAr: new Map([['butene', ['بوتين']], ['message', ['رسالة']], ['carry', ['حمل']]]), arToEn: new Map([['بوتين', ['butene']], ['رسالة', ['message']], ['حمل', ['carry']]]), source: 'test' }),
    paragraphs: [
      ap(1, 'التقى علي لاريجاني بالرئيس الروسي فلاديمير بوتين في موسكو وسط تصاعد التوترات'),
      ap(2, 'توجه لاريجاني برسالة من المرشد الأعلى علي خامنئي للرئيس الروسي تحتوي على نقطتين'),
      ap(3, 'وكشف تقرير أن الرسالة التي حملها لاريجاني تضمنت مقترحات لتوسيع التعاون'),
      { ...p('s', 1, 'ارتفعت أسعار النفط يوم الاثنين بعد العاصفة'), lang: 'ar' },
      { ...p('s', 2, 'أبقى البنك المركزي أسعار الفائدة دون تغيير'), lang: 'ar' },
    ],
  });
  const r = await engine.search('ماذا حمل لاريجاني من خامنئي إلى بوتين؟');
  assert.equal(r.hits[0]?.paragraph.id, 'r#2', r.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(' | '));
});
