/** The offline gloss: words, names, senses, English order, labels; and its score on the news dev set. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadGlossTranslator, type GlossTranslator } from '../src/translate/gloss.js';
import { segmentations } from '../src/translate/gloss-ar.js';
import { METHOD_LABEL } from '../src/translate/types.js';
import { romanizeArabic } from '../src/translate/romanize.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const HAS_DICT = existsSync('/usr/share/dictd/freedict-ara-eng.index');
let g: GlossTranslator;
let offline: GlossTranslator;

before(async () => {
  g = await loadGlossTranslator();
  offline = await loadGlossTranslator({ dict: null });
});

const en = (ar: string, hint?: string) => g.glossOne(ar, 'ar', 'en', hint);

test('clitics are read off a word: conjunction, preposition, article', () => {
  const segs = segmentations('وبالعلاقات');
  assert.ok(segs.some((s) => s.rest === 'علاقات' && s.definite && s.pre.join(' ') === 'and with'));
  assert.equal(segs[0]!.rest, 'وبالعلاقات', 'the whole word is tried first');
  assert.match(en('والعلاقات'), /^And the (relations|ties)$/i);
});

test('an Arabic news sentence reads as English: names, glossary words, article, no Arabic left', () => {
  const out = en('وصل لاريجاني إلى باكستان، وأكد أن العلاقات الثنائية قوية.');
  assert.doesNotMatch(out, /[\u0600-\u06FF]/, out);
  for (const w of ['Larijani', 'Pakistan', 'to', 'and', 'bilateral', 'relations']) assert.match(out, new RegExp(`\\b${w}\\b`), `${w} in: ${out}`);
  assert.match(out, /bilateral relations/, 'adjective before its noun');
  assert.match(en('الحكومة الباكستانية'), /^The Pakistani government$/, 'nisba adjective before its noun, one "the"');
  assert.match(out, /Pakistan,/, 'Arabic comma becomes an English one attached to the word');
});

test('given names are carried across scripts, not looked up as words', () => {
  const out = en('قدم سامي المال لليلى.');
  assert.match(out, /\bSami\b/);
  assert.match(out, /\bLayla\b/);
  assert.doesNotMatch(out, /exalted/);
  assert.match(out, /\bmoney\b/, 'with the article, مال is the noun "money", not the verb "tend"');
  assert.equal(romanizeArabic('لاريجاني'), 'Larijani');
});

test('a known name in another spelling keeps the glossaries\' spelling (consonant skeletons, src/text/transliterate.ts)', () => {
  assert.match(en('وصل إلى روالبندي'), /\bRawalpindi\b/, 'glossary writes راولبندي');
  assert.match(g.glossOne('He flew to Rawalpandi', 'en', 'ar'), /راولبندي/, 'a variant English spelling finds the Arabic one');
});

test('after a title, a word the glossaries do not hold as written is a name', () => {
  assert.match(en('الجنرال باقري'), /^The general Baqri$/);
  assert.match(en('باقري'), /^(?!Baqri)/, 'alone it is looked up as a word');
  assert.match(en('زار سامي القاهرة'), /\bSami\b/);
});

test('an Arabic past-tense verb reads as an English past', () => {
  assert.match(en('أكدت المصادر'), /^Confirmed the sources?$/);
  assert.match(en('زار الوزير باكستان'), /^Visited the minister Pakistan$/);
  assert.match(en('يزور الوزير'), /^Visit the minister$/, 'the present is left as it is');
});

test('one sense per word, and the sense the question asked about first', () => {
  const plain = en('أكد الوزير');
  assert.equal(plain.split(' ').length, 3, `one sense, not a list: ${plain}`);
  assert.match(en('أكد الوزير', 'What did the minister stress?'), /\bstress(ed)?\b/i);
  assert.match(en('شدد الوزير', 'What did the minister emphasize?'), /\bemphasized?\b/i);
});

test('على and علي: a preposition, except before a name', () => {
  assert.match(en('علي لاريجاني'), /^Ali Larijani$/);
  assert.match(en('على الحدود'), /^On the (border|frontier)/);
});

test('numbers and months are converted', () => {
  const out = en('في ٢٤ تشرين الثاني ٢٠٢٥ بلغت التجارة 10 مليارات دولار');
  assert.match(out, /\b24\b.*\bnovember\b.*\b2025\b/i, out);
  assert.match(out, /\b10\b.*\bbillion\b.*\bdollar/i, out);
});

test('English → Arabic: words and phrases from the glossary, article and conjunction attached, names spelled', () => {
  const out = g.glossOne('The foreign minister and Larijani visited Pakistan.', 'en', 'ar');
  assert.doesNotMatch(out, /[A-Za-z]/, out);
  assert.match(out, /باكستان/);
  assert.match(out, /وزير الخارجية|وزير خارجية/);
  assert.match(out, /ولاريجاني|و لاريجاني|ولاريجان/);
});

test('the method is said: gloss, labelled a word-by-word gloss in both languages', async () => {
  const [t] = await g.translate({ texts: ['زيارة'], from: 'ar', to: 'en' });
  assert.deepEqual(t, { text: 'Visit', method: 'gloss' });
  assert.equal(METHOD_LABEL.gloss.en, 'word-by-word gloss');
  assert.equal(METHOD_LABEL.model.en, 'machine translation');
  assert.match(METHOD_LABEL.gloss.ar, /حرفية/);
});

test('without FreeDict the gloss still works from the glossaries alone', () => {
  assert.match(offline.glossOne('زيارة لاريجاني إلى باكستان', 'ar', 'en'), /Visit of Larijani to Pakistan/);
});

test('news dev set: content-word recall ≥ 0.45, chrF ≥ 45, length ≤ 1.6 × the reference', { skip: HAS_DICT ? false : 'FreeDict not installed' }, async () => {
  const pairs = path.join(ROOT, 'test/fixtures/translate/news_dev.jsonl');
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'gloss-')), 'out.jsonl');
  const lines = (await readFile(pairs, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; ar: string });
  await writeFile(out, lines.map((p) => JSON.stringify({ id: p.id, translation: en(p.ar) })).join('\n'));
  const { stdout } = await promisify(execFile)('python3', [path.join(ROOT, '../shared/eval/score_translation.py'), pairs, out, '0.45', '45']).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  assert.match(stdout, /^ok \|/, stdout);
});

test('the question picks among senses, but a name stays itself (Islamabad is not Pakistan)', () => {
  const out = en('مشاورات في إسلام آباد', 'Which airport did Larijani land at in Pakistan?');
  assert.match(out, /Islamabad/, out);
  assert.doesNotMatch(out, /Pakistan/, out);
});
