import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesNewPerson } from '../src/search/doer.js';
import { indexTermsOf, words } from '../src/text/tokenize.js';
import type { WordKnowledge } from '../src/search/name-words.js';

/** A dictionary of the ordinary words below: حاتمي, باقري, منير, عاصم are none of them. */
const known = new Set(['وشملت', 'شمل', 'الاتفاقيات', 'اتفاقيه', 'اتفاقيات', 'الموقعه', 'موقعه', 'بين', 'وزير', 'الدفاع', 'دفاع', 'الايراني', 'ايراني', 'العميد', 'عميد', 'امير', 'وخلال', 'خلال', 'الاجتماع', 'اجتماع', 'اكد', 'الجنرال', 'جنرال', 'علي', 'اهميه', 'التنسيق', 'تنسيق', 'مع', 'رييس', 'اركان', 'الجيش', 'جيش', 'الباكستاني', 'باكستاني']);
const knows: WordKnowledge = { arabic: (w) => known.has(w), english: () => false };
const asked = (q: string) => new Set(indexTermsOf(words(q)));

test('a title with a name the question does not give names someone new', () => {
  const q = asked('من وقع الاتفاقيات عام 2018؟');
  assert.equal(namesNewPerson('وشملت الاتفاقيات الموقعة بين وزير الدفاع الإيراني العميد أمير حاتمي', knows, q), true);
  assert.equal(namesNewPerson('خلال اجتماع مع رئيس أركان الجيش الباكستاني الجنرال عاصم منير', knows, asked('مع من اجتمع الجنرال باقري؟')), true);
});

test('only the question\'s own person, or a title with no name, names no one new', () => {
  const q = asked('مع من اجتمع الجنرال باقري؟');
  assert.equal(namesNewPerson('وخلال الاجتماع، أكد الجنرال باقري على أهمية التنسيق', knows, q), false);
  assert.equal(namesNewPerson('أكد وزير الدفاع الإيراني على أهمية التنسيق', knows, q), false);
});

test('the per-paragraph memo belongs to one dictionary: the same text meets another engine\'s knowledge afresh', () => {
  const text = 'وشملت الاتفاقيات الموقعة بين وزير الدفاع الإيراني العميد أمير حاتمي';
  const q = asked('من وقع الاتفاقيات عام 2018؟');
  // A dictionary that lists حاتمي as a word: no name after the title any more.
  const wider: WordKnowledge = { arabic: (w) => known.has(w) || w === 'حاتمي', english: () => false };
  assert.equal(namesNewPerson(text, knows, q), true);
  assert.equal(namesNewPerson(text, wider, q), false);
  assert.equal(namesNewPerson(text, knows, q), true);
});
