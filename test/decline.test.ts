/**
 * Declining what the coverage cannot answer, greetings, relative dense evidence, score order and
 * clause highlights: each test fails when its behaviour breaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine, type DenseSearch, type QueryEmbedder } from '../src/search/engine.js';
import { lexiconFrom, type Lexicon } from '../src/search/lexicon.js';
import { lexiconKnowledge, nameKinds, NameTerms, canOnlyBeName } from '../src/search/name-words.js';
import { NameIndex } from '../src/search/names.js';
import { detectGreeting } from '../src/search/greeting.js';
import { denseEvidence, denseAnswers } from '../src/search/dense-evidence.js';
import { bestSentence, clauses } from '../src/search/highlight.js';
import { buildConcepts } from '../src/search/concepts.js';
import { plainAnswer } from '../src/answer/plain.js';
import { toJsonAnswer } from '../src/answer/json.js';
import { neverMentionsHtml } from '../src/answer/telegram.js';
import { questionHeader } from '../src/bot/render.js';
import { indexTermsOf, isContentWord, stemWord, words } from '../src/text/tokenize.js';
import { isNearMiss, matchesEnough, type ConceptEvidence } from '../src/search/answerability.js';
import { isFrameWord, isTitleWord } from '../src/search/frame-words.js';
import type { Paragraph } from '../src/types.js';

const dict = (en: Record<string, string[]>, ar: Record<string, string[]>): Lexicon =>
  lexiconFrom({ enToAr: new Map(Object.entries(en)), arToEn: new Map(Object.entries(ar)), source: 'test' });

// A small dictionary: ordinary words on both sides; no entry for the names Larijani, Asim, Brazil's spelling.
const lexicon = dict(
  { capital: ['عاصمة'], message: ['رسالة'], say: ['قال'], visit: ['زيارة'], france: ['فرنسا'], brazil: ['البرازيل'], turkey: ['تركيا'], road: ['طريق'], population: ['سكان'], bread: ['خبز'], general: ['جنرال'], meeting: ['اجتماع'], army: ['جيش'] },
  { رسالة: ['message'], منير: ['luminous'], سامي: ['toxic'], طريق: ['road'], قال: ['say'], زيارة: ['visit'], جنرال: ['general'], اجتماع: ['meeting'], جيش: ['army'], عاصمة: ['capital'] },
);
const knows = lexiconKnowledge(lexicon);

const p = (id: number, text: string, lang: 'ar' | 'en' = 'ar'): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang, text, hash: String(id) });
const paragraphs = [
  p(1, 'التقى الجنرال عاصم منير قائد الجيش الباكستاني بالوفد الإيراني في اجتماع مطول.'),
  p(2, 'توجه لاريجاني برسالة من المرشد إلى رئيس الوزراء الباكستاني خلال الزيارة.'),
  p(3, 'قال لاريجاني إن الزيارة تفتح الباب أمام تعاون أوسع مع باكستان في الطاقة.'),
  p(4, 'سار الموكب في طريق طويل نحو المدينة.'),
  p(5, 'General Asim Munir received the Iranian delegation at the army headquarters.', 'en'),
];
const engine = new SearchEngine({ paragraphs, lexicon });

test('what counts as a name: capitals inside an English sentence, Arabic words no dictionary has, bare words beside a name', () => {
  const kinds = (s: string) => Object.fromEntries(words(s).map((w, i, ws) => [w.norm, nameKinds(ws, knows)[i]]));
  const en = kinds('Yesterday the General met Larijani about the road');
  assert.equal(en['larijani'], 'name', 'not a dictionary word');
  assert.equal(en['general'], 'name', 'capitalized inside the sentence');
  assert.equal(en['road'], null, 'a lowercase dictionary word');
  assert.equal(en['yesterday'], 'name', 'first word, but no dictionary has it here');
  assert.equal(kinds('He watched TV')['tv'], 'name', 'no dictionary entry');
  assert.equal(nameKinds(words('He watched TV'), lexiconKnowledge(dict({ tv: ['تلفاز'] }, {})))[2], null, 'an acronym the dictionary has is a word');
  const ar = kinds('توجه لاريجاني برسالة إلى الجنرال عاصم منير ثم إلى سامي في طريق');
  assert.equal(ar['لاريجاني'], 'name');
  assert.equal(ar['برساله'], null, 'بـ + رسالة is a dictionary word with a preposition, not a name');
  assert.equal(ar['عاصم'], 'name');
  assert.equal(ar['منير'], 'name', 'a dictionary word (luminous) standing beside a name');
  assert.equal(ar['سامي'], 'bare', 'a bare dictionary word: only a name no dictionary knows may reach it');
  assert.equal(ar['طريق'], 'bare');
  assert.equal(canOnlyBeName(words('عاصم')[0]!, knows), true);
  assert.equal(canOnlyBeName(words('عاصمة')[0]!, knows), false);
});

test('names cross scripts only between names: Brazil does not reach برسالة, Turkey not طريق, Sami reaches سامي', () => {
  const names = new NameIndex();
  const text = words('توجه لاريجاني برسالة ثم إلى سامي في طريق');
  names.add(text, nameKinds(text, knows));
  const stem = (s: string) => stemWord(words(s)[0]!.norm, 'ar');
  assert.deepEqual(names.lookup(words('Larijani')[0]!), [stem('لاريجاني')]);
  assert.deepEqual(names.lookup(words('Brazil')[0]!, true), [], 'برسالة is not a name');
  assert.deepEqual(names.lookup(words('Turkey')[0]!, true), [], 'a name the dictionary knows does not reach a bare word');
  assert.ok(names.lookup(words('Sami')[0]!, false).includes(stem('سامي')), 'a name no dictionary knows reaches a bare word');
  // Without the rule (every word a name), Brazil would reach برسالة: the test above can fail.
  const loose = new NameIndex();
  loose.add(text);
  assert.ok(loose.lookup(words('Brazil')[0]!).length > 0);
});

test('a stem that merely collides with a name carries no answer: capital → عاصمة ≠ Asim (عاصم)', async () => {
  const nameTerms = new NameTerms();
  for (const w of words('الجنرال عاصم منير')) nameTerms.add(w, indexTermsOf([w]), knows);
  assert.equal(nameTerms.collides(stemWord('عاصمه', 'ar'), 'عاصمه'), true);
  assert.equal(nameTerms.collides(stemWord('عاصم', 'ar'), 'عاصم'), false);
  const concepts = buildConcepts('What is the capital of France?', { lexicon, names: null, has: () => true, knows, nameTerms });
  assert.ok(!concepts[0]!.alternatives.some((a) => a.terms.includes(stemWord('عاصمه', 'ar'))), 'عاصمة dropped from "capital"');

  for (const q of ['What is the capital of France?', 'ما هي عاصمة فرنسا؟']) {
    const r = await engine.search(q);
    assert.equal(r.abstained, true, q);
    assert.equal(r.kind, 'none');
  }
  const asim = await engine.search('General Asim Munir in the meeting?');
  assert.equal(asim.abstained, false);
  assert.ok(['a#1', 'a#5'].includes(asim.hits[0]!.paragraph.id));
  const brazil = await engine.search('What is the population of Brazil?');
  assert.equal(brazil.abstained, true, 'Brazil must not match برسالة');
  assert.deepEqual(brazil.missing, ['population', 'Brazil']);
});

test('"the coverage never mentions Bitcoin": missing words are named, on a refusal and on a partial answer', async () => {
  const r = await engine.search('What did Larijani say about Bitcoin?');
  assert.equal(r.abstained, true);
  assert.deepEqual(r.missing, ['Bitcoin']);
  assert.match(plainAnswer(r), /^The coverage never mentions Bitcoin\.\n/);
  assert.deepEqual(toJsonAnswer('x', r).missing, ['Bitcoin']);
  assert.equal(neverMentionsHtml(r.missing, (w) => `never: ${w}`, 'en'), 'never: <b>Bitcoin</b>');

  const ar = await engine.search('ماذا قال لاريجاني عن البيتكوين؟');
  assert.equal(ar.abstained, true, 'the topic after عن is never mentioned');
  assert.match(plainAnswer(ar), /لا تذكر التغطية «البيتكوين»/);

  const partial = await engine.search('What did Larijani say about the visit to Pakistan and bread?');
  assert.equal(partial.abstained, false);
  assert.deepEqual(partial.missing, ['bread']);
  assert.match(plainAnswer(partial), /^Partial match: the coverage never mentions bread\. The closest paragraphs:\n1\. /);
  assert.match(questionHeader(partial, (key, vars) => `${key}:${vars?.words ?? ''}`), /partial-never-mentions:<b>bread<\/b>/, 'the bot says the match is partial');

  const full = await engine.search('What did Larijani say about the visit?');
  assert.equal(full.abstained, false);
  assert.deepEqual(full.missing, []);
  assert.doesNotMatch(plainAnswer(full), /never mentions/);
});

test('greetings and thanks get a greeting, not "nothing found"; a question with a greeting stays a question', async () => {
  for (const g of ['hi', 'Hello!', 'hey there', 'good morning', 'مرحبا', 'السلام عليكم', 'أهلاً وسهلاً']) assert.equal(detectGreeting(g), 'hello', g);
  for (const g of ['thanks!', 'Thank you very much', 'شكرا جزيلا', 'شكراً', 'ok thanks', 'thanks for your help!', 'ممتن جداً لمساعدتك', 'أشكرك على المساعدة', 'thanks for the answer', 'Thank you, that was helpful', 'great, thanks!', 'thanks a lot, really useful', 'شكرا، كانت الإجابة مفيدة']) assert.equal(detectGreeting(g), 'thanks', g);
  for (const g of ["hey, how's it going?", 'كيف الحال', 'how are you today?']) assert.equal(detectGreeting(g), 'hello', g);
  for (const g of ['good night', 'تصبح على خير']) assert.equal(detectGreeting(g), 'bye', g);
  for (const q of ['hello, what did Larijani say?', 'Thanks to whom did Pakistan agree?', 'مرحبا ماذا قال لاريجاني', 'history', 'thanks, what was useful about the visit?', 'That was helpful.']) assert.equal(detectGreeting(q), null, q);
  const r = await engine.search('thanks!');
  assert.equal(r.kind, 'greeting');
  assert.equal(r.greeting, 'thanks');
  assert.doesNotMatch(plainAnswer(r), /no answer/);
  assert.match(plainAnswer(r), /welcome/);
  const ar = await engine.search('مرحبا');
  assert.equal(ar.kind, 'greeting');
  assert.match(plainAnswer(ar), /أهلاً/);
  assert.equal(toJsonAnswer(1, ar).kind, 'greeting');
});

test('highlight: the answering clause of a one-sentence Arabic paragraph, not the whole paragraph', () => {
  const text = 'أكدت مصادر سياسية للميادين أن زيارة أمين المجلس الأعلى للأمن القومي الإيراني، علي لاريجاني، إلى باكستان تمثل نقطة انعطاف حقيقية في مسار التحولات الجيوسياسية في المنطقة، مشيرة إلى أن الزيارة تفتح الباب أمام تحالف استراتيجي بين طهران وإسلام آباد يتجاوز حدود العلاقات الثنائية التقليدية.';
  const pieces = clauses(text);
  assert.ok(pieces.length >= 2, 'split at ،');
  for (const c of pieces) assert.ok(text.includes(c));
  const concepts = buildConcepts('تحالف استراتيجي بين طهران وإسلام آباد', { lexicon: null, names: null, has: () => true });
  const h = bestSentence(text, concepts, concepts.map(() => 1));
  assert.ok(text.includes(h), 'a substring of the paragraph as written');
  assert.ok(h.length < text.length * 0.6, `bold ${h.length} of ${text.length}`);
  assert.match(h, /تحالف استراتيجي/);
  // و-clauses: "وأكد" opens a clause, a noun such as "وزير" does not.
  assert.ok(clauses('التقى الوزير نظيره في العاصمة الباكستانية لمدة ساعتين كاملتين وأكد الجانبان ضرورة التعاون في مجالات الطاقة والأمن').length === 2);
  assert.equal(clauses('التقى وزير الخارجية الباكستاني ووزير الداخلية الإيراني في العاصمة الباكستانية لمدة ساعتين').length, 1);
  // A short paragraph keeps its one sentence.
  assert.equal(bestSentence('قال لاريجاني إن الزيارة مهمة.', concepts, concepts.map(() => 1)), 'قال لاريجاني إن الزيارة مهمة.');
});

test('scores shown are the scores ranked by: they never rise down the list', async () => {
  // BM25 prefers #1 (shorter); adjacency ("foreign ministry") puts #2 first: the shown scores must follow.
  const en = (id: number, text: string): Paragraph => ({ ...p(id, text), lang: 'en' });
  const reranked = new SearchEngine({ paragraphs: [
    en(1, 'Ministry officials met foreign guests in the capital during the afternoon.'),
    en(2, 'A statement came from the foreign ministry of the country on Tuesday evening after long talks.'),
    en(3, 'Rain fell.'), en(4, 'Markets rose.'), en(5, 'The harvest was good.'),
  ], lexicon: null });
  const r0 = await reranked.search('foreign ministry', { k: 5 });
  assert.deepEqual(r0.hits.map((h) => h.paragraph.id), ['a#2', 'a#1']);
  assert.ok(r0.hits[0]!.score > r0.hits[1]!.score, r0.hits.map((h) => h.score).join(' '));
  for (const q of ['What did Larijani say about the visit?', 'قال لاريجاني الزيارة باكستان', 'Asim Munir army meeting']) {
    const r = await engine.search(q, { k: 5 });
    assert.ok(r.hits.length >= 2, q);
    for (let i = 1; i < r.hits.length; i++) assert.ok(r.hits[i]!.score <= r.hits[i - 1]!.score, `${q}: ${r.hits.map((h) => h.score).join(' ')}`);
  }
});

/** A stand-in for multilingual-e5: every cosine between 0.7 and 0.9, as real ones are. */
function compressedDense(topicOf: (text: string) => number): { index: DenseSearch; embedder: QueryEmbedder } {
  const vec = (t: number) => Float32Array.of(t);
  return {
    embedder: { embedQueries: async (qs) => qs.map((q) => vec(topicOf(q))) },
    index: {
      search: (v, k) => {
        const topic = v[0]!;
        // Paragraph i of 40: the one on the question's topic scores 0.88, the rest 0.78–0.83 (noise).
        return Array.from({ length: 40 }, (_, row) => ({ row, score: row === topic ? 0.88 : 0.78 + ((row * 37) % 50) / 1000 }))
          .map((x) => (topic < 0 ? { row: x.row, score: 0.82 + ((x.row * 37) % 50) / 1000 } : x))
          .sort((a, b) => b.score - a.score)
          .slice(0, k);
      },
    },
  };
}

