/** A person named further down an article only by the title they were introduced with (title-reference.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { holdsTitle, TITLE_STEMS, titleForms, titlePhrases } from '../src/search/title-reference.js';
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
