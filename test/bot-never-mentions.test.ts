/** The "never mentions" line of the bot reads as a sentence in both languages (src/answer/telegram.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { neverMentionsHtml } from '../src/answer/telegram.js';

const say = (words: string) => `The coverage never mentions ${words}.`;

test('English: one word alone, two joined by "or", three as "A, B or C" — each bold and escaped', () => {
  assert.equal(neverMentionsHtml(['Bitcoin'], say, 'en'), 'The coverage never mentions <b>Bitcoin</b>.');
  assert.equal(neverMentionsHtml(['Nur', 'airbase'], say, 'en'), 'The coverage never mentions <b>Nur</b> or <b>airbase</b>.');
  assert.equal(neverMentionsHtml(['weather', 'Paris', '<tomorrow>'], say, 'en'), 'The coverage never mentions <b>weather</b>, <b>Paris</b> or <b>&lt;tomorrow&gt;</b>.');
});

test('Arabic: the negation repeats between words (A ولا B)', () => {
  assert.equal(neverMentionsHtml(['عاصمة', 'فرنسا'], (w) => `لا تذكر التغطية ${w} إطلاقاً.`, 'ar'), 'لا تذكر التغطية «<b>عاصمة</b>» ولا «<b>فرنسا</b>» إطلاقاً.');
});
