/** Ranking rules for answerable questions: proclitics the stemmer leaves on, and lists of headlines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { lexiconKnowledge } from '../src/search/name-words.js';
import { StemVariants } from '../src/search/stem-variants.js';
import { bestLineShare } from '../src/search/proximity.js';
import { stemWord, terms, words } from '../src/text/tokenize.js';
import type { Paragraph } from '../src/types.js';

const p = (id: number, text: string): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang: 'ar', text, hash: String(id) });
const lexicon = lexiconFrom({
  enToAr: new Map([['minister', ['وزير']], ['president', ['الرئيس']], ['met', ['اجتمع']], ['urge', ['حث']]]),
  arToEn: new Map([['وزير', ['minister']], ['بحث', ['research']], ['حث', ['urge']], ['رئيس', ['president']]]),
  source: 'test',
});

test('a word written with a one-letter preposition the stemmer leaves on (بوزير) is filed under the word', () => {
  const clitics = new StemVariants();
  const knows = lexiconKnowledge(lexicon);
  for (const w of words('اجتمع الرئيس بوزير الخارجية وبحث معه')) clitics.add(w, knows);
  assert.deepEqual(clitics.of(stemWord('وزير', 'ar')), ['بوزير']);
  // بحث is a dictionary word of its own, not ب + حث.
  assert.deepEqual(clitics.of('حث'), []);
});

test('the و of a past verb from a و-initial root (وصفت: she described) is the root\'s, not "and"', () => {
  const lex = lexiconFrom({ enToAr: new Map([['describe', ['وصف']]]), arToEn: new Map([['وصف', ['describe']], ['شمل', ['include']]]), source: 'test' });
  const clitics = new StemVariants();
  const knows = lexiconKnowledge(lex);
  for (const w of words('في زيارة وصفت بالتاريخية وشملت لقاءات')) clitics.add(w, knows);
  assert.deepEqual(clitics.of(stemWord('وصف', 'ar')), [stemWord('وصفت', 'ar')]);
  // وشملت is و + شملت ("and it included"): شمل is a word, so the و is "and".
  assert.deepEqual(clitics.of(stemWord('وشمل', 'ar')), []);
});

test('a final ك of the root (مشترك) is not "your": the bare word reaches its inflected forms (المشتركة)', () => {
  const lex = lexiconFrom({ enToAr: new Map([['joint', ['مشترك']]]), arToEn: new Map([['مشترك', ['joint']], ['مشتركة', ['joint']], ['كتاب', ['book']]]), source: 'test' });
  const clitics = new StemVariants();
  const knows = lexiconKnowledge(lex);
  for (const w of words('الحدود المشتركة وكتابك')) clitics.add(w, knows);
  assert.deepEqual(clitics.of(stemWord('مشترك', 'ar')), ['مشترك']);
  assert.equal(stemWord('مشترك', 'ar'), 'مشتر');
  // كتابك is كتاب + "your": its stem keeps no ك to file.
  assert.deepEqual(clitics.of(stemWord('كتاب', 'ar')), []);
});

test('an English word reaches an Arabic paragraph that writes its translation with a proclitic', async () => {
  // Both first paragraphs match "president" and "met"; only the second has the minister, as بوزير.
  const engine = new SearchEngine({ paragraphs: [p(1, 'اجتمع الرئيس بالسفير أمس'), p(2, 'اجتمع الرئيس بوزير الخارجية أمس'), p(3, 'سافر وزير النفط إلى فيينا'), p(4, 'ارتفعت أسعار الذهب')], lexicon });
  const minister = engine.concepts('Which minister met the president?').find((c) => c.label === 'minister')!;
  assert.ok(minister.alternatives.some((a) => a.terms[0] === 'بوزير'), JSON.stringify(minister.alternatives));
  const r = await engine.search('Which minister met the president?');
  assert.equal(r.hits[0]?.paragraph.id, 'a#2');
});

test('a list of headlines counts by its best line: words matched on different lines are different facts', () => {
  const owner = new Map([['a', 0], ['b', 1], ['c', 2]]);
  const idf = [1, 1, 2];
  assert.equal(bestLineShare([['a', 'b', 'c', 'x']], owner, idf), 1);
  assert.equal(bestLineShare([['a', 'x'], ['b', 'c']], owner, idf), 0.75);
  assert.equal(bestLineShare([['a'], ['b'], ['c']], owner, idf), 0.5);
  // Lines that match nothing do not matter.
  assert.equal(bestLineShare([['a', 'b', 'c'], ['x', 'y']], owner, idf), 1);
});

test('a paragraph saying it in one sentence ranks above a headline list matching the same words line by line', async () => {
  const list = p(1, 'النقاط الرئيسية)\nإشادة بالاتفاق الدفاعي\nتقدير موقف باكستان\nالتعاون مع السعودية\nالعلاقات مع الصين');
  const prose = p(2, 'وترى إيران في الاتفاق الدفاعي بين باكستان والسعودية خطوة إيجابية تخدم استقرار المنطقة كلها وتصب في مصلحة الأمن الإقليمي المشترك');
  const engine = new SearchEngine({ paragraphs: [list, prose, p(3, 'ارتفعت أسعار النفط اليوم'), p(4, 'افتتح معرض للكتاب في المدينة')], lexicon });
  const r = await engine.search('ما موقف إيران من الاتفاق الدفاعي بين باكستان والسعودية؟');
  assert.equal(r.hits[0]?.paragraph.id, 'a#2');
});

test('the news glossary reaches the words commentary is written in (في ختام, أكثر إلحاحاً, الجيوسياسية)', async () => {
  const { loadGlossary } = await import('../src/text/glossary.js');
  const g = await loadGlossary();
  assert.ok(g.enToAr.get('end')?.includes('ختام'));
  assert.ok(g.enToAr.get('urgent')?.includes('إلحاح'));
  assert.ok(g.enToAr.get('geopolitical')?.includes('جيوسياسية'));
  assert.ok(g.enToAr.get('significant')?.includes('أهمية'));
  // Everyday senses stay first: the added news sense does not push them out.
  assert.equal(g.enToAr.get('end')?.[0], 'إنهاء');
});

test('the ordinal of a month name (تشرين الأول) is part of the name, not "first"', async () => {
  const { terms } = await import('../src/text/tokenize.js');
  assert.deepEqual(terms('في أكتوبر (تشرين الأول) الماضي'), terms('في أكتوبر (تشرين) الماضي'));
  assert.deepEqual(terms('وفي كانون الثاني'), terms('وفي كانون'));
  // An ordinal elsewhere stays a word.
  assert.ok(terms('الزيارة الأولى للوزير').length > terms('الزيارة للوزير').length);
});

test('an English multi-word entry is found from its inflected form ("carried out" is "carry out")', () => {
  const lex = lexiconFrom({ enToAr: new Map([['carry out', ['نفذ']], ['foreign minister', ['وزير الخارجية']]]), arToEn: new Map(), source: 'test' });
  const engine = new SearchEngine({ paragraphs: [p(1, 'نفذ الجيش المناورات'), p(2, 'قال وزير الخارجية إن المحادثات جيدة'), p(3, 'ارتفعت الأسعار')], lexicon: lex });
  const carried = engine.concepts('Who carried out the drills?');
  assert.ok(carried.some((c) => c.alternatives.some((a) => a.terms.join(' ') === stemWord('نفذ', 'ar'))), JSON.stringify(carried));
  const ministers = engine.concepts('What did the foreign ministers say?');
  assert.ok(ministers.some((c) => c.alternatives.some((a) => a.terms.length === 2)), JSON.stringify(ministers));
});

/** An Arabic article quoting a post in English (`texts`), two unrelated paragraphs after them; a dictionary from Arabic only. */
function articleWithPost(arToEn: Array<[string, string]>, texts: Array<[string, 'ar' | 'en']>): SearchEngine {
  const lexicon = lexiconFrom({ enToAr: new Map(), arToEn: new Map(arToEn.map(([a, e]) => [a, [e]])), source: 'test' });
  const filler: Array<[string, 'ar']> = [['ارتفعت أسعار النفط في الأسواق العالمية', 'ar'], ['افتتح معرض للكتاب في المدينة', 'ar']];
  const paragraphs = [...texts, ...filler].map(([text, lang], i): Paragraph => ({ ...p(i + 1, text), lang }));
  return new SearchEngine({ paragraphs, lexicon });
}

