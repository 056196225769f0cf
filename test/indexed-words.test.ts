import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexedWords, indexTermsOf, words } from '../src/text/tokenize.js';

test('indexedWords gives each word the index terms indexTermsOf gives it, none for an idiom\'s noun', () => {
  // "في ضوء" is an idiom (its noun is no content word); the rest mixes scripts, digits and stopwords.
  for (const text of ['وقال لاريجاني في ضوء الزيارة إن حجم التجارة بلغ 10 مليارات', 'Pakistan\'s army chief met Larijani in Islamabad', '']) {
    const { words: ws, terms } = indexedWords(text);
    assert.deepEqual(ws.map((w) => w.norm), words(text).map((w) => w.norm));
    assert.equal(terms.length, ws.length);
    ws.forEach((w, i) => assert.deepEqual(terms[i], indexTermsOf([w]), w.raw));
  }
  assert.ok(indexedWords('وقال لاريجاني في ضوء الزيارة').words.some((w) => w.idiom), 'the sample holds an idiom');
});

test('indexedWords is keyed by the text: another text is never served an earlier one\'s words', () => {
  const a = indexedWords('اجتمع لاريجاني مع شريف');
  const b = indexedWords('اجتمع لاريجاني مع منير');
  assert.notDeepEqual(a.terms.at(-1), b.terms.at(-1));
  assert.equal(indexedWords('اجتمع لاريجاني مع شريف'), a, 'the same text is remembered');
});
