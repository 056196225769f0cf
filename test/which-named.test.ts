/** "مع أي قناة …؟": the paragraph naming one of the kind asked (a quoted name after its kind noun) ranks first. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { asksForPlaces, kindStems, namesOneOf, namesPlaces, whichKind } from '../src/search/which-named.js';
import { parseGlossary } from '../src/text/glossary.js';
import type { Paragraph } from '../src/types.js';

const p = (article: string, n: number, text: string): Paragraph => ({ id: `${article}#${n}`, articleId: article, title: 't', n, lang: 'ar', text, hash: `${article}${n}` });
const glossary = parseGlossary(['broadcaster\tقناة|شبكة|محطة', 'newspaper\tصحيفة|جريدة', 'speak\tتحدث'].join('\n'));
const lexicon = lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, glossary);
const engine = new SearchEngine({
  lexicon,
  paragraphs: [
    p('a', 1, 'أكد رئيس البرلمان قاليباف أهمية التعاون بين البلدين في مؤتمر صحفي'),
    p('a', 2, 'وتحدث خلال مقابلة مع شبكة "جيو نيوز" عن دعوة الدول الإسلامية إلى التعاون'),
    p('b', 1, 'كشف الوزير عن القناة الدبلوماسية المفتوحة مع الرياض'),
    p('b', 2, 'وتبقى القناة الخلفية مفتوحة بين البلدين'),
    p('d', 1, 'تحدث الوزير في جلسة البرلمان أمس عن الميزانية العامة بحضور قاليباف'),
    p('c', 1, 'ارتفعت أسعار النفط يوم الاثنين'),
    p('c', 2, 'أبقى البنك المركزي أسعار الفائدة دون تغيير'),
  ],
});

test('"أي X", "ما الX التي", "which X" ask one of a kind; other questions do not', () => {
  const kind = (q: string) => whichKind(q, engine.concepts(q))?.label ?? null;
  assert.equal(kind('مع أي قناة تحدث قاليباف؟'), 'قناه');
  assert.equal(kind('لأي قناة تحدث قاليباف؟'), 'قناه');
  assert.equal(kind('ما القناة التي تحدث إليها قاليباف؟'), 'القناه');
  assert.equal(kind('ما الصحيفة الأمريكية التي نشرت التقرير؟'), 'الصحيفه');
  assert.equal(kind('ماذا قال قاليباف عن القناة؟'), null);
  assert.equal(kind('متى تحدث قاليباف؟'), null);
});

test('a paragraph names one of the kind when a word for it (its glossary synonyms too) stands right before a quoted name', () => {
  const c = engine.concepts('مع أي قناة تحدث قاليباف؟').find((x) => x.label === 'قناه')!;
  const stems = kindStems(c, (w) => lexicon.synonyms?.(w));
  assert.ok(namesOneOf('خلال مقابلة مع شبكة "جيو نيوز" الباكستانية', stems));
  assert.ok(namesOneOf('كشفت قناة «إيران إنترناشيونال» في تقرير', stems));
  // The kind without a name, or a name after another word, names none.
  assert.ok(!namesOneOf('تحدث عن القناة الدبلوماسية المفتوحة', stems));
  assert.ok(!namesOneOf('نقلت صحيفة "طهران تايمز" الخبر', stems));
  // Every quote mark it reads after normalization, the fullwidth one NFKC folds to " among them (the no-quote shortcut must not skip it).
  assert.ok(namesOneOf('خلال مقابلة مع شبكة „جيو نيوز" الباكستانية', stems));
  assert.ok(namesOneOf('خلال مقابلة مع شبكة \uff02جيو نيوز\uff02 الباكستانية', stems));
});

test('"مع أي قناة تحدث قاليباف؟" ranks the paragraph naming the network above one that only shares the words', async () => {
  const r = await engine.search('مع أي قناة تحدث قاليباف؟');
  assert.equal(r.hits[0]?.paragraph.id, 'a#2', r.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(' | '));
});

test('"ما الدول التي …؟" asks for places: a paragraph naming three the question does not (a place and its adjective are one)', () => {
  const places = new Set(['ايران', 'ايراني', 'باكستان', 'باكستاني', 'تركيا', 'السعوديه', 'سعوديه', 'iran', 'iranian', 'pakistan']);
  const place = (w: string) => places.has(w);
  const kind = (q: string) => whichKind(q, engine.concepts(q));
  assert.ok(asksForPlaces(kind('ما الدول التي دعا باقري إلى التنسيق بينها؟')!));
  assert.ok(asksForPlaces(kind('أي بلدان وقعت الاتفاق؟')!));
  assert.ok(!asksForPlaces(kind('مع أي قناة تحدث قاليباف؟')!));
  assert.ok(namesPlaces('بين الدول الإسلامية الرئيسية، بما في ذلك إيران وباكستان وتركيا والمملكة العربية السعودية', place, new Set()));
  // Two places are no list; الإيراني and إيران, Iranian and Iran are one place.
  assert.ok(!namesPlaces('وزير الدفاع الإيراني ونظيره في إيران وباكستان', place, new Set()));
  assert.ok(!namesPlaces('Chief of Staff of the Iranian Armed Forces #Iran #Pakistan', place, new Set()));
  // The question's own places are not the answer.
  assert.ok(!namesPlaces('إيران وباكستان وتركيا', place, new Set(['ايران'])));
});

test('"ما الدول التي …؟" ranks the paragraph listing countries above one sharing the question\'s words', async () => {
  const glossaryPlaces = parseGlossary(['# ==== Countries ====', 'iran\tإيران', 'pakistan\tباكستان', 'turkey\tتركيا', 'saudi arabia\tالسعودية', '# ==== Other ====', 'coordination\tتنسيق'].join('\n'));
  const lex = lexiconFrom({ enToAr: new Map(), arToEn: new Map(), source: 'test' }, glossaryPlaces);
  const e = new SearchEngine({
    lexicon: lex,
    paragraphs: [
      p('g', 1, 'وخلال الاجتماع، أكد الجنرال باقري على أهمية التنسيق الوثيق بين الدول لمكافحة الجماعات الإرهابية.'),
      p('g', 2, 'كما سلط الضوء على أهمية المواءمة الاستراتيجية بين الدول الإسلامية الرئيسية، بما في ذلك إيران وباكستان وتركيا والسعودية.'),
      p('c', 1, 'ارتفعت أسعار النفط يوم الاثنين'),
    ],
  });
  const r = await e.search('ما الدول التي دعا باقري إلى التنسيق الاستراتيجي بينها؟', { k: 3 });
  assert.equal(r.hits[0]?.paragraph.id, 'g#2', r.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(' | '));
});
