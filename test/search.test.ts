/** The pure parts of retrieval: each test fails when its behaviour breaks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, normalizeForEval } from '../src/text/normalize.js';
import { detectLang } from '../src/text/lang.js';
import { stemArabic, arabicLookupForms, englishLookupForms } from '../src/text/stem.js';
import { terms } from '../src/text/tokenize.js';
import { latinSkeletons, arabicSkeleton, skeletonsMatch } from '../src/text/transliterate.js';
import { reciprocalRankFusion } from '../src/search/fuse.js';
import { shouldAbstain, coverage } from '../src/search/abstain.js';
import { Bm25Index } from '../src/search/bm25.js';
import { buildConcepts } from '../src/search/concepts.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { parseGlossary } from '../src/text/glossary.js';
import { NameIndex } from '../src/search/names.js';
import { groupNearDuplicates, shingles } from '../src/search/dedupe.js';
import { bestSentence } from '../src/search/highlight.js';
import { proximityScore } from '../src/search/proximity.js';
import { SearchEngine } from '../src/search/engine.js';
import { words } from '../src/text/tokenize.js';
import type { Paragraph } from '../src/types.js';

test('Arabic normalization folds diacritics, tatweel, letter variants and digits', () => {
  assert.equal(normalizeText('الإيرانيّة'), 'الايرانيه');
  assert.equal(normalizeText('مـــصر'), 'مصر');
  assert.equal(normalizeText('مستشفى'), 'مستشفي');
  assert.equal(normalizeText('٢٠٢٥'), '2025');
  assert.equal(normalizeForEval('«وكالة  أنباء»'), 'وكاله انباء');
});

test('language detection by script', () => {
  assert.equal(detectLang('من هو لاريجاني؟'), 'ar');
  assert.equal(detectLang('Who is Larijani?'), 'en');
  assert.equal(detectLang('Кто такой Лариджани?'), 'other');
  assert.equal(detectLang('🙂🙂'), 'other');
});

test('Light10 stemming strips clitics and suffixes but keeps three letters', () => {
  assert.equal(stemArabic(normalizeText('والمسؤولين')), stemArabic(normalizeText('المسؤول')));
  assert.equal(stemArabic(normalizeText('بالعلاقات')), stemArabic(normalizeText('العلاقة')));
  assert.equal(stemArabic('قوات'), 'قوات');
  assert.equal(stemArabic(normalizeText('ضغوطاً')), 'ضغوط');
  assert.ok(arabicLookupForms(normalizeText('تنتظر')).includes('انتظر'));
  assert.ok(englishLookupForms('agencies').includes('agency'));
  assert.ok(englishLookupForms('visited').includes('visit'));
  assert.deepEqual(terms('The visits of the ministers'), ['visit', 'minist']);
});

test('names match across scripts by consonant skeleton, common words do not', () => {
  const pairs: Array<[string, string]> = [['Larijani', 'لاريجاني'], ['Naqvi', 'نقوي'], ['Munir', 'منير'], ['Pezeshkian', 'بزشكيان'], ['Kremlin', 'كرملين']];
  for (const [l, a] of pairs) assert.ok(latinSkeletons(l).some((s) => skeletonsMatch(s, arabicSkeleton(a))), `${l} ~ ${a}`);
  assert.ok(!latinSkeletons('foreign').some((s) => skeletonsMatch(s, arabicSkeleton('لاريجاني'))));
  const names = new NameIndex();
  names.add(words('التقى علي لاريجاني بالرئيس'));
  assert.deepEqual(names.lookup(words('Larijani')[0]!), [stemArabic('لاريجاني')]);
  // Short vowels only (محسن) or و/ي for w/y (نيوزويك): a capitalized name still finds its spelling; a lowercase word does not.
  names.add(words('زار محسن نقوي طهران وفق مجلة نيوزويك'));
  assert.deepEqual(names.lookup(words('Mohsin')[0]!), [stemArabic('محسن')]);
  assert.deepEqual(names.lookup(words('mohsin')[0]!), []);
  assert.ok(names.lookup(words('Newsweek')[0]!).length > 0);
});

test('structured translation: each word is one concept whatever its number of translations', () => {
  const glossary = parseGlossary('agency\tوكالة\nnews\tأنباء|أخبار|خبر\n');
  const lexicon = lexiconFrom({ enToAr: new Map([['minister', ['وزير']]]), arToEn: new Map(), source: 'test' }, glossary);
  const docs = ['نقلت وكالة أنباء تسنيم الخبر', 'قال الوزير إن الأخبار كثيرة والخبر مهم'];
  const index = new Bm25Index(docs.map((d) => terms(d)), docs.length);
  const concepts = buildConcepts('Which news agency?', { lexicon, names: null, has: (t) => index.has(t) });
  assert.deepEqual(concepts.map((c) => c.label), ['news', 'agency']);
  assert.ok(concepts[0]!.alternatives.length >= 3, 'news: the word and its translations in one concept');
  const { hits } = index.search(concepts, 2);
  // Many matches of "news" translations in doc 1 must not beat "news" + "agency" in doc 0.
  assert.equal(hits[0]!.row, 0);
  assert.deepEqual(hits[0]!.matched, [0, 1]);
});

test('reciprocal-rank fusion rewards agreement', () => {
  const fused = reciprocalRankFusion([[1, 2, 3], [3, 2, 1], [2, 9]]);
  assert.equal(fused[0]!.row, 2);
});

test('abstention: off-topic questions fall below the coverage threshold', () => {
  assert.equal(shouldAbstain({ idf: [1, 1], matched: [] }).abstain, true);
  assert.equal(shouldAbstain({ idf: [], matched: [] }).abstain, true);
  assert.equal(shouldAbstain({ idf: [5, 5, 1, 1], matched: [2, 3] }).abstain, true);
  assert.equal(shouldAbstain({ idf: [5, 5, 1, 1], matched: [0, 2] }).abstain, false);
  assert.equal(coverage({ idf: [2, 2], matched: [0] }), 0.5);
});

test('highlight picks the sentence that answers; near-duplicates fold; adjacency counts', () => {
  const index = new Bm25Index([terms('a')], 1);
  const concepts = buildConcepts('وكالة تسنيم', { lexicon: null, names: null, has: () => true });
  assert.equal(bestSentence('قال الجنرال كلاماً. نقلت ذلك وكالة تسنيم أمس.', concepts, [1, 1]), 'نقلت ذلك وكالة تسنيم أمس.');
  void index;
  const groups = groupNearDuplicates(['the minister visited pakistan on tuesday for talks', 'the minister visited pakistan on tuesday for talks today', 'something else entirely here'], (x) => shingles(x));
  assert.equal(groups.length, 2);
  assert.equal(groups[0]!.dups.length, 1);
  const c2 = buildConcepts('foreign ministry', { lexicon: null, names: null, has: () => true });
  assert.ok(proximityScore('the foreign ministry said', c2, [1, 1]) > proximityScore('the ministry announced new import rules after long talks with foreign partners', c2, [1, 1]));
});

test('an English question finds an Arabic paragraph and an Arabic question an English one', () => {
  const p = (id: number, text: string): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang: 'ar', text, hash: String(id) });
  const glossary = parseGlossary('agency\tوكالة\nnews\tأنباء\nstatement\tتصريح\nreported\tنقل|نقلت\n');
  const engine = new SearchEngine({
    paragraphs: [p(1, 'جاء هذا التصريح الذي نقلته وكالة أنباء تسنيم خلال اجتماع مع الجنرال عاصم منير.'), p(2, 'The ministry of foreign affairs welcomed the visit.'), p(3, 'ارتفعت أسعار النفط اليوم.')],
    lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map([['وزارة', ['ministry']], ['زيارة', ['visit']]]), source: 't' }, glossary),
  });
  return (async () => {
    const en = await engine.search('Which news agency reported the statement of General Munir?');
    assert.equal(en.abstained, false);
    assert.equal(en.hits[0]!.paragraph.id, 'a#1');
    assert.equal(en.lang, 'en');
    const ar = await engine.search('ماذا قالت وزارة عن الزيارة؟');
    assert.equal(ar.hits[0]!.paragraph.id, 'a#2');
    const none = await engine.search('What is the boiling point of water?');
    assert.equal(none.abstained, true);
    assert.equal(none.hits.length, 0);
  })();
});
