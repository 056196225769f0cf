/** Round 6: "still" and "already" are function words, as مازال / لازال are in Arabic: a question is not declined for them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { loadGlossary } from '../src/text/glossary.js';
import { isStopword } from '../src/text/stopwords.js';
import type { Paragraph } from '../src/types.js';

test('"still" and "already" are stopwords; "Does Tehran still work in isolation …" is answered, not declined for "still"', async () => {
  const texts = [
    'وأوضح التقرير أن النظام الإيراني لم يعد يعمل في عزلة عن القوى الدولية',
    'ارتفعت أسعار الذهب في الأسواق العالمية',
    'هطلت أمطار غزيرة على المدن الساحلية',
  ];
  const paragraphs = texts.map((text, i): Paragraph => ({ id: `a#${i + 1}`, articleId: 'a', title: 't', n: i + 1, lang: 'ar', text, hash: String(i + 1) }));
  const engine = new SearchEngine({ paragraphs, lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, await loadGlossary()) });
  const r = await engine.search('Does the Iranian regime still work in isolation from the international powers?', { k: 2 });
  assert.equal(r.kind, 'answer');
  assert.deepEqual(r.missing, []);
  assert.equal(r.hits[0]?.paragraph.n, 1);
  assert.ok(isStopword('still') && isStopword('already'));
  assert.ok(!engine.concepts('Is it still there?').some((c) => c.label === 'still'));
});
