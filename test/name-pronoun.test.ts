/** Names take no object pronoun: a word carrying one whose rest is a (loosely looked-up) verb is no name (name-words.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { lexiconKnowledge, nameKinds } from '../src/search/name-words.js';
import { words } from '../src/text/tokenize.js';
import type { Paragraph } from '../src/types.js';

const lexicon = lexiconFrom({ enToAr: new Map([['face', ['يواجه']], ['issue', ['قضية']]]), arToEn: new Map([['يواجه', ['face']], ['قضية', ['issue']]]), source: 'test' });
const k = lexiconKnowledge(lexicon);
const kindOf = (text: string, i: number) => nameKinds(words(text), k)[i];

test('an imperfect verb with an object pronoun (نواجهها: we face it) is no name; a name that looks like a verb (نقوي) still is', () => {
  assert.equal(kindOf('القضايا التي نواجهها', 2), null);
  assert.equal(kindOf('الوزير محسن نقوي', 2), 'name');
  // a one-letter ه or a نا may end a name (مينا): the rule leaves them
  assert.equal(kindOf('قال مينا', 1), 'name');
});

test('"Naqvi" reaches نقوي, not the verb نواجهها whose letters sound alike', () => {
  const p = (n: number, text: string): Paragraph => ({ id: `a#${n}`, articleId: 'a', title: 't', n, lang: 'ar', text, hash: String(n) });
  const engine = new SearchEngine({ paragraphs: [p(1, 'وقال الوزير إن القضايا التي نواجهها كثيرة'), p(2, 'التقى لاريجاني بوزير الداخلية محسن نقوي')], lexicon });
  const naqvi = engine.concepts('What did Naqvi say?').find((c) => c.label === 'naqvi')!;
  const alts = naqvi.alternatives.map((a) => a.terms.join('+'));
  assert.ok(alts.includes('نقو'), alts.join(' '));
  assert.ok(!alts.some((a) => a.startsWith('نواجه')), alts.join(' '));
});
