/** The caches the requirement checks read through (normalizeCached, questionWords) give what they cache, entry after entry. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeCached, normalizeText } from '../src/text/normalize.js';
import { words } from '../src/text/tokenize.js';
import { questionForm } from '../src/search/query.js';
import { questionWords, wordsOfQuestion } from '../src/search/question-words.js';
import { isTimeWord, mentionsTime } from '../src/search/answer-type.js';

test('normalizeCached gives normalizeText of each text, also past the point where its memory is emptied', () => {
  const texts = Array.from({ length: 9000 }, (_, i) => `قال «الرئيس» إنّ ${i} أمريكا Iran ${i % 97}`);
  for (const round of [0, 1]) {
    for (const t of texts) assert.equal(normalizeCached(t), normalizeText(t), `round ${round}: ${t}`);
  }
  // Another text with the same words in another order is its own entry.
  assert.equal(normalizeCached('Iran أمريكا'), 'iran امريكا');
  assert.equal(normalizeCached('أمريكا Iran'), 'امريكا iran');
});

test("questionWords and wordsOfQuestion are words of the question (in questionForm or as written), per question", () => {
  for (const q of ['؟ متى زار لاريجاني باكستان؟', 'Which army is bigger, Iran’s or Pakistan’s?', 'هل تم توقيع اتفاقيات؟']) {
    assert.deepEqual(questionWords(q), words(questionForm(q)));
    assert.deepEqual(wordsOfQuestion(q), words(q));
  }
  assert.notDeepEqual(questionWords('متى زار لاريجاني باكستان؟'), questionWords('متى زار لاريجاني الصين؟'));
});

test('a time word as written is one as mentionsTime reads a text', () => {
  for (const w of ['الإثنين', 'Monday', '2018', 'أمس', 'باكستان', 'visit']) assert.equal(isTimeWord(w), mentionsTime(w), w);
  assert.ok(isTimeWord('الإثنين'));
  assert.ok(!isTimeWord('باكستان'));
});