test('a post quoted in English inside an Arabic article ranks below the article\'s prose for an Arabic question', async () => {
  const engine = articleWithPost([['وزير', 'minister'], ['الخارجية', 'foreign'], ['زيارة', 'visit'], ['تاريخية', 'historic']], [
    ['The foreign minister called the visit historic. Minister: a historic visit', 'en'],
    ['قال وزير الخارجية إن الزيارة كانت تاريخية بكل المقاييس وإنها فتحت صفحة جديدة في العلاقات', 'ar'],
  ]);
  const ar = await engine.search('ماذا قال وزير الخارجية عن الزيارة التاريخية؟');
  assert.equal(ar.hits[0]?.paragraph.id, 'a#2');
  // A question in the post's own language is not affected.
  const en = await engine.search('What did the foreign minister call the visit?');
  assert.equal(en.hits[0]?.paragraph.id, 'a#1');
});

test('a quoted post\'s words standing together count less too: they meet an Arabic question only through translations', async () => {
  const engine = articleWithPost([['سفير', 'ambassador'], ['زيارة', 'visit'], ['مسبوقة', 'unprecedented']], [
    ['وأكد الجانبان أهمية التعاون الاقتصادي بين البلدين', 'ar'],
    // Its translated words stand together ("unprecedented visit"): with only BM25's part discounted, that adjacency put it first.
    ['The ambassador called it an unprecedented visit that opens a new chapter between our two brotherly nations', 'en'],
    ['السفير كتب في منشور على منصة إكس أن الزيارة حقا مسبوقة', 'ar'],
  ]);
  const r = await engine.search('ماذا قال السفير عن الزيارة غير المسبوقة؟');
  assert.deepEqual(r.hits.slice(0, 2).map((h) => h.paragraph.id), ['a#3', 'a#2']);
});