test('dense evidence is relative: with compressed cosines (0.7–0.9) unrelated questions are declined, related ones answered', async () => {
  // Unrelated: everything between 0.80 and 0.85 — every cosine would pass a fixed 0.8 rule.
  const flat = Array.from({ length: 40 }, (_, i) => 0.85 - i * 0.00125);
  assert.equal(denseAnswers(denseEvidence(flat)), false);
  const standout = [0.88, ...Array.from({ length: 39 }, (_, i) => 0.83 - i * 0.001)];
  assert.equal(denseAnswers(denseEvidence(standout)), true);
  assert.equal(denseEvidence([0.9, 0.8]), null, 'too few neighbours to know what is typical');

  const corpus = Array.from({ length: 40 }, (_, i) => p(i, `فقرة رقم ${i} عن موضوع مختلف تماما ${'ك'.repeat(3 + (i % 5))}`));
  // The question about paragraph 7 shares no word with it: only the dense side can find it.
  const topicOf = (q: string) => (q.includes('seventh') ? 7 : -1);
  const words = dict({ tell: ['أخبر'], seventh: ['سابع'], thing: ['شيء'], boiling: ['غليان'], point: ['نقطة'], water: ['ماء'] }, {});
  const dense = new SearchEngine({ paragraphs: corpus, lexicon: words, dense: compressedDense(topicOf) });
  const related = await dense.search('Tell me the seventh thing');
  assert.equal(related.abstained, false);
  assert.equal(related.hits[0]!.paragraph.id, 'a#7');
  const unrelated = await dense.search('Tell me the boiling point of water');
  assert.equal(unrelated.abstained, true, 'top cosine 0.869 (a fixed 0.85 rule would answer) but it does not stand out');
  const name = await dense.search('Tell me the seventh Bitcoin');
  assert.equal(name.abstained, true, 'a name the coverage never mentions is not rescued by the dense side');
  assert.deepEqual(name.missing.includes('Bitcoin'), true);
});

