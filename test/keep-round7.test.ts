/**
 * Round 7 (helper keep): answerable questions the decliner refused. Each test fails when its rule is removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SearchEngine } from '../src/search/engine.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import { loadLexicon } from '../src/search/lexicon-cache.js';
import { ingestFolder } from '../src/ingest/index.js';
import { verbalNounImperfects, nisbaSiblings } from '../src/text/noun-relatives.js';
import type { Paragraph } from '../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DICT = '/usr/share/dictd';
const skip = existsSync(path.join(DICT, 'freedict-eng-ara.index')) ? false : 'needs dict-freedict-eng-ara in /usr/share/dictd';

let engine: SearchEngine | undefined;
async function seeds(): Promise<SearchEngine> {
  if (engine) return engine;
  const [{ articles }, { lexicon }] = await Promise.all([ingestFolder(path.join(ROOT, 'seeds')), loadLexicon({ dictDir: DICT })]);
  return (engine = new SearchEngine({ paragraphs: articles.flatMap((a) => a.paragraphs), lexicon }));
}

/** The first hit as "article number#paragraph" (000#2), or "declined". */
async function first(question: string): Promise<string> {
  const r = await (await seeds()).search(question, { k: 3 });
  const h = r.kind === 'answer' ? r.hits[0] : undefined;
  return h ? `${h.paragraph.articleId.slice(0, 3)}#${h.paragraph.n}` : 'declined';
}

const lexicon = lexiconFrom({ enToAr: new Map(), arToEn: new Map(Object.entries({ روسيا: ['Russia'], موقف: ['position'], تستغل: ['exploits'], باكستاني: ['Pakistani'] })), source: 'test' });
const p = (id: number, text: string): Paragraph => ({ id: `a#${id}`, articleId: 'a', title: 't', n: id, lang: 'ar', text, hash: String(id) });
const filler = [p(7, 'سار الموكب في طريق طويل نحو المدينة.'), p(8, 'هطلت أمطار غزيرة على الساحل الشمالي.'), p(9, 'وقال المتحدث إن الاجتماع انتهى.')];

test('a derived verbal noun reaches its imperfect: استغلال ~ تستغل, انضمام ~ تنضم, استخدام ~ يستخدم', async () => {
  assert.ok(verbalNounImperfects('استغلال').includes('تستغل'), 'doubled last letter written once');
  assert.ok(verbalNounImperfects('انضمام').includes('ينضم'));
  assert.deepEqual(verbalNounImperfects('استخدام'), ['يستخدم', 'تستخدم']);
  assert.deepEqual(verbalNounImperfects('اجتماع'), ['يجتمع', 'تجتمع']);
  assert.deepEqual(verbalNounImperfects('انتخاب'), ['ينتخب', 'تنتخب']);
  assert.deepEqual(verbalNounImperfects('استقلال').slice(0, 1), ['يستقلل']);
  assert.deepEqual(verbalNounImperfects('اسلام'), [], 'no derived pattern');
  assert.deepEqual(verbalNounImperfects('اتفاق'), [], 'too short a middle');
  const e = new SearchEngine({ paragraphs: [p(1, 'وتخشى طهران من أن تستغل روسيا الموقف الإيراني كورقة مساومة.'), p(2, 'وزار الوفد روسيا.'), ...filler], lexicon });
  const c = e.concepts('ما الذي تخشاه طهران من استغلال روسيا للموقف؟').find((x) => x.label === 'استغلال');
  assert.ok(c?.alternatives.some((a) => a.terms[0] === 'تستغل'), JSON.stringify(c?.alternatives));
  const r = await e.search('ما الذي تخشاه طهران من استغلال روسيا للموقف؟');
  assert.equal(r.kind, 'answer', r.reason);
  assert.equal(r.hits[0]?.paragraph.n, 1);
});