test('a translation the coverage has only after "and" (وحثّ) is found; one only after a preposition (بسبب) is not', () => {
  const lex = lexiconFrom({ enToAr: new Map([['urge', ['حث']], ['cause', ['سبب']]]), arToEn: new Map([['حث', ['urge']], ['سبب', ['cause']]]), source: 'test' });
  const engine = new SearchEngine({ paragraphs: [p(1, 'وحثّ الوزير الدول على التعاون'), p(2, 'تأخرت الرحلة بسبب الطقس'), p(3, 'ارتفعت الأسعار')], lexicon: lex });
  const urge = engine.concepts('What did the minister urge?').find((c) => c.label === 'urge')!;
  assert.ok(urge.alternatives.some((a) => a.terms[0] === 'وحث'), JSON.stringify(urge.alternatives));
  const cause = engine.concepts('What is the cause?').find((c) => c.label === 'cause')!;
  assert.ok(!cause.alternatives.some((a) => a.terms[0] === 'بسبب'), JSON.stringify(cause.alternatives));
});

test('the "we/our" ending whose ا the stemmer took for tanween (ناقشنا → ناقشن) is filed under the word', () => {
  const lex = lexiconFrom({ enToAr: new Map([['discuss', ['ناقش']]]), arToEn: new Map([['ناقش', ['discuss']]]), source: 'test' });
  const engine = new SearchEngine({ paragraphs: [p(1, 'قال الوزير: ناقشنا العلاقات الثنائية'), p(2, 'ارتفعت الأسعار'), p(3, 'افتتح معرض للكتاب')], lexicon: lex });
  assert.equal(stemWord('ناقشنا', 'ar'), 'ناقشن');
  const discuss = engine.concepts('What did they discuss?').find((c) => c.label === 'discuss')!;
  assert.ok(discuss.alternatives.some((a) => a.terms[0] === 'ناقشن'), JSON.stringify(discuss.alternatives));
});