test('"when" questions: only a paragraph that says when answers them; "when" and dates count as saying when', async () => {
  const { answerType, mentionsTime } = await import('../src/search/answer-type.js');
  for (const q of ['When was the Iranian revolution?', 'what year did it start', 'متى قامت الثورة الإيرانية؟', 'في أي عام بدأت الحرب؟']) assert.equal(answerType(q), 'time', q);
  for (const q of ['Who met Larijani?', 'ماذا قال لاريجاني؟', 'Whence the revolution?']) assert.equal(answerType(q), null, q);
  for (const t of ['visited on January 20, 2025.', 'في أغسطس (آب) الماضي', 'أمس الإثنين', 'الجمعة 13 حزيران/يونيو', 'في عام 2018', 'When did you come?', 'عندما وصل']) assert.equal(mentionsTime(t), true, t);
  for (const t of ['توجه لاريجاني برسالة من المرشد الأعلى للثورة الإسلامية', 'a door (باب) and a father (اب)', 'the 12 members']) assert.equal(mentionsTime(t), false, t);

  const timed = new SearchEngine({ paragraphs: [...paragraphs, p(6, 'وصل لاريجاني إلى باكستان يوم الثلاثاء 25 نوفمبر 2025 في زيارة رسمية.')], lexicon });
  const untimed = new SearchEngine({ paragraphs, lexicon });
  // The same question: answered where a paragraph says when Larijani came, declined where none does.
  assert.equal((await timed.search('متى وصل لاريجاني إلى باكستان؟')).abstained, false);
  assert.equal((await untimed.search('متى وصل لاريجاني إلى باكستان؟')).abstained, true);
  assert.equal((await untimed.search('ماذا قال لاريجاني عن باكستان؟')).abstained, false, 'not a "when" question: answered');
});

test('a place the glossary lists, or an Arabic word that sounds like its translation, is a name: missing, it weighs as one', async () => {
  const { parseGlossary } = await import('../src/text/glossary.js');
  const { soundsAlike } = await import('../src/search/names.js');
  const g = parseGlossary('# ==== Time ====\nweek\tأسبوع\n# ==== Countries, capitals and demonyms ====\njapan\tاليابان|طوكيو\nnew york\tنيويورك\n# ==== Actions ====\nvisit\tزيارة\n');
  assert.deepEqual([...g.places].sort(), ['japan', 'اليابان', 'طوكيو', 'نيويورك'].sort());
  assert.equal(soundsAlike('ارجنتين', 'argentina'), true);
  assert.equal(soundsAlike('وكاله', 'agency'), false);
  assert.equal(soundsAlike('طريق', 'road'), false);

  const withPlaces = new SearchEngine({ paragraphs, lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map([['الأرجنتين', ['argentina']]]), source: 'test' }, g) });
  const cs = withPlaces.concepts('هل زار منير اليابان أو الأرجنتين أو الطريق؟');
  assert.deepEqual(cs.filter((c) => c.proper).map((c) => c.label), ['اليابان', 'الارجنتين']);
});

