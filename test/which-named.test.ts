/** "مع أي قناة …؟": the paragraph naming one of the kind asked (a quoted name after its kind noun) ranks first. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { kindStems, namesOneOf, whichKind } from '../src/search/which-named.js';
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
