/** "What post did X hold before …?" asks for an earlier post: the present one is no answer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { asksEarlierPost, speaksOfEarlier } from '../src/search/earlier-post.js';
import type { Paragraph } from '../src/types.js';

const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const lexicon = lexiconFrom({ enToAr: new Map(), arToEn: new Map([['منصب', ['post']], ['شغل', ['hold']], ['أمين', ['secretary']], ['مجلس', ['council']], ['أمن', ['security']], ['قومي', ['national']]]), source: 'test' });

test('which questions ask for an earlier post, and which paragraphs speak of an earlier time', () => {
  assert.ok(asksEarlierPost('ما المنصب الذي شغله لاريجاني قبل توليه أمانة المجلس الأعلى للأمن القومي؟'));
  assert.ok(asksEarlierPost('What position did Qalibaf hold before becoming speaker?'));
  assert.ok(!asksEarlierPost('What did Larijani post on X before arriving?'));
  assert.ok(!asksEarlierPost('ما منصب لاريجاني؟'));
  assert.ok(speaksOfEarlier('وكان لاريجاني رئيساً سابقاً للبرلمان'));
  assert.ok(speaksOfEarlier('Qalibaf, formerly mayor of Tehran'));
  assert.ok(!speaksOfEarlier('يمكن أن يُنظر إلى هذه الشراكة على أنها تهديد من قبل قوى دولية'));
  assert.ok(!speaksOfEarlier('أكد أمين المجلس الأعلى للأمن القومي الإيراني، علي لاريجاني'));
});

test('the present post does not answer what post came before; an earlier one stated does', async () => {
  const present = new SearchEngine({ paragraphs: [p(1, 'أكد أمين المجلس الأعلى للأمن القومي الإيراني، علي لاريجاني، أن العلاقات متينة.')], lexicon });
  const q = 'ما المنصب الذي شغله لاريجاني قبل أمانة المجلس الأعلى للأمن القومي؟';
  const r = await present.search(q);
  assert.equal(r.kind, 'none', `answered by ${r.hits[0]?.paragraph.text}`);
  const earlier = new SearchEngine({ paragraphs: [p(1, 'أكد أمين المجلس الأعلى للأمن القومي الإيراني، علي لاريجاني، الذي شغل سابقاً منصب رئيس البرلمان، أن العلاقات متينة.')], lexicon });
  const a = await earlier.search(q);
  assert.equal(a.kind, 'answer', `${a.reason}`);
});