test('a topic mostly never mentioned declines ("… about the earthquake in Turkey"); one missing word of several keeps a partial answer', async () => {
  const r = await engine.search('What did Larijani say about bread and the visit?');
  assert.equal(r.abstained, true);
  assert.deepEqual(r.missing, ['bread']);
  const partial = await engine.search('What did Larijani say about the visit to Pakistan and bread?');
  assert.equal(partial.abstained, false);
});

test('a dictionary phrase with a possessive on its last word (جواز سفري: my passport) is known: its absence counts fully', () => {
  const lx = lexiconFrom({ enToAr: new Map(), arToEn: new Map([['جواز سفر', ['passport']]]), source: 'test' });
  const e = new SearchEngine({ paragraphs, lexicon: lx });
  const [passport] = e.concepts('جواز سفري');
  assert.equal(passport!.label, 'جواز');
  assert.equal(passport!.known, true);
  assert.equal(e.concepts('جواز قديم')[0]!.known, false, 'not the phrase: the word alone is unknown');
});

test('a near miss declines: the paragraph matches only the names, what is asked of them is never mentioned', async () => {
  const c = (o: Partial<ConceptEvidence>): ConceptEvidence => ({ idf: 2, absent: false, name: false, sureName: false, known: true, matched: false, ...o });
  // "How many children does Ali Larijani have?": two names matched, "children" a dictionary word nowhere.
  assert.equal(isNearMiss([c({ name: true, matched: true }), c({ name: true, matched: true }), c({ absent: true, idf: 4 })]), true);
  assert.equal(isNearMiss([c({ name: true, sureName: true, matched: true }), c({ absent: true, idf: 4 })]), true, 'one sure name');
  assert.equal(isNearMiss([c({ name: true, matched: true }), c({ absent: true, idf: 4 })]), false, 'one unsure name may be an inflected word');
  assert.equal(isNearMiss([c({ name: true, matched: true }), c({ matched: true }), c({ absent: true, idf: 4 })]), false, 'an ordinary word matched too');
  assert.equal(isNearMiss([c({ name: true, matched: true }), c({ name: true, matched: true }), c({ absent: true, known: false })]), false, 'an unknown word proves nothing');
  assert.equal(isNearMiss([c({ name: true, matched: true }), c({ name: true, matched: true }), c({})]), false, 'nothing missing');
  // "When was the Pakistani constitution written?": a place and a reporting verb matched, "constitution" nowhere.
  assert.equal(isNearMiss([c({ name: true, place: true, sureName: true, matched: true }), c({ frame: true, matched: true }), c({ absent: true, idf: 4 })]), true, 'a frame verb is no evidence');
  assert.equal(isNearMiss([c({ name: true, place: true, sureName: true, matched: true }), c({ matched: true }), c({ absent: true, idf: 4 })]), false, 'an ordinary verb is');
  // "How old is Asim Munir's son?": old and son met only by letter skeletons (قدم in تقدم, بنء in بناء).
  assert.equal(isNearMiss([c({ name: true, matched: true }), c({ name: true, matched: true }), c({ coarseOnly: true, matched: true }), c({ coarseOnly: true })]), true, 'coarse-only matches prove nothing');
  assert.equal(isNearMiss([c({ name: true, matched: true }), c({ name: true, matched: true }), ...Array.from({ length: 6 }, () => c({})), c({ absent: true })]), false, 'a long question is more likely reworded');
  assert.equal(isFrameWord('said'), true);
  assert.equal(isFrameWord('وقال'), true);
  assert.equal(isFrameWord('constitution'), false);

  const wide = dict({ son: ['ابن'], old: ['عمر'], general: ['جنرال'], army: ['جيش'] }, { جيش: ['army'], ابن: ['son'], عمر: ['age'] });
  const e = new SearchEngine({ paragraphs, lexicon: wide });
  const r = await e.search('Who is the son of Asim Munir?');
  assert.equal(r.abstained, true);
  assert.match(r.reason ?? '', /never mentions/);
  assert.equal((await e.search('Asim Munir and the army?')).abstained, false, 'army is in the paragraph with the names');
});

test('a long reworded question matching several ordinary words of one paragraph is answered, whatever its share', () => {
  const c = (o: Partial<ConceptEvidence>): ConceptEvidence => ({ idf: 2, absent: false, name: false, sureName: false, known: true, matched: false, ...o });
  const long = [c({ matched: true }), c({ matched: true }), c({ name: true, matched: true }), c({ absent: true, idf: 4.7 }), c({ absent: true, idf: 4.7 }), c({ idf: 3 }), c({ idf: 3 })];
  assert.equal(matchesEnough(long, 4.7), true);
  assert.equal(matchesEnough(long.map((x, i) => (i === 1 ? { ...x, name: true } : x)), 4.7), false, 'two ordinary words at least');
  assert.equal(matchesEnough(long.slice(1), 4.7), false, 'three concepts at least');
  assert.equal(matchesEnough([...long, c({ absent: true, sureName: true, name: true })], 4.7), false, 'a sure name of the question is missing');
  assert.equal(matchesEnough(long.map((x) => ({ ...x, idf: x.matched ? 1 : x.idf })), 4.7), false, 'common words add up to too little');
});

test('the noun of a fixed expression is no content word: "في ضوء" is not light, "in light of" neither', () => {
  const marked = (s: string) => words(s).filter((w) => !isContentWord(w)).map((w) => w.norm);
  assert.ok(marked('في ضوء المشهد العالمي').includes('ضوء'));
  assert.ok(marked('كما سلط تقرير للقناة الضوء على مخاوف').includes('الضوء'), 'two words between سلط and الضوء');
  assert.ok(marked('on the sidelines of the summit').includes('sidelines'));
  assert.ok(marked('in light of the talks').includes('light'));
  assert.ok(!marked('سرعة الضوء ثابتة').includes('الضوء'), 'light itself');
  assert.ok(!marked('the light was bright').includes('light'));
  assert.ok(!indexTermsOf(words('في ضوء المشهد')).includes(stemWord('ضوء', 'ar')), 'not indexed either');
  const e = new SearchEngine({ paragraphs: [p(1, 'وأضاف: في ضوء المشهد العالمي سريع التطور أصبحت الحاجة ملحة.'), p(2, 'قال لاريجاني إن الزيارة مهمة.')], lexicon: dict({ light: ['ضوء'], speed: ['سرعة'] }, { ضوء: ['light'] }) });
  return e.search('ما هي سرعة الضوء؟').then((r) => assert.equal(r.abstained, true));
});