test('verbal nouns on the seeds: the verb\'s paragraph answers; near misses of the same shape stay declined', { skip }, async () => {
  const answered: Array<[string, string]> = [
    ['ما الذي تخشاه طهران من استغلال موسكو للموقف الإيراني؟', '004#4'],
    ['ماذا قال لاريجاني عن امتلاك العلاقات بين طهران وإسلام آباد للإمكانات؟', '001#1'],
    ['كيف هو اعتبار بعض التيارات الإيرانية لروسيا؟', '004#4'],
    ['ما الذي تخشاه طهران من استغلال روسيا لموقفها؟', '004#4'],
  ];
  for (const [q, want] of answered) assert.equal(await first(q), want, q);
  const declined = [
    'ما الذي تخشاه واشنطن من استغلال الصين لموقف باكستان؟',
    'هل أعلنت إيران امتلاك السلاح النووي؟',
    'لماذا اعتبار الهند باكستان عدواً؟',
    'ما أسباب استغلال تركيا للأزمة السورية؟',
  ];
  for (const q of declined) assert.equal(await first(q), 'declined', q);
});

test('a topic\'s plural relative adjective in ـاني reaches its masculine: الباكستانيين ~ الباكستاني', async () => {
  assert.deepEqual(nisbaSiblings('الباكستانيين'), ['باكستاني']);
  assert.deepEqual(nisbaSiblings('والايرانيون'), ['ايراني']);
  assert.deepEqual(nisbaSiblings('الباكستاني'), [], 'the masculine itself is left');
  assert.deepEqual(nisbaSiblings('الروس'), []);
  const e = new SearchEngine({
    paragraphs: [p(1, 'وكتب لاريجاني على منصة إكس أن الشعب الباكستاني وقف إلى جانب الشعب الإيراني خلال الحرب.'), p(2, 'وزار لاريجاني العاصمة ضمن جولة إقليمية واسعة.'), p(3, 'وأشادت الصحف الباكستانية بالزيارة.'), ...filler],
    lexicon,
  });
  const c = e.concepts('ماذا كتب لاريجاني عن الباكستانيين؟').find((x) => x.topic);
  assert.ok(c?.alternatives.some((a) => a.terms[0] === 'باكستا'), JSON.stringify(c?.alternatives));
  const r = await e.search('ماذا كتب لاريجاني عن الباكستانيين؟');
  assert.equal(r.kind, 'answer', r.reason);
  assert.equal(r.hits[0]?.paragraph.n, 1);
});

test('plural relative adjectives as topics on the seeds: answered where the masculine stands; near misses declined', { skip }, async () => {
  assert.equal(await first('ماذا كتب لاريجاني على منصة إكس قبل الزيارة عن موقف الباكستانيين؟'), '002#10');
  assert.equal(await first('ماذا كتب لاريجاني على إكس عن الباكستانيين؟'), '002#10');
  assert.equal(await first('ماذا كتب لاريجاني عن وقوف الباكستانيين إلى جانب إيران؟'), '002#10');
  assert.notEqual(await first('ماذا قال لاريجاني عن موقف الباكستانيين خلال الحرب؟'), 'declined');
  for (const q of ['ماذا قال لاريجاني عن الأفغانيين؟', 'ماذا كتب ترامب عن الباكستانيين؟', 'ماذا قال بوتين عن الإيرانيين المقيمين في روسيا؟', 'ماذا قال عاصم منير عن اللاجئين الأفغانيين؟']) {
    assert.equal(await first(q), 'declined', q);
  }
});

test('a word the coverage lacks that translates only to function words (مجدداً: "again") is neither met nor missed', async () => {
  const cross = lexiconFrom({
    enToAr: new Map(Object.entries({ egypt: ['مصر'], see: ['رأى'], again: ['مجددا'], bread: ['خبز'] })),
    arToEn: new Map(Object.entries({ مجددا: ['again'], مصر: ['Egypt'], تري: ['see'], خبزا: ['bread'] })),
    source: 'test',
  });
  const en = (id: number, text: string): Paragraph => ({ ...p(id, text), lang: 'en' });
  const e = new SearchEngine({ paragraphs: [en(1, 'You will never see Egypt again.'), en(2, 'The train left the station at noon.'), en(3, 'Rain fell on the northern coast.'), en(4, 'The weather was mild.')], lexicon: cross });
  assert.equal(e.concepts('لن ترى مصر مجددا').some((c) => c.label === 'مجددا'), false);
  const r = await e.search('لن ترى مصر مجددا');
  assert.equal(r.kind, 'answer', r.reason);
  assert.equal(r.hits[0]?.paragraph.n, 1);
  assert.ok(e.concepts('لن ترى مصر خبزا').some((c) => c.label === 'خبزا'), 'a content word the coverage lacks still counts');
});
