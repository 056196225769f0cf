/** Arabic words no dictionary lists and no other script spells: verbs and verbal nouns more often than names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import type { Paragraph } from '../src/types.js';

const p = (n: number, text: string): Paragraph => ({ id: `a#${n}`, articleId: 'a', title: 't', n, lang: 'ar', text, hash: String(n) });
const lexicon = lexiconFrom({
  enToAr: new Map([['describe', ['وصف']], ['minister', ['وزير']]]),
  arToEn: new Map([['وصف', ['describe']], ['وزير', ['minister']]]),
  source: 'test',
});
const engine = new SearchEngine({
  paragraphs: [p(1, 'في زيارة وصفت بالتاريخية للغرب'), p(2, 'وصف الوزير الاتفاق بأنه مهم'), p(3, 'ارتفعت أسعار الذهب في لندن'), p(4, 'سافر الرئيس إلى فيينا أمس')],
  lexicon,
});

test('a verbal noun no dictionary lists (توصيف) gets coarse forms, and through them the misfiled forms of its verb (وصفت)', () => {
  const c = engine.concepts('كيف جرى توصيف الزيارة؟').find((x) => x.label === 'توصيف')!;
  const alts = c.alternatives.map((a) => a.terms.join(' '));
  // ~وصف: the coarse form of وصف, which the coverage has (وصف الوزير …).
  assert.ok(alts.includes('~وصف'), alts.join(', '));
  // وصفت is filed under صفت (the stemmer took its و for "and"); the coarse form reaches it as the word does.
  assert.ok(alts.includes('صفت'), alts.join(', '));
  assert.ok(c.alternatives.filter((a) => a.source === 'query' && a.terms[0] !== 'توصيف').every((a) => a.weight < 1));
});
