/** A coarse form that meets, besides its own word, only a name (المناورات ~ منر ~ منير of عاصم منير) is dropped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { parseGlossary } from '../src/text/glossary.js';
import type { Paragraph } from '../src/types.js';

const p = (n: number, text: string): Paragraph => ({ id: `a#${n}`, articleId: 'a', title: 't', n, lang: 'ar', text, hash: String(n) });
const lexicon = lexiconFrom({ enToAr: new Map([['bright', ['منير']]]), arToEn: new Map([['منير', ['bright']], ['مناورة', ['drill']], ['ضوء', ['light']], ['سطع', ['shine']]]), source: 'test' }, parseGlossary('drill\tمناورة|مناورات'));
// enough other paragraphs that مناورات is no common word (its coarse forms are then tried at all)
const filler = Array.from({ length: 40 }, (_, i) => `ارتفعت أسعار الذهب في لندن ${i}`);
const alts = (texts: string[]) => {
  const engine = new SearchEngine({ paragraphs: [...texts, ...filler].map((t, i) => p(i + 1, t)), lexicon });
  return engine.concepts('ما نوع المناورات؟').find((c) => c.label === 'المناورات')!.alternatives.map((a) => a.terms.join(' '));
};

test('the coarse form of a question word does not reach a dictionary word standing as a name (منير in عاصم منير)', () => {
  const withName = alts(['اقترح الجنرال إجراء مناورات بحرية', 'التقى الوزير الجنرال عاصم منير']);
  assert.ok(withName.includes('مناور'), withName.join(', '));
  assert.ok(!withName.some((t) => t.startsWith('~')), withName.join(', '));
});

test('the same coarse form stays when the coverage has the word as a word (ضوء منير)', () => {
  const withWord = alts(['اقترح الجنرال إجراء مناورات بحرية', 'سطع ضوء منير في السماء']);
  assert.ok(withWord.some((t) => t.startsWith('~')), withWord.join(', '));
});
