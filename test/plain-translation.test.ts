/**
 * The terminal's translation line: marked and labelled with its language and method, the translated
 * title on its own line, so it cannot be read as part of the quote ("Title: text" could). The bot's
 * HTML rendering keeps its own form.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainAnswer, plainTranslation } from '../src/answer/plain.js';
import { translationHtml } from '../src/answer/translation-html.js';
import type { HitTranslation } from '../src/answer/translate-hits.js';
import type { SearchResult } from '../src/search/types.js';
import type { Paragraph } from '../src/types.js';

const para: Paragraph = {
  id: 'a.txt#3', articleId: 'a.txt', title: 'زيارة لاريجاني لموسكو', outlet: 'Al Mayadeen', date: '2025-10-21', n: 3, lang: 'ar',
  text: 'التقى علي لاريجاني بالرئيس الروسي فلاديمير بوتين في الكرملين.', hash: 'h'.repeat(64),
};
const result = (lang: 'en' | 'ar', p: Paragraph = para): SearchResult => ({
  question: 'q', lang, kind: 'answer', abstained: false, missing: [], coverage: 1, total: 1,
  hits: [{ rank: 1, paragraph: p, score: 0.8, highlight: 'بالرئيس الروسي', alsoIn: [] }],
  timings: { totalMs: 0, lexicalMs: 0, denseMs: 0, embedMs: 0 },
});
const en: HitTranslation = { lang: 'en', method: 'gloss', title: "Larijani's visit to Moscow", text: 'Ali Larijani met Russian President Vladimir Putin in the Kremlin.' };

test('terminal: the English rendering is a marked, labelled line under the quote, its title on a line of its own', () => {
  const lines = plainAnswer(result('en'), [en]).split('\n');
  const quote = lines.findIndex((l) => l.includes('**بالرئيس الروسي**'));
  assert.ok(quote > 0);
  assert.equal(lines[quote + 1], '   ↳ English (word-by-word gloss): Ali Larijani met Russian President Vladimir Putin in the Kremlin.');
  assert.equal(lines[quote + 2], "     Title in English: Larijani's visit to Moscow");
  // The old form put the title before the text like a speaker: "Larijani's visit to Moscow: Ali Larijani met …".
  assert.doesNotMatch(plainAnswer(result('en'), [en]), /Moscow: Ali/);
});

test('terminal: an Arabic rendering is labelled in Arabic, with a model translation said so', () => {
  const enPara: Paragraph = { ...para, lang: 'en', title: 'Larijani in Moscow', text: 'Larijani met Putin.' };
  const ar: HitTranslation = { lang: 'ar', method: 'model', title: 'لاريجاني في موسكو', text: 'التقى لاريجاني بوتين.' };
  assert.equal(plainTranslation(ar), '\n   ↳ بالعربية (ترجمة آلية): التقى لاريجاني بوتين.\n     العنوان بالعربية: لاريجاني في موسكو');
  assert.match(plainAnswer(result('ar', enPara), [ar]), /\n {3}↳ بالعربية \(ترجمة آلية\): /);
});

test('terminal: no translation, no line', () => {
  assert.doesNotMatch(plainAnswer(result('ar'), []), /↳/);
});

test('the bot keeps its HTML rendering of a translation', () => {
  assert.equal(
    translationHtml(en, 'paragraph'),
    "<blockquote>🌐 <i>word-by-word gloss · paragraph · Larijani's visit to Moscow</i>\nAli Larijani met Russian President Vladimir Putin in the Kremlin.</blockquote>",
  );
});
