/** "Who did it?" ranks a paragraph telling of the deed above one that only sets its scene (doer.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine } from '../src/search/engine.js';
import { doerDeed, namesParty, ownedNoun, partyPreposition, writesOwner } from '../src/search/doer.js';
import { lexiconFrom } from '../src/search/lexicon.js';
import type { Paragraph } from '../src/types.js';

const p = (n: number, text: string): Paragraph => ({ id: `a#${n}`, articleId: 'a', title: 't', n, lang: 'ar', text, hash: String(n) });

test('the deed a who-question asks the doer of', async () => {
  const engine = new SearchEngine({ paragraphs: [p(1, 'نص')], lexicon: null });
  const deed = (q: string) => doerDeed(q, engine.concepts(q))?.label ?? null;
  assert.equal(deed('من وقع الاتفاقيات الدفاعية عام 2018؟'), 'وقع');
  assert.equal(deed('من الذي استقبل الوزير الباكستاني؟'), 'استقبل');
  assert.equal(deed('مين وقع الاتفاقيات؟'), 'وقع');
  // "with whom / to whom did X meet" asks for the other party of the deed.
  assert.equal(deed('مع من اجتمع الجنرال باقري؟'), 'اجتمع');
  assert.equal(deed('Who signed the agreements?'), 'signed');
  // "من هو / من يكون …" ask who holds a post or who someone is; "من بين …" is no question of a doer.
  for (const q of ['من هو المسؤول الباكستاني الذي التقاه لاريجاني؟', 'من يكون وزير الدفاع؟', 'من بين الدول من وقع؟', 'ما الاتفاقيات الموقعة؟', 'Who is the minister?']) assert.equal(deed(q), null, q);
});

test('a who-question ranks the paragraph telling of the deed first; another question keeps BM25\'s order', async () => {
  const paragraphs = [
    p(1, 'وفي عام 2018 أسفرت مناقشات الاتفاقيات الدفاعية عن التزامات بين البلدين'),
    p(2, 'وقع الاتفاقيات الدفاعية الوزير ونظيره الباكستاني في إسلام آباد'),
    p(3, 'ارتفعت أسعار النفط في الأسواق العالمية'),
    p(4, 'افتتح معرض للكتاب في المدينة'),
  ];
  const engine = new SearchEngine({ paragraphs, lexicon: null });
  const who = await engine.search('من وقع الاتفاقيات الدفاعية عام 2018؟');
  assert.deepEqual(who.hits.slice(0, 2).map((h) => h.paragraph.id), ['a#2', 'a#1'], who.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', '));
  const what = await engine.search('ما الاتفاقيات الدفاعية عام 2018؟');
  assert.equal(what.hits[0]!.paragraph.id, 'a#1', what.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', '));
  assert.ok(who.hits.every((h, i) => h.score <= 1 && (i === 0 || h.score <= who.hits[i - 1]!.score)));
});

test('"مع من …؟" asks the other party: the preposition, and where the deed\'s word stands before it', async () => {
  assert.equal(partyPreposition('مع من اجتمع الجنرال باقري في باكستان؟'), 'مع');
  assert.equal(partyPreposition('من وقع الاتفاقيات؟'), null);
  assert.equal(partyPreposition('ما الذي ناقشه الوزير مع نظيره؟'), null);
  const engine = new SearchEngine({ paragraphs: [p(1, 'نص')], lexicon: null });
  const deed = doerDeed('مع من اجتمع الجنرال؟', engine.concepts('مع من اجتمع الجنرال؟'))!;
  assert.ok(namesParty('جاء ذلك بعدما اجتمع مع رئيس أركان الجيش', deed, 'مع'));
  assert.ok(namesParty('اجتمع الوزير أمس مع نظيره', deed, 'مع'));
  assert.ok(!namesParty('وبعدما اجتمع الوفدان، أكد الجنرال على أهمية التنسيق مع الجيران', deed, 'مع'));
  // The party after مع must be someone else than the question names: "… مع طهران" says nothing of with whom Tehran met.
  const asked = new Set(['طهر', 'اجتمع']);
  assert.ok(!namesParty('اجتمع الوزير أمس مع طهران', deed, 'مع', asked));
  assert.ok(namesParty('اجتمع الوزير أمس مع نظيره', deed, 'مع', asked));
});

test('a with-whom question ranks the paragraph naming the other party above one only telling of the meeting', async () => {
  const paragraphs = [
    p(1, 'وبعدما اجتمع الوفدان أكد الجنرال باقري على أهمية التنسيق الوثيق بين البلدين في باكستان'),
    p(2, 'جاء هذا التصريح بعدما اجتمع مع رئيس أركان الجيش الباكستاني الجنرال عاصم منير في باكستان'),
    p(3, 'ارتفعت أسعار النفط في الأسواق العالمية'),
    p(4, 'افتتح معرض للكتاب في المدينة'),
  ];
  const engine = new SearchEngine({ paragraphs, lexicon: null });
  const r = await engine.search('مع من اجتمع الجنرال باقري في باكستان؟');
  assert.equal(r.hits[0]!.paragraph.id, 'a#2', r.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', '));
});

// Two of the six new questions checked on the seeds (all six keep their answer first there); the verb written in the question's form, as no lexicon links أجريت to أجرى here.
test('new with-whom questions written from the seeds: the deed, and the answering sentence names the party', async () => {
  const engine = new SearchEngine({ paragraphs: [p(1, 'نص')], lexicon: null });
  const cases: Array<[string, string]> = [
    ['مع من عقد وزير الداخلية الباكستاني لقاءات في طهران؟', 'زار وزير الداخلية الباكستاني محسن نقوي طهران، وعقد لقاءات مع كبار المسؤولين'],
    ['مع من أجرى إسحاق دار مناقشات مفصلة؟', 'وقال إسحاق دار: «أجرى مناقشات مفصّلة وصريحة مع أخي حول القضايا الإقليمية'],
  ];
  for (const [q, text] of cases) {
    const deed = doerDeed(q, engine.concepts(q));
    assert.ok(deed, q);
    assert.equal(partyPreposition(q), 'مع');
    assert.ok(namesParty(text, deed, 'مع'), q);
  }
});

test('"ممن كانت الرسالة …؟" (from whom) asks whom the thing came from: the noun, and من before the one named', async () => {
  const engine = new SearchEngine({ paragraphs: [p(1, 'نص')], lexicon: null });
  const q = 'ممن كانت الرسالة التي حملها لاريجاني إلى بوتين؟';
  assert.equal(doerDeed(q, engine.concepts(q))?.label, 'الرساله');
  assert.equal(partyPreposition(q), 'من');
  assert.equal(doerDeed('ممن تلقى لاريجاني الدعوة؟', engine.concepts('ممن تلقى لاريجاني الدعوة؟'))?.label, 'تلقي');
});

test('"ممن …" and "ما الرسالة التي …" rank the paragraph naming where the message came from first', async () => {
  // 004#7 (p 2) as the seeds write it; 004#1 and 004#3 shortened.
  const paragraphs = [
    p(1, 'في زيارة وصفت بالرسالة المزدوجة للغرب، التقى لاريجاني بالرئيس الروسي بوتين'),
    p(2, 'كما كشف تقرير لموقع المجلس الوطني للمقاومة الإيرانية بالخارج، أن زيارة "لاريجاني" تعكس صراعا محتدما داخل أروقة حكم النظام الإيراني بين من يدفع القيادة تجاه مزيد من التقارب مع روسيا، ومن يخشى من أن يتحول القرار الإيراني إلى تابع للقرار الروسي، وبحسب خبراء للموقع، فالرسالة التي حملها "لاريجاني" تضمنت مقترحات لتوسيع التعاون الأمنى في ظل استمرار الحرب على أوكرانيا وتصاعد التهديدات الإسرائيلية لإيران.'),
    p(3, 'وحسبما نقلت صحيفة فى تقرير لها، توجه لاريجاني برسالة من المرشد الأعلى للرئيس الروسي تحتوي على نقطتين'),
    p(4, 'ارتفعت أسعار النفط في الأسواق العالمية'),
  ];
  // The dictionary word lets "برسالة" (a preposition the stemmer leaves on) count as رسالة (stem-variants.ts).
  const lexicon = lexiconFrom({ enToAr: new Map([['message', ['رسالة']]]), arToEn: new Map([['رسالة', ['message']]]), source: 'test' });
  const engine = new SearchEngine({ paragraphs, lexicon });
  for (const q of ['ممن كانت الرسالة التي حملها لاريجاني إلى بوتين؟', 'ما الرسالة التي حملها لاريجاني إلى بوتين؟']) {
    const r = await engine.search(q);
    assert.equal(r.hits[0]!.paragraph.id, 'a#3', `${q} ${r.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', ')}`);
  }
});

test('"رسالة خامنئي": a noun owned by the name after it, written in the text as the noun, من, then the owner', async () => {
  // With a dictionary, so that رسالة is a word and خامنئي (which no dictionary lists) a name.
  const lexicon = lexiconFrom({ enToAr: new Map([['message', ['رسالة']], ['contain', ['تضمن']]]), arToEn: new Map([['رسالة', ['message']], ['تضمن', ['contain']]]), source: 'test' });
  const engine = new SearchEngine({ paragraphs: [p(1, 'توجه لاريجاني برسالة من المرشد الأعلى علي خامنئي')], lexicon });
  const q = 'ماذا تضمنت رسالة خامنئي التي حملها لاريجاني إلى بوتين؟';
  const owned = ownedNoun(q, engine.concepts(q));
  assert.deepEqual(owned?.map((c) => c.label), ['رساله', 'خامنيي']);
  assert.ok(writesOwner('توجه لاريجاني برسالة من المرشد الأعلى للثورة الإسلامية "علي خامنئي"، للرئيس الروسي', owned![0], owned![1]));
  assert.ok(!writesOwner('فالرسالة التي حملها لاريجاني تضمنت مقترحات، وقال خامنئي', owned![0], owned![1]));
  // English puts the owner first; a place owns nothing here.
  assert.equal(ownedNoun("What did Khamenei's message contain?", engine.concepts("What did Khamenei's message contain?")), null);
});

test('"ماذا تضمنت رسالة خامنئي …؟" ranks the paragraph saying whose the message is above the one echoing the question', async () => {
  const paragraphs = [
    p(1, 'كما كشف تقرير لموقع المجلس الوطني للمقاومة الإيرانية بالخارج، أن زيارة "لاريجاني" تعكس صراعا محتدما داخل أروقة حكم النظام الإيراني، وبحسب خبراء للموقع، فالرسالة التي حملها "لاريجاني" تضمنت مقترحات لتوسيع التعاون الأمنى في ظل استمرار الحرب على أوكرانيا.'),
    p(2, 'وحسبما نقلت صحيفة فى تقرير لها، توجه لاريجاني برسالة من المرشد الأعلي للثورة الإسلامية "علي خامنئي"، للرئيس الروسي تحتوي على نقطتين أساسيتين، أولهما تطوير التعاون العسكري في مواجهة الضغوط الغربية.'),
    p(3, 'ارتفعت أسعار النفط في الأسواق العالمية'),
  ];
  const lexicon = lexiconFrom({ enToAr: new Map([['message', ['رسالة']]]), arToEn: new Map([['رسالة', ['message']]]), source: 'test' });
  const engine = new SearchEngine({ paragraphs, lexicon });
  const r = await engine.search('ماذا تضمنت رسالة خامنئي التي حملها لاريجاني إلى بوتين؟');
  assert.equal(r.hits[0]!.paragraph.id, 'a#2', r.hits.map((h) => `${h.paragraph.id} ${h.score}`).join(', '));
});