test('an Arabic word no dictionary has is a name after a verb of saying or a title: missing, it weighs as one', () => {
  const sure = (q: string, w: string) => engine.concepts(q).find((c) => c.label === w)?.surelyName === true;
  assert.equal(sure('ماذا قال أردوغان عن المناورات؟', 'اردوغان'), true, 'the speaker');
  assert.equal(sure('هل التقى لاريجاني بوزير الخارجية الروسي سيرغي لافروف؟', 'لافروف'), true, 'after a title');
  assert.equal(sure('هل التقى لاريجاني بوزير الخارجية الروسي سيرغي لافروف؟', 'لاريجاني'), false, 'a name the coverage has: its weight is not in question');
  assert.equal(sure('ماذا تريد طهران من المناورات؟', 'تريد'), false, 'an unknown verb elsewhere stays unsure');
  const c = (o: Partial<ConceptEvidence>): ConceptEvidence => ({ idf: 2, absent: false, name: false, sureName: false, known: true, matched: false, ...o });
  // "كم عمر الرئيس الإيراني مسعود بزشكيان؟": a title, a place and a full name matched, age nowhere.
  const age = [c({ absent: true, idf: 4 }), c({ title: true, matched: true }), c({ place: true, matched: true }), c({ name: true, matched: true }), c({ name: true, matched: true })];
  assert.equal(isNearMiss(age), true);
  assert.equal(isNearMiss(age.map((x) => (x.name ? { ...x, name: false } : x))), false, 'a title and a place alone are not who is asked about');
  assert.equal(isTitleWord('بوزير'), true);
  assert.equal(isTitleWord('president'), true);
});

test('"how many / how much" questions: only a paragraph that states a quantity answers them', async () => {
  const { answerType, mentionsQuantity } = await import('../src/search/answer-type.js');
  for (const q of ['How many drones has Russia bought?', 'How much money did Saudi Arabia give?', 'How long is the border?', 'كم يبلغ طول الحدود؟', 'ما عدد القتلى؟', 'وكم دفعت السعودية؟']) assert.equal(answerType(q), 'quantity', q);
  for (const q of ['Who met Larijani?', 'ماذا قال لاريجاني؟', 'What did Pakistan say about the agreement?']) assert.equal(answerType(q), null, q);
  for (const t of ['the 12-day war', 'عشرات الطائرات', 'بقيمة 10 مليارات دولار', 'تحتوي على نقطتين أساسيتين', 'two ministers met', 'كم طفلاً لديك؟']) assert.equal(mentionsQuantity(t), true, t);
  for (const t of ['وصل لاريجاني إلى باكستان وأفغانستان', 'the ministers met in Islamabad', 'في عام 2018', 'November 25, 2025', 'الجمعة 13 حزيران/يونيو']) assert.equal(mentionsQuantity(t), false, t);

  const counted = new SearchEngine({ paragraphs: [...paragraphs, p(6, 'سار الموكب في طريق طوله 40 كيلومتراً نحو المدينة.')], lexicon });
  const uncounted = new SearchEngine({ paragraphs, lexicon });
  assert.equal((await counted.search('كم طول الطريق؟')).abstained, false);
  const r = await uncounted.search('كم طول الطريق؟');
  assert.equal(r.abstained, true);
  assert.match(r.reason ?? '', /how many or how much/);
});

test('a lowercase English word no dictionary knows is a rare word, not a name: no near miss (saffron, harvest)', async () => {
  const e = new SearchEngine({ paragraphs: [...paragraphs, p(7, 'Farmers in Khorasan began the saffron harvest this week, picking the flowers at dawn.', 'en')], lexicon: dict({ begin: ['بدأ'] }, {}) });
  const r = await e.search('When did the saffron harvest begin in Khorasan?');
  assert.equal(r.abstained, false);
  assert.match(r.hits[0]!.paragraph.text, /saffron harvest/);
});