test('a feminine dual (دولتين, which keeps its ت) is filed under the singular (دولة)', () => {
  const lex = lexiconFrom({ enToAr: new Map([['state', ['دولة']]]), arToEn: new Map([['دولة', ['state']]]), source: 'test' });
  const variants = new StemVariants();
  for (const w of words('بصفتهما دولتين محوريتين')) variants.add(w, lexiconKnowledge(lex));
  assert.deepEqual(variants.of(terms('دولة')[0]!), [terms('دولتين')[0]!]);
});

test('a noun\'s ة written ت before a pronoun (بزيارته: "his visit", which keeps its ت) is filed under the noun (زيارة)', async () => {
  const lex = lexiconFrom({ enToAr: new Map([['visit', ['زيارة']], ['happy', ['سعيد']]]), arToEn: new Map([['زيارة', ['visit']], ['سعيد', ['happy']]]), source: 'test' });
  const variants = new StemVariants();
  for (const w of words('وأنا سعيد جدا بزيارته وعزلتها')) variants.add(w, lexiconKnowledge(lex));
  assert.deepEqual(variants.of(terms('زيارة')[0]!), [terms('بزيارته')[0]!]);
  // عزلة is no word of this dictionary: nothing to file عزلتها under.
  assert.deepEqual(variants.of(terms('عزلة')[0]!), []);
  const engine = new SearchEngine({
    paragraphs: [p(1, 'وصف الوزير المحادثات بأنها بناءة'), p(2, 'وقال الوزير: أنا سعيد جدا بزيارته إلى باكستان'), p(3, 'ارتفعت الأسعار'), p(4, 'بدأت زيارة الوفد أمس')],
    lexicon: lex,
  });
  const visit = engine.concepts('ماذا قال الوزير عن زيارة الوفد؟').find((c) => c.label === 'زياره')!;
  assert.ok(visit.alternatives.some((a) => a.terms[0] === terms('بزيارته')[0]), JSON.stringify(visit.alternatives));
});

test('below the reranked head, scores never rise: a discounted head row caps the BM25 scores after it', async () => {
  const { rerankByProximity } = await import('../src/search/engine.js');
  // 31 hits: the 30 of the head, the last of them a quoted post whose score the factor cuts below the 31st's BM25 score.
  const hits = Array.from({ length: 31 }, (_, i) => ({ row: i, score: 1 - i / 100, normalized: 1 - i / 100, matched: [0] }));
  const ranked = rerankByProximity(hits, () => 0, () => 1, (row) => (row === 29 ? 0.5 : 1));
  assert.equal(ranked.length, 31);
  assert.equal(ranked[29]!.row, 29);
  assert.equal(ranked[30]!.row, 30);
  assert.ok(ranked.every((h, i) => i === 0 || h.score <= ranked[i - 1]!.score), ranked.map((h) => h.score.toFixed(3)).join(' '));
});

test('a word whose first letter is و (وزير) is one word with the article or without: الوزير meets وزير, and وزير meets الوزير', async () => {
  const variants = new StemVariants();
  for (const w of words('أكد وزير الداخلية والتقى الوزراء')) variants.add(w, lexiconKnowledge(lexicon));
  // Bare وزير is filed under زير (its و taken for "and"), الوزير under وزير.
  assert.equal(stemWord('وزير', 'ar'), 'زير');
  assert.equal(stemWord('الوزير', 'ar'), 'وزير');
  assert.deepEqual(variants.of(stemWord('الوزير', 'ar')), ['زير']);
  const engine = new SearchEngine({ paragraphs: [p(1, 'أكد وزير الداخلية أهمية التعاون'), p(2, 'أكد السفير أهمية التعاون'), p(3, 'ارتفعت أسعار الذهب')], lexicon });
  const r = await engine.search('ماذا أكد الوزير؟');
  assert.equal(r.hits[0]?.paragraph.id, 'a#1', r.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(' | '));
});
