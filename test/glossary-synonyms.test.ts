/** How a question's words reach the coverage's own words: glossary synonyms, verbs before names, pronoun endings, loanwords, travel. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { parseGlossary, loadGlossary } from '../src/text/glossary.js';
import { arabicInflectionForms, lexiconKnowledge, nameKinds } from '../src/search/name-words.js';
import { arabicLookupForms } from '../src/text/stem.js';
import { terms, words } from '../src/text/tokenize.js';
import type { Paragraph } from '../src/types.js';

const p = (n: number, text: string): Paragraph => ({ id: `a#${n}`, articleId: 'a', title: 't', n, lang: 'ar', text, hash: String(n) });
const glossary = parseGlossary([
  'end\tنهاية|ختام|اختتام',
  'solution\tحل|حلول',
  'talk\tتحدث|حديث',
  'television\tتلفزيون|تلفاز',
  'meet\tالتقى|لقاء',
  '# ==== Countries, capitals and demonyms ====',
  'argentina\tالأرجنتين',
].join('\n'));
const lexicon = lexiconFrom({ enToAr: new Map([['argentine', ['الأرجنتيني']]]), arToEn: new Map([['الأرجنتيني', ['argentine']], ['الأرجنتينية', ['argentine']], ['تلفزيونية', ['television']]]), source: 'test' }, glossary);
const engine = new SearchEngine({
  paragraphs: [p(1, 'وفي ختام اللقاء شدد الجانبان على الحلول السياسية'), p(2, 'تحدث قاليباف عن العلاقات مع الجيران'), p(3, 'ارتفعت أسعار الذهب في لندن'), p(4, 'وفي حديث للصحفيين عقد الحزب مؤتمره السنوي')],
  lexicon,
});
const alts = (q: string, label: string) => engine.concepts(q).find((c) => c.label === label)!.alternatives.map((a) => `${a.terms.join(' ')}@${a.weight}`);

test('an Arabic word the coverage never uses reaches the words its glossary entry lists with it, at half weight', () => {
  // نهاية is nowhere in the coverage; ختام (the same entry: "end") is.
  assert.ok(alts('ماذا حدث في نهاية اللقاء؟', 'نهايه').includes('ختام@0.5'), alts('ماذا حدث في نهاية اللقاء؟', 'نهايه').join(', '));
});

test('a word the coverage uses gets no synonyms: they would only add noise', () => {
  // تحدث is in the coverage: حديث, its glossary neighbour, is not added.
  assert.ok(!alts('متى تحدث الرئيس؟', 'تحدث').some((a) => a.startsWith('حديث')));
});

test('a glossary word right before a name is a verb before its subject, not a given name; after a name it may be a family name', () => {
  const k = lexiconKnowledge(lexicon);
  const ws = words('تحدث قاليباف');
  assert.equal(nameKinds(ws, k)[0], 'bare');
  // after a name it may still be one (إسحاق دار): the rule leaves that reading
  assert.equal(nameKinds(words('قاليباف تحدث'), k)[1], 'name');
});

test('pronoun endings come off a word whose first letter looks like a preposition, and ى written ا before a pronoun is restored', () => {
  const n = (w: string) => words(w)[0]!.norm;
  assert.ok(arabicInflectionForms(n('لقاءه')).includes(n('لقاء')));
  assert.ok(arabicInflectionForms(n('التقاه')).includes(n('التقى')));
  assert.ok(arabicLookupForms(n('أعطاه')).includes(n('أعطى')));
});

test('a loanword the glossary lists (تلفزيونية ~ television) is no proper name; a foreign name that sounds like its translation still is', () => {
  assert.notEqual(engine.concepts('ما القناة التلفزيونية؟').find((c) => c.label === 'التلفزيونيه')!.proper, true);
  assert.equal(engine.concepts('ما العملة الأرجنتينية؟').find((c) => c.label === 'الارجنتينيه')!.proper, true);
});

test('compound prepositions (بالنسبة ل, بالإضافة إلى, بالرغم من) are function words, not topics', () => {
  assert.deepEqual(terms('بالنسبة لباكستان'), terms('لباكستان'));
  assert.deepEqual(terms('وبالرغم من الضغوط'), terms('الضغوط'));
  // نسبة as a noun (a rate) stays a word
  assert.ok(terms('بنسبة عشرة').length === 2);
});

test('English modals and prepositions (might, along, towards) are function words', () => {
  assert.deepEqual(terms('What might Russia do along the border?'), terms('What Russia do the border?'));
});

test('Arabic dual pronouns and relatives, and prepositions with a pronoun, are function words', () => {
  assert.deepEqual(terms('ما هما البلدان اللذان وقعا الاتفاق أثناء الزيارة'), terms('ما البلدان وقعا الاتفاق الزيارة'));
});

test('"what kind of X" / "ما نوع X" asks for X: the classifier is no content word', () => {
  assert.deepEqual(terms('What kind of drills did he propose?'), terms('What drills did he propose?'));
  assert.deepEqual(terms('ما نوع المناورات؟'), terms('ما المناورات؟'));
  assert.ok(terms('a new type of drone').includes('type'), 'outside the question it stays a word');
});

test('an imperfect verb is looked up in the third person the dictionaries list (تحتاج → يحتاج)', () => {
  const n = (w: string) => words(w)[0]!.norm;
  assert.ok(arabicLookupForms(n('تحتاج')).includes(n('يحتاج')));
  assert.ok(arabicLookupForms(n('نريد')).includes(n('يريد')));
});

test('a leading و may be the root\'s own letter: واجهت is looked up as واجه too', () => {
  const n = (w: string) => words(w)[0]!.norm;
  assert.ok(arabicLookupForms(n('واجهت')).includes(n('واجه')));
  // the conjunction reading comes first
  assert.ok(arabicLookupForms(n('وبالعلاقات')).indexOf(n('علاقات')) < arabicLookupForms(n('وبالعلاقات')).length);
});

test('ل on a two-letter glossary word is the preposition (لحل: to solve), not part of a name', () => {
  const k = lexiconKnowledge(lexicon);
  assert.notEqual(nameKinds(words('لحل'), k)[0], 'name');
  assert.ok(alts('لحل؟', 'لحل').includes('حلول@0.5'), alts('لحل؟', 'لحل').join(', '));
});

/** News senses the glossary must carry: [English entry, an Arabic word it must list]. */
const NEWS_SENSES: Array<[string, string]> = [
  ['travel', 'زار'], ['travel', 'زيارة'], ['travel', 'توجه'], ['travel to', 'زار'], // a visit is how news prose travels
  ['keep', 'حفاظ'], // keep in its news sense: الحفاظ على
  ['limit', 'قيود'], ['restriction', 'قيود'], // a thing faced restrictions
  ['ncri', 'المجلس الوطني للمقاومة'], ['mek', 'مجاهدي خلق'], // Iranian opposition bodies beside the other movements
  ['geography', 'الموقع الجيوسياسي'], // a country's geography is its (geopolitical) location
  ['want', 'يتطلع'], ['try', 'يسعى'], // a country looks forward to what it wants
  ['want to see', 'تتطلع إلى'], ['hope to see', 'يتطلع إلى'], // wanting to see a thing is looking forward to it (تتطلع إلى)
  ['post on x', 'كتب على منصة إكس'], // news prose writes on the platform X rather than "posts"
  ['see', 'ينظر إلى'], ['regard', 'ينظر إلى'], // to see a thing as a threat: يُنظر إليه على أنه تهديد
  ['signed', 'موقعة'], // what was signed is (ال)موقعة (the passive participle), not only the verb وقّع
  ['past', 'تاريخ'], // "past ties" are a history of ties (تاريخ من التعاون), not only الماضي of "last month"
  ['tv', 'شبكة'], ['tv', 'تلفزيونية'], // TV is the broadcaster (Geo TV: شبكة جيو نيوز), and "a TV interview" مقابلة تلفزيونية
];

test('the news glossary carries the senses news prose uses', async () => {
  const g = await loadGlossary();
  for (const [en, ar] of NEWS_SENSES) assert.ok(g.enToAr.get(en)?.includes(ar), `${en} → ${ar}`);
});

test('"which TV channel": تلفزيونية, which the coverage never writes, reaches the broadcaster the coverage calls a network (شبكة)', async () => {
  const g = await loadGlossary();
  const tv = new SearchEngine({
    paragraphs: [p(1, 'وحث خلال مقابلة مع شبكة جيو نيوز الباكستانية الدول الإسلامية على التعاون'), p(2, 'ارتفعت أسعار الذهب في لندن'), p(3, 'كشفت قناة إيران إنترناشيونال عن خلافات')],
    lexicon: lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, g),
  });
  const c = tv.concepts('مع أي قناة تلفزيونية تحدث قاليباف؟').find((x) => x.label === 'تلفزيونيه')!;
  assert.ok(c.alternatives.some((a) => a.terms.join(' ') === 'شبك' && a.weight === 0.5), c.alternatives.map((a) => a.terms.join(' ')).join(', '));
});