test('the highlight marks what was asked about, not the verb of saying that opens the quote', async () => {
  const text = 'وقال لاريجاني لدى وصوله إلى مطار نور خان العسكري في مدينة روالبندي الكبيرة صباح اليوم، إن «التعاون يسهم في ترسيخ السلام الإقليمي والدولي في المنطقة كلها»، مشيراً إلى أن باكستان دولة مهمة ومؤثرة في المنطقة.';
  const e = new SearchEngine({ paragraphs: [p(1, text), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon });
  const r = await e.search('ماذا قال لاريجاني عن التعاون؟');
  assert.equal(r.abstained, false);
  const quote = r.hits.find((h) => h.paragraph.n === 1)!;
  assert.match(quote.highlight, /التعاون يسهم/);
  assert.doesNotMatch(quote.highlight, /مطار/);
});

test('a "when" question ranks the paragraph that says when above an equal one that does not', async () => {
  const e = new SearchEngine({ paragraphs: [p(1, 'زار لاريجاني باكستان في زيارة رسمية مهمة للغاية.'), p(2, 'زار لاريجاني باكستان في زيارة رسمية يوم الثلاثاء.'), p(3, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon });
  const when = await e.search('متى زار لاريجاني باكستان؟');
  assert.equal(when.hits[0]!.paragraph.n, 2);
  assert.ok(when.hits.every((h) => h.score <= 1));
  const what = await e.search('ماذا زار لاريجاني في باكستان؟');
  assert.equal(what.hits[0]!.paragraph.n, 1, 'not a "when" question: the shorter paragraph first, as BM25 ranks it');
});

test('the terminal answer writes dates in the asker\'s language', async () => {
  const dated = { ...p(1, 'قال لاريجاني إن الزيارة تفتح الباب أمام تعاون أوسع مع باكستان في الطاقة.'), date: '2025-11-25' };
  const e = new SearchEngine({ paragraphs: [dated, p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon });
  assert.match(plainAnswer(await e.search('ماذا قال لاريجاني عن الزيارة؟')), /25 نوفمبر 2025/);
  assert.match(plainAnswer(await e.search('What did Larijani say about the visit?')), /25 Nov 2025/);
});

test('"what did X say …" is answered only by a paragraph that quotes X, not one that merely names X', async () => {
  const { attributesTo } = await import('../src/search/attribution.js');
  const terms = new Set([stemWord('لاريجاني', 'ar')]);
  assert.equal(attributesTo('أكد أمين المجلس الأعلى للأمن القومي الإيراني، علي لاريجاني، أن العلاقات قوية.', terms), true, 'a title between verb and name');
  assert.equal(attributesTo('وصل لاريجاني إلى المطار العسكري في روالبندي صباح أمس في زيارة رسمية تستمر يومين كاملين.', terms), false);
  const speakers = (q: string) => engine.concepts(q).filter((c) => c.speaker).map((c) => c.label);
  assert.deepEqual(speakers('ماذا قال عاصم منير عن الجيش؟'), ['عاصم', 'منير']);
  assert.deepEqual(speakers('What did Asim Munir say about the army?'), ['asim', 'munir']);
  assert.deepEqual(speakers('ما هي الوكالة التي نقلت تصريح الجنرال عاصم منير؟'), [], 'the agency reports; Munir is not asked to have said anything');
  const named = new SearchEngine({ paragraphs: [p(1, 'التقى الجنرال عاصم منير قائد الجيش الباكستاني بالوفد الإيراني في اجتماع مطول.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon });
  const quoted = new SearchEngine({ paragraphs: [p(1, 'وقال الجنرال عاصم منير قائد الجيش الباكستاني إن الاجتماع مع الوفد الإيراني كان مثمراً.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon });
  assert.equal((await named.search('ماذا قال عاصم منير عن الاجتماع؟')).abstained, true);
  assert.equal((await quoted.search('ماذا قال عاصم منير عن الاجتماع؟')).abstained, false);
});

test('a word the stemmer filed under another reading (وكالة → كال) is not "never mentioned"', async () => {
  const e = new SearchEngine({ paragraphs: [p(1, 'جاء هذا التصريح الذي نقلته وكالة أنباء تسنيم خلال اجتماع مع الجنرال عاصم منير.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon });
  const r = await e.search('ما هي الوكالة التي نقلت تصريح الجنرال؟');
  assert.ok(!r.missing.includes('الوكالة'), r.missing.join(','));
});

test('"who is the president of Pakistan?" is answered only by a paragraph naming that post, its words together', async () => {
  const { asksWhoHolds } = await import('../src/search/role.js');
  const { standTogether } = await import('../src/search/phrase.js');
  assert.equal(asksWhoHolds('Who is the president of Pakistan?'), true);
  assert.equal(asksWhoHolds('من هو وزير الخارجية الإيراني؟'), true);
  assert.equal(asksWhoHolds('ما اسم وزير الخارجية الإيراني الحالي؟'), true);
  assert.equal(asksWhoHolds('What did the president say?'), false);
  const post = (...ws: string[]) => ws.map((w) => new Set([stemWord(words(w)[0]!.norm, words(w)[0]!.script)]));
  assert.equal(standTogether('التقى وزير الخارجية الباكستاني محمد إسحاق دار بالوفد.', post('وزير', 'الخارجية', 'باكستان')), true, 'الباكستاني spells باكستان lengthened');
  assert.equal(standTogether('التقى وزير الخارجية الباكستاني محمد إسحاق دار بالوفد.', post('وزير', 'الخارجية', 'إيران')), false, 'Pakistan\'s minister is not Iran\'s');
  assert.equal(standTogether('وصل رئيس أركان الجيش الباكستاني إلى طهران.', post('رئيس', 'باكستان')), false, 'the chief of staff of the Pakistani army is no president of Pakistan');
  assert.equal(standTogether('الدول الإسلامية الرئيسية، بما في ذلك باكستان', post('رئيس', 'باكستان')), false, 'a phrase ends at a comma');

  const glossary = (await import('../src/text/glossary.js')).parseGlossary('# ==== Countries, capitals and demonyms ====\npakistan\tباكستان|الباكستاني\niran\tإيران|الإيراني\n');
  const lex = lexiconFrom({ enToAr: new Map([['minister', ['وزير']], ['foreign', ['الخارجية']], ['president', ['رئيس']], ['chief', ['رئيس']], ['army', ['جيش']], ['talks', ['محادثات']]]), arToEn: new Map([['وزير', ['minister']], ['رئيس', ['president', 'chief']], ['جيش', ['army']], ['محادثات', ['talks']]]), source: 'test' }, glossary);
  const posts = new SearchEngine({ paragraphs: [
    p(1, 'وعقب المحادثات وصف وزير الخارجية الباكستاني محمد إسحاق دار اللقاء مع لاريجاني بأنه مثمر.'),
    p(2, 'التقى الوفد الإيراني رئيس أركان الجيش الباكستاني الجنرال عاصم منير في روالبندي.'),
    p(3, 'سار الموكب في طريق طويل نحو المدينة.'),
  ], lexicon: lex });
  assert.equal((await posts.search('من هو وزير الخارجية الباكستاني؟')).abstained, false);
  assert.equal((await posts.search('من هو وزير الخارجية الإيراني؟')).abstained, true);
  assert.equal((await posts.search('Who is the president of Pakistan?')).abstained, true);
  assert.equal((await posts.search('Who is the chief of the Pakistani army?')).abstained, false);
  const { postAsked } = await import('../src/search/role.js');
  const words2018 = (q: string) => postAsked(q, posts.concepts(q), () => true)?.length;
  assert.equal(words2018("Who was Pakistan's foreign minister in the 2018 talks?"), 3, '"in the 2018 talks" sets the scene; it is not the post');
});

test('"what did the IAEA say …": a speaker the coverage never mentions, word for word, declines and is named', async () => {
  const words4 = new SearchEngine({ paragraphs, lexicon: dict({}, { وكالة: ['agency'], دولية: ['international'], طاقة: ['energy'], ذرية: ['atomic'] }) });
  const speakerWords = (q: string) => words4.concepts(q).filter((c) => c.speakerWord).map((c) => c.label);
  assert.deepEqual(speakerWords('ماذا قالت الوكالة الدولية للطاقة الذرية عن البرنامج النووي؟'), ['الوكاله', 'الدوليه', 'للطاقه', 'الذريه']);
  assert.deepEqual(speakerWords('ماذا قال عاصم منير في روالبندي عن الجيش؟'), ['عاصم منير'].flatMap((s) => s.split(' ')), 'the subject stops at في');
  const e = new SearchEngine({ paragraphs: [p(1, 'وقالت الوكالة إن الاجتماع مع الوفد الإيراني بحث اتفاقية الدفاع المشترك.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: dict({}, { وكالة: ['agency'], ذرية: ['atomic'], اجتماع: ['meeting'], وفد: ['delegation'], اتفاقية: ['agreement'], دفاع: ['defence'], مشترك: ['joint'] }) });
  // Everything asked about is there; only who is asked to have said it is not.
  const r = await e.search('ماذا قالت الوكالة الذرية عن الاجتماع مع الوفد الإيراني واتفاقية الدفاع المشترك؟');
  assert.equal(r.abstained, true);
  assert.ok(r.missing.includes('الذرية'), r.missing.join(','));
  assert.equal((await e.search('ماذا قالت الوكالة عن الاجتماع مع الوفد الإيراني واتفاقية الدفاع المشترك؟')).abstained, false);
});

test('"how do I …" asks for instructions, which news coverage does not give: declined whatever words match', async () => {
  const { asksForInstructions } = await import('../src/search/instructions.js');
  assert.equal(asksForInstructions('How do I reset my iPhone?'), true);
  assert.equal(asksForInstructions('كيف يمكنني تحضير الحمص في البيت؟'), true);
  assert.equal(asksForInstructions('How did Larijani describe Pakistan?'), false);
  assert.equal(asksForInstructions('How can Iran and Pakistan raise their trade?'), false);
  assert.equal(asksForInstructions('كيف وصف لاريجاني باكستان؟'), false);
  const e = new SearchEngine({ paragraphs: [p(1, 'يخبز الناس الخبز في البيت كل صباح.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: dict({ bread: ['خبز'], home: ['بيت'], bake: ['خبز'] }, { خبز: ['bread'], بيت: ['home'] }) });
  assert.equal((await e.search('How do I bake bread at home?')).abstained, true);
  assert.equal((await e.search('Is bread baked at home?')).abstained, false, 'the same words, asked about what is reported');
});

test('"how many …" is not answered by a number the question itself states ("the 12-day war")', async () => {
  const { mentionsQuantity, statedNumbers } = await import('../src/search/answer-type.js');
  assert.deepEqual(statedNumbers('How many people were killed in the 12-day war?'), ['12']);
  assert.equal(mentionsQuantity('خلال الحرب التي استمرت 12 يوماً وقف الشعب الباكستاني إلى جانب إيران', ['12']), false);
  assert.equal(mentionsQuantity('خلال الحرب التي استمرت 12 يوماً وقف الشعب الباكستاني إلى جانب إيران'), true);
  assert.equal(mentionsQuantity('قتل 120 شخصا خلال الحرب التي استمرت 12 يوماً', ['12']), true, '120 is another number');
  const e = new SearchEngine({ paragraphs: [p(1, 'خلال الحرب التي استمرت 12 يوماً وقف الشعب الباكستاني إلى جانب إيران.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: dict({ war: ['حرب'], people: ['شعب'], day: ['يوم'] }, { حرب: ['war'], شعب: ['people'] }) });
  assert.equal((await e.search('How many people stood by Iran in the 12-day war?')).abstained, true);
});

test('"what is Bagheri\'s title?" asks for a post, which prose gives without the word "title": no near miss', async () => {
  assert.equal(isFrameWord('title'), true);
  assert.equal(isFrameWord('منصبه'), true);
  assert.equal(isFrameWord('salary'), false);
  const e = new SearchEngine({ paragraphs: [p(1, 'Major General Mohammad Bagheri, Chief of General Staff of the Iranian Armed Forces, visited the headquarters.', 'en'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: dict({ title: ['لقب'], salary: ['راتب'], general: ['جنرال'], chief: ['رئيس'], staff: ['أركان'] }, { لقب: ['title'], راتب: ['salary'] }) });
  assert.equal((await e.search("What is Mohammad Bagheri's title?")).abstained, false);
  assert.equal((await e.search("What is Mohammad Bagheri's salary?")).abstained, true);
});

test('"how many / how long …": the quantity must stand beside what is counted, not anywhere in the paragraph', async () => {
  const { quantityNear } = await import('../src/search/answer-type.js');
  const stems = (...ws: string[]) => new Set(ws.map((w) => stemWord(words(w)[0]!.norm, words(w)[0]!.script)));
  // An amount reached (بلغ), not a target (رفع … إلى), which answers only a question about an aim (decline-kinds.test.ts).
  const text = 'جرى بحث تعزيز التعاون الأمني على الحدود، وتوسيع الاستثمار في قطاعات الطاقة والنقل، وبلغ حجم التبادل التجاري 10 مليارات دولار.';
  assert.equal(quantityNear(text, stems('التجاري')), true);
  assert.equal(quantityNear(text, stems('الحدود')), false, 'ten words from the border');
  assert.equal(quantityNear('وشهدت الزيارة توقيع 12 مذكرة تفاهم.', stems('مذكرة')), true);
  assert.equal(quantityNear('وزار طهران في 20 يناير لبحث الحدود.', stems('الحدود')), false, 'a date is no quantity');
  const e = new SearchEngine({ paragraphs: [p(1, text), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: dict({ border: ['حدود'], trade: ['تجارة', 'تجاري'], long: ['طويل'] }, { حدود: ['border'], تجاري: ['trade'] }) });
  assert.equal((await e.search('How long is the border?')).abstained, true);
  assert.equal((await e.search('How much is the trade?')).abstained, false);
});

test('"ما موقف X من …" / "X\'s position on …" asks what X said: only a paragraph attributing words to X answers', async () => {
  const speakers = (q: string) => engine.concepts(q).filter((c) => c.speaker).map((c) => c.label);
  assert.deepEqual(speakers('ما موقف عاصم منير من الاجتماع؟'), ['عاصم', 'منير']);
  assert.deepEqual(speakers("What is Asim Munir's position on the meeting?"), ['asim', 'munir']);
  assert.deepEqual(speakers("What is Asim Munir's position?"), [], 'no "on …": his post');
  assert.deepEqual(speakers('ما رأي عاصم منير في الاجتماع؟'), ['عاصم', 'منير'], 'an opinion is a stance');
  assert.deepEqual(speakers("What was Asim Munir's response to the meeting?"), ['asim', 'munir']);
  assert.deepEqual(speakers('كيف رد عاصم منير على الاجتماع مع الوفد؟'), ['عاصم', 'منير'], 'a reaction is something said; the subject ends at على');
  assert.deepEqual(speakers('How did Asim Munir react to the meeting?'), ['asim', 'munir']);
  const named = new SearchEngine({ paragraphs: [p(1, 'التقى الجنرال عاصم منير قائد الجيش الباكستاني بالوفد الإيراني في اجتماع مطول.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon });
  const quoted = new SearchEngine({ paragraphs: [p(1, 'وقال الجنرال عاصم منير قائد الجيش الباكستاني إن الاجتماع مع الوفد الإيراني كان مثمراً.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon });
  assert.equal((await named.search('ما موقف عاصم منير من الاجتماع؟')).abstained, true);
  assert.equal((await quoted.search('ما موقف عاصم منير من الاجتماع؟')).abstained, false);
});

test('an encyclopedia question ("What is the speed of light?") is answered only by a paragraph stating the fact', async () => {
  const { asksGeneralKnowledge } = await import('../src/search/general-knowledge.js');
  for (const q of ['What is the speed of light?', 'ما أعمق بحيرة في العالم؟', 'Who wrote War and Peace?', 'من اخترع الهاتف؟', 'What is the capital of Canada?']) assert.equal(asksGeneralKnowledge(q), true, q);
  for (const q of ['What is the purpose of Larijani\'s visit?', 'Who met Larijani in Islamabad?', 'ما الذي بحثه بزشكيان في باكستان؟']) assert.equal(asksGeneralKnowledge(q), false, q);
  const lex = dict({ speed: ['سرعة'], light: ['نور', 'ضوء'] }, { سرعة: ['speed'], نور: ['light'], ضوء: ['light'] });
  const airport = new SearchEngine({ paragraphs: [p(1, 'وصل الوفد الإيراني إلى مطار نور خان العسكري في روالبندي.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: lex });
  assert.equal((await airport.search('What is the speed of light?')).abstained, true);
  const physics = new SearchEngine({ paragraphs: [p(1, 'تبلغ سرعة الضوء نحو ثلاثمئة ألف كيلومتر في الثانية.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: lex });
  assert.equal((await physics.search('What is the speed of light?')).abstained, false, 'a paragraph stating it answers');
  const novel = dict({ wrote: ['كتب'], war: ['حرب'], peace: ['سلام'] }, { كتب: ['wrote'], حرب: ['war'], سلام: ['peace'] });
  const apart = new SearchEngine({ paragraphs: [p(1, 'كتب لاريجاني أن الإيرانيين لن ينسوا موقف باكستان خلال الحرب، وأن البلدين يضعان السلام أولاً.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: novel });
  assert.equal((await apart.search('Who wrote War and Peace?')).abstained, true, 'war and peace far apart are not "War and Peace"');
  const together = new SearchEngine({ paragraphs: [p(1, 'كتب تولستوي رواية الحرب والسلام في القرن التاسع عشر.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: novel });
  assert.equal((await together.search('Who wrote War and Peace?')).abstained, false);
});

test('how a question asks ("react", "رد", "how long") is neither weighed nor named as never mentioned', async () => {
  const quoted = new SearchEngine({ paragraphs: [p(1, 'وقال الجنرال عاصم منير قائد الجيش الباكستاني إن الاجتماع مع الوفد الإيراني كان مثمراً.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon });
  const r = await quoted.search('كيف رد عاصم منير على الاجتماع؟');
  assert.equal(r.abstained, false);
  assert.deepEqual(r.missing, []);
  const en = await quoted.search('How did Asim Munir react to the meeting?');
  assert.ok(!en.missing.includes('react'), en.missing.join(','));
});

test('what a newcomer tripped on: the addressee is no speaker, "coverage" is no topic, "how long" weighs nothing, an unknown Arabic word is not named missing', async () => {
  const speakers = (q: string) => engine.concepts(q).filter((c) => c.speaker).map((c) => c.label);
  assert.deepEqual(speakers('ماذا قال عاصم منير للاريجاني؟'), ['عاصم', 'منير'], 'ل + a name is whom he spoke to');
  assert.deepEqual(speakers('ماذا قال عاصم لاريجاني عن الجيش؟'), ['عاصم', 'لاريجاني'], 'the ل of لاريجاني is the name\'s own');
  assert.equal(isFrameWord('coverage'), true);
  assert.equal(isFrameWord('التغطيه'), true);
  const e = new SearchEngine({ paragraphs: [p(1, 'خلال الحرب التي استمرت 12 يوماً وقف الشعب الباكستاني إلى جانب إيران.'), p(2, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: dict({ war: ['حرب'], last: ['استمر'] }, { حرب: ['war'] }) });
  const r = await e.search('How long did the war last?');
  assert.equal(r.abstained, false, '"long" is how it asks');
  assert.equal(r.coverage, 1, 'and weighs nothing against the paragraph matching the rest');
  assert.deepEqual(r.missing, []);
  const ar = await e.search('كم يوما تعثرت الحرب؟');
  assert.ok(!ar.missing.includes('تعثرت'), `an Arabic word no dictionary has is often a verb form: ${ar.missing.join(',')}`);
});

test('a paragraph going on with the previous one\'s speaker ("كما …") quotes that speaker too', async () => {
  const { continuesSpeaker } = await import('../src/search/attribution.js');
  assert.equal(continuesSpeaker('كما سلط الضوء على أهمية المواءمة'), true);
  assert.equal(continuesSpeaker('وتحاول إيران الانضمام'), false);
  const lex = dict({}, { تبادل: ['exchange'], معلومات: ['information'], إرهاب: ['terrorism'], حدود: ['border'], تعاون: ['cooperation'] });
  const two = new SearchEngine({ paragraphs: [p(1, 'وقال الجنرال عاصم منير إن التعاون بين البلدين مهم.'), p(2, 'كما دعا إلى تعزيز تبادل المعلومات لمكافحة الإرهاب على الحدود.'), p(9, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: lex });
  const r = await two.search('ماذا قال عاصم منير عن تبادل المعلومات لمكافحة الإرهاب على الحدود؟');
  assert.equal(r.abstained, false);
  assert.ok(r.coverage > 0.5, `the continuing paragraph, which says it, is the one judged (coverage ${r.coverage})`);
});

test('a speaker of several words is one only where the coverage writes them together ("الأمم المتحدة" is not "الولايات المتحدة" plus "الأمم")', async () => {
  const lex = dict({}, { أمم: ['nations'], متحدة: ['united'], ولايات: ['states'], اجتماع: ['meeting'], شعوب: ['peoples'] });
  const apart = new SearchEngine({ paragraphs: [p(1, 'وقالت الولايات المتحدة إن الاجتماع مهم للأمن.'), p(2, 'وقال الخطيب إن الأمم والشعوب تريد السلام بعد الاجتماع.'), p(9, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: lex });
  const declined = await apart.search('ما موقف الأمم المتحدة من الاجتماع؟');
  assert.equal(declined.abstained, true);
  // Every word is somewhere in the coverage: the reason names none ("never mentions" with nothing after it read as a bug).
  assert.deepEqual(declined.missing, []);
  assert.doesNotMatch(declined.reason ?? '', /never mentions\s*$/);
  assert.ok(declined.reason, 'a decline always gives a reason');
  const together = new SearchEngine({ paragraphs: [p(1, 'وقالت الأمم المتحدة إن الاجتماع مهم للأمن.'), p(9, 'سار الموكب في طريق طويل نحو المدينة.')], lexicon: lex });
  assert.equal((await together.search('ما موقف الأمم المتحدة من الاجتماع؟')).abstained, false);
});
