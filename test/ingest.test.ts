import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import {
  analyzeArticle,
  detectLang,
  ingestFile,
  ingestFolder,
  isSkipped,
  parseArticle,
  validateArticleBytes,
} from '../src/ingest/index.js';
import { splitLongParagraph } from '../src/ingest/split.js';
import type { Article, Paragraph } from '../src/types.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/ingest/', import.meta.url));

const S000 = '000_5bd0873c23d21c0b.txt';
const S001 = '001_abf55f7c1628d6cc.txt';
const S002 = '002_20b0f9381df1e398.txt';
const S003 = '003_173d9725e138e35a.txt';
const S004 = '004_4a378a8c1c91fd3a.txt';

const raw = new Map<string, string>();
const parsed = new Map<string, Article>();

before(async () => {
  for (const name of (await readdir(SEEDS)).sort()) {
    const text = await readFile(join(SEEDS, name), 'utf8');
    raw.set(name, text);
    parsed.set(name, parseArticle(name, text));
  }
});

function article(name: string): Article {
  const a = parsed.get(name);
  assert.ok(a, `seed ${name} parsed`);
  return a;
}
function allParagraphs(): Paragraph[] {
  return [...parsed.values()].flatMap((a) => a.paragraphs);
}
function texts(name: string): string[] {
  return article(name).paragraphs.map((p) => p.text);
}
function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
/** Builds a sentence-ending paragraph of about `len` characters. */
function sentences(len: number, word = 'التعاون'): string {
  const s: string[] = [];
  let total = 0;
  for (let i = 0; total < len; i++) {
    const sentence = `هذه هي الجملة رقم ${i} عن ${word} بين البلدين في المجالات الاقتصادية والأمنية.`;
    s.push(sentence);
    total += sentence.length + 1;
  }
  return s.join(' ');
}

describe('seeds: boilerplate never survives as or inside a paragraph', () => {
  it('has all five seeds', () => {
    assert.deepEqual([...parsed.keys()], [S000, S001, S002, S003, S004]);
  });

  it('drops video timestamps, times and date-only lines', () => {
    for (const p of allParagraphs()) {
      assert.doesNotMatch(p.text, /^\d{1,2}:\d{2}$/mu, p.id);
      assert.ok(!p.text.includes('0:00'), `${p.id} contains 0:00`);
      assert.ok(!p.text.includes('02:38'), `${p.id} contains 02:38`);
      assert.ok(!p.text.includes('الثلاثاء، 21 أكتوبر 2025'), `${p.id} contains the dateline`);
    }
  });

  it('drops photo captions: bullets, repeated captions, archive captions, lone name lines', () => {
    const caption = 'على لاريجاني يلتقي الرئيس الروسي فلاديمير بوتين';
    for (const p of allParagraphs()) {
      assert.ok(!p.text.includes('•'), `${p.id} contains a bullet caption`);
      assert.ok(!p.text.includes('وكالة مهر'), `${p.id} contains the carousel caption credit`);
      assert.ok(!p.text.includes('أرشيفية'), `${p.id} contains an archive caption`);
      assert.ok(!p.text.includes(caption), `${p.id} contains the repeated caption`);
      assert.notEqual(p.text, caption);
      assert.notEqual(p.text.trim(), 'الرئيس الروسي فلاديمير بوتين', `${p.id} is a lone caption`);
      assert.ok(!p.text.split('\n').some((l) => l.trim() === 'الرئيس الروسي فلاديمير بوتين'), `${p.id} holds the name line`);
    }
  });

  it('drops read-also blocks, their link titles and the promo blurb after them', () => {
    for (const p of allParagraphs()) {
      assert.doesNotMatch(p.text, /اقرأ أي?ض[اًً]|Read (?:also|more)/u, p.id);
      assert.ok(!p.text.includes('توقيع اتفاقية دفاع مشترك بين السعودية وباكستان في الرياض'), p.id);
      assert.ok(!p.text.includes('تشن عدواناً على الجمهورية الإسلامية'), `${p.id} contains the 000 promo blurb`);
      assert.ok(!p.text.includes('إسرائيل تتسلم نعش أحد الرهائن'), p.id);
      assert.ok(!p.text.includes('مبعوثا ترامب لنتنياهو'), p.id);
    }
  });

  it('drops author-only lines and site widgets', () => {
    for (const p of allParagraphs()) {
      assert.ok(!p.text.includes('manouchehr mahdavi'), p.id);
      assert.notEqual(p.text.trim(), 'search', p.id);
      assert.doesNotMatch(p.text, /(?:^|\n)search$/u, p.id);
    }
  });

  it('never keeps whitespace-only or &nbsp; lines', () => {
    for (const p of allParagraphs()) {
      for (const line of p.text.split('\n')) {
        assert.ok(line.trim() !== '' && !/^(?:&nbsp;|\u00A0)*$/u.test(line), `${p.id} has an empty line`);
      }
    }
  });
});

describe('seeds: metadata', () => {
  it('000: title is the first line, outlet Al Mayadeen, date from the caption dateline', () => {
    const a = article(S000);
    assert.equal(a.meta.title, firstLine(raw.get(S000)!));
    assert.equal(a.meta.outlet, 'Al Mayadeen');
    assert.equal(a.meta.date, '2025-11-24');
    assert.notEqual(a.paragraphs[0]!.text, a.meta.title, 'the title line is not also paragraph 1');
    assert.ok(a.paragraphs[0]!.text.startsWith('ذكرت مصادر سياسية للميادين'));
  });

  it('001: long first line is a paragraph; title is the first key point (the headline); outlet IranPress', () => {
    const a = article(S001);
    assert.equal(a.meta.title, 'لاريجاني: العلاقات الإيرانية الباكستانية قابلة للتحول إلى شراكة استراتيجية');
    assert.ok(a.paragraphs[0]!.text.startsWith('أكد أمين المجلس'), 'the lede stays paragraph 1');
    assert.equal(a.meta.outlet, 'IranPress');
    assert.equal(a.meta.date, undefined);
  });

  it('002: cited agencies («إرنا», «إيسنا») do not become the outlet; date from the tweet', () => {
    const a = article(S002);
    assert.equal(a.meta.outlet, undefined);
    // No headline anywhere: the lede's first clauses, cut at an Arabic comma, not mid-phrase.
    assert.equal(a.meta.title, 'جدّدت باكستان وإيران، الثلاثاء، التزامهما بتعميق العلاقات الثنائية، وتوسيع التعاون في القضايا الإقليمية والدولية');
    assert.equal(a.meta.date, '2025-11-25');
  });

  it('003: has no title line (first line ends with a full stop) so it stays paragraph 1', () => {
    const a = article(S003);
    const first = firstLine(raw.get(S003)!);
    assert.equal(a.paragraphs[0]!.text, first);
    assert.equal(a.meta.title, 'التعاون الدفاعي الإيراني - الباكستاني', 'the first section heading, not the truncated lede');
    assert.equal(a.meta.outlet, undefined, 'Tasnim is cited, not the outlet');
  });

  it('004: date from the date-only line, title after the dateline', () => {
    const a = article(S004);
    assert.equal(a.meta.date, '2025-10-21');
    assert.equal(a.meta.title, 'زيارة لاريجاني لموسكو، هل تكسر إيران عزلتها الدولية؟');
    assert.ok(!texts(S004).some((t) => t.includes('هل تكسر إيران عزلتها الدولية')));
  });

  it('all seeds are Arabic articles', () => {
    for (const a of parsed.values()) assert.equal(a.meta.lang, 'ar', a.meta.articleId);
  });
});

describe('seeds: content survives', () => {
  it('keeps the quoted facts questions are asked about', () => {
    assert.ok(texts(S003).some((t) => t.includes('وكالة أنباء تسنيم الإيرانية')));
    assert.ok(texts(S002).some((t) => t.includes('بحث ملف غزة')));
    assert.ok(texts(S000).some((t) => t.includes('حلف "الناتو"')), 'last real paragraph of 000 kept');
    assert.ok(texts(S004).some((t) => t.includes('تحالف الضرورة')), 'last real paragraph of 004 kept');
    assert.ok(texts(S001).some((t) => t.startsWith('نظرة أعمق)')), 'last real paragraph of 001 kept');
  });

  it('keeps embedded tweets, with the attribution merged into the tweet paragraph', () => {
    const ghq = texts(S003).find((t) => t.includes('visited the General Headquarters (GHQ)'));
    assert.ok(ghq, 'tweet in 003 kept');
    assert.ok(ghq.includes('(@PakistanFauj) January 20, 2025'), 'tweet continuation joined to the tweet');
    const dar = texts(S002).find((t) => t.includes('Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar'));
    assert.ok(dar, 'tweet in 002 kept');
    assert.ok(dar.includes('— Ministry of Foreign Affairs - Pakistan (@ForeignOfficePk) November 25, 2025'));
    for (const p of allParagraphs().filter((q) => q.text.includes('pic.twitter.com'))) assert.equal(p.lang, 'en', p.id);
    assert.ok(!allParagraphs().some((p) => p.text.startsWith('—')), 'no attribution stands alone');
  });

  it('merges headings into the FOLLOWING paragraph', () => {
    const expect: [string, string, string][] = [
      [S004, 'هل يمكن أن يثق الإيرانيون في روسيا؟', 'في السياق ذاته'],
      [S003, 'التعاون الدفاعي الإيراني - الباكستاني', 'وتأتي زيارة الجنرال باقري'],
      [S003, 'مخاوف تتعلق بالقضايا النووية', 'ومن شأن التعاون العسكري'],
    ];
    for (const [seed, heading, next] of expect) {
      const p = texts(seed).find((t) => t.startsWith(heading));
      assert.ok(p, `${heading} kept`);
      assert.notEqual(p, heading, `${heading} does not stand alone`);
      assert.ok(p.split('\n')[1]!.startsWith(next), `${heading} merged into the following paragraph`);
    }
  });

  it('keeps the 001 key-point list (heading + items) together as one paragraph', () => {
    const p = texts(S001).find((t) => t.startsWith('النقاط الرئيسية)'));
    assert.ok(p);
    assert.ok(p.includes('دعوة لتعزيز التنسيق السياسي والدبلوماسي والتبادل التجاري'));
    assert.ok(!p.includes('نظرة أعمق'));
  });

  it('paragraph counts per seed', () => {
    const counts = Object.fromEntries([...parsed].map(([k, a]) => [k.slice(0, 3), a.paragraphs.length]));
    assert.deepEqual(counts, { '000': 7, '001': 9, '002': 16, '003': 13, '004': 8 });
  });

  it('reports why each line was dropped', () => {
    const { dropped } = analyzeArticle(S004, raw.get(S004)!);
    const reasons = new Map(dropped.map((d) => [d.line, d.reason]));
    assert.equal(reasons.get(1), 'date-only line');
    assert.equal(reasons.get(3), 'time-only line');
    assert.equal(reasons.get(7), 'repeated caption');
    assert.equal(reasons.get(22), 'caption name line');
    assert.equal(reasons.get(26), 'photo caption');
    assert.equal(reasons.get(34), 'read-also marker');
  });
});

describe('citation fields', () => {
  it('every paragraph carries every citation field', () => {
    for (const a of parsed.values()) {
      a.paragraphs.forEach((p, i) => {
        assert.equal(p.n, i + 1, `${p.id}: n consecutive from 1`);
        assert.equal(p.id, `${a.meta.articleId}#${p.n}`);
        assert.equal(p.articleId, a.meta.articleId);
        assert.ok(p.articleId.length > 0);
        assert.ok(p.title.length > 0 && p.title === a.meta.title);
        assert.ok(['ar', 'en', 'other'].includes(p.lang));
        assert.ok(p.text.length > 0 && p.text === p.text.trim(), `${p.id} text trimmed`);
        assert.match(p.hash, /^[0-9a-f]{64}$/u);
        assert.equal(p.hash, createHash('sha256').update(p.text, 'utf8').digest('hex'));
        assert.equal(p.outlet, a.meta.outlet);
        assert.equal(p.date, a.meta.date);
        if (p.date !== undefined) assert.match(p.date, /^\d{4}-\d{2}-\d{2}$/u);
      });
    }
  });

  it('ids are unique', () => {
    const ids = allParagraphs().map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('text is as written: every paragraph line appears verbatim in the source file', () => {
    for (const a of parsed.values()) {
      const source = raw.get(a.meta.articleId)!;
      for (const p of a.paragraphs) {
        for (const line of p.text.split('\n')) assert.ok(source.includes(line), `${p.id}: "${line.slice(0, 40)}" not verbatim`);
      }
    }
    // internal whitespace kept: 000 has a no-break space inside a paragraph
    assert.ok(texts(S000).some((t) => t.includes('متصل،\u00A0أكد')));
  });
});

describe('paragraph splitting', () => {
  const p1 = 'ذكرت مصادر سياسية أن الزيارة تشكّل نقطة انعطاف في موازين القوى الإقليمية وفي العلاقات الثنائية.';
  const p2 = 'وأضافت المصادر أن الجانبين اتفقا على مواصلة التنسيق الأمني والسياسي خلال الأشهر المقبلة.';
  const heading = 'التعاون الاقتصادي';
  const p3 = 'وأكد الطرفان ضرورة رفع حجم التبادل التجاري إلى مستويات أعلى خلال السنوات القليلة المقبلة.';

  it('blank-line and single-newline inputs give the same paragraphs', () => {
    const title = 'عنوان الخبر التجريبي';
    const single = [title, p1, p2, heading, p3].join('\n');
    const blank = [title, p1, p2, heading, p3].join('\n\n');
    const crlf = [title, p1, p2, heading, p3].join('\r\n\r\n\r\n');
    const a = parseArticle('a.txt', single).paragraphs.map((p) => p.text);
    assert.deepEqual(parseArticle('a.txt', blank).paragraphs.map((p) => p.text), a);
    assert.deepEqual(parseArticle('a.txt', crlf).paragraphs.map((p) => p.text), a);
    assert.deepEqual(a, [p1, p2, `${heading}\n${p3}`]);
  });

  it('splits a 3,000-char paragraph at sentence ends into pieces ≤ 1,200', () => {
    const long = sentences(3000);
    assert.ok(long.length >= 3000);
    const { paragraphs } = parseArticle('long.txt', `عنوان\n${long}`);
    assert.ok(paragraphs.length >= 3, `got ${paragraphs.length} pieces`);
    for (const p of paragraphs) {
      assert.ok(p.text.length <= 1200, `piece of ${p.text.length}`);
      assert.ok(p.text.length >= 300, `stub of ${p.text.length}`);
      assert.match(p.text, /\.$/u, 'ends at a sentence end');
    }
    assert.equal(paragraphs.map((p) => p.text).join(' '), long, 'nothing lost or rewritten');
    assert.deepEqual(paragraphs.map((p) => p.n), paragraphs.map((_, i) => i + 1));
  });

  it('splits at ؟ and ! too, and falls back to clause marks for one huge sentence', () => {
    const q = Array.from({ length: 40 }, (_, i) => `هل يمكن أن يتحقق الهدف رقم ${i} في وقت قريب؟`).join(' ');
    for (const piece of splitLongParagraph(q)) {
      assert.ok(piece.length <= 1200);
      assert.match(piece, /؟$/u);
    }
    const huge = Array.from({ length: 120 }, (_, i) => `البند ${i}`).join('، ');
    const pieces = splitLongParagraph(huge);
    assert.ok(pieces.length >= 2);
    for (const piece of pieces) assert.ok(piece.length <= 1200);
  });

  it('merges a short fragment into the following paragraph, or the previous one when last', () => {
    const { paragraphs } = parseArticle('f.txt', ['عنوان', 'قال الوزير:', p1, p2, 'انتهى النص هنا'].join('\n'));
    assert.deepEqual(paragraphs.map((p) => p.text), [`قال الوزير:\n${p1}`, `${p2}\nانتهى النص هنا`]);
  });

  it('a tweet attribution line joins the tweet before it, even after a finished sentence', () => {
    const tweet = 'نؤكد التزامنا الكامل بتعزيز العلاقات الثنائية مع الأشقاء في باكستان في جميع المجالات.';
    const attribution = '— Iran Foreign Ministry (@IRIMFA_EN) November 25, 2025';
    const { paragraphs } = parseArticle('t.txt', ['عنوان', p1, tweet, attribution, p2].join('\n'));
    assert.deepEqual(paragraphs.map((p) => p.text), [p1, `${tweet}\n${attribution}`, p2]);
  });

  it('a run of short lines (a list) stands as its own paragraph', () => {
    const items = ['النقاط الرئيسية', 'البند الأول من الاتفاق الثنائي بين البلدين', 'البند الثاني من الاتفاق الثنائي بين البلدين', 'البند الثالث من الاتفاق الثنائي بين البلدين', 'البند الرابع من الاتفاق الثنائي بين البلدين'];
    const { paragraphs } = parseArticle('l.txt', ['عنوان', p1, ...items, p2].join('\n'));
    assert.deepEqual(paragraphs.map((p) => p.text), [p1, items.join('\n'), p2]);
  });
});

describe('front matter', () => {
  it('overrides title/outlet/date/url/lang and is not a paragraph', async () => {
    const text = await readFile(join(FIXTURES, 'frontmatter.md'), 'utf8');
    const a = parseArticle('frontmatter.md', text);
    assert.equal(a.meta.title, 'عنوان من الترويسة');
    assert.equal(a.meta.outlet, 'Test Outlet', 'front matter beats the detected Al Mayadeen');
    assert.equal(a.meta.date, '2024-03-05', 'front matter beats the date-only line');
    assert.equal(a.meta.url, 'https://example.com/articles/42');
    assert.equal(a.meta.lang, 'ar');
    assert.equal(a.paragraphs.length, 2);
    for (const p of a.paragraphs) {
      assert.ok(!/---|title:|outlet:|Test Outlet|2024-03-05/u.test(p.text), p.text);
      assert.equal(p.title, 'عنوان من الترويسة');
      assert.equal(p.outlet, 'Test Outlet');
      assert.equal(p.date, '2024-03-05');
      assert.equal(p.url, 'https://example.com/articles/42');
    }
    assert.ok(a.paragraphs[0]!.text.startsWith('ذكرت مصادر'), 'first body line is content, not a title');
  });

  it('a front-matter title repeated as the first line is not a paragraph', () => {
    const a = parseArticle('x.md', `---\ntitle: الخبر\n---\nالخبر\n${sentences(200)}`);
    assert.equal(a.meta.title, 'الخبر');
    assert.equal(a.paragraphs.length, 1);
    assert.ok(!a.paragraphs[0]!.text.startsWith('الخبر'));
  });

  it('without a closing delimiter the block is not front matter', () => {
    const a = parseArticle('y.md', `---\nهذا ليس ترويسة\n${sentences(200)}`);
    assert.equal(a.meta.title, 'هذا ليس ترويسة');
  });
});

describe('metadata detection', () => {
  const body = sentences(150);
  it('reads Levantine, Egyptian, English and numeric dates', () => {
    const cases: [string, string][] = [
      [`نُشر في 24 تشرين الثاني/نوفمبر 2025 ضمن ${body}`, '2025-11-24'],
      [`جرى اللقاء في 3 أكتوبر 2024 وفق ${body}`, '2024-10-03'],
      [`The meeting took place on November 25, 2025, officials said. ${body}`, '2025-11-25'],
      [`٢١ أكتوبر ٢٠٢٥\n${body}`, '2025-10-21'],
      [`Tuesday, October 21, 2025 02:38 PM\n${body}`, '2025-10-21'],
      [`التاريخ 05/03/2024 ضمن ${body}`, '2024-03-05'],
    ];
    for (const [text, iso] of cases) assert.equal(parseArticle('d.txt', `عنوان\n${text}`).meta.date, iso, text.slice(0, 40));
    assert.equal(parseArticle('d.txt', `عنوان\nفي 13 حزيران/يونيو الماضي ${body}`).meta.date, undefined, 'no year → no date');
  });

  it('detects the language of articles and paragraphs', () => {
    assert.equal(detectLang('زيارة لاريجاني إلى باكستان'), 'ar');
    assert.equal(detectLang('Larijani visits Pakistan'), 'en');
    assert.equal(detectLang('12:30 — 2025'), 'other');
    assert.equal(detectLang('Визит в Пакистан'), 'other');
  });

  it('reads an English article: title, dateline, by-line, read-more tail', async () => {
    const text = await readFile(join(FIXTURES, 'english.txt'), 'utf8');
    const a = parseArticle('english.txt', text);
    assert.equal(a.meta.title, 'Iran and Pakistan agree to expand border trade');
    assert.equal(a.meta.date, '2025-11-25');
    assert.equal(a.meta.lang, 'en');
    assert.ok(a.paragraphs.every((p) => p.lang === 'en'));
    assert.ok(!a.paragraphs.some((p) => /Jane Doe|Read more|trade memorandum|November 25, 2025/u.test(p.text)));
    assert.ok(a.paragraphs[0]!.text.startsWith('ISLAMABAD'));
  });

  it('a read-also box in the middle of an article does not eat the rest of it', () => {
    const paras = [1, 2, 3, 4].map((i) => `الفقرة ${i}: ${sentences(120, `الموضوع ${i}`)}`);
    const text = ['عنوان', paras[0], 'اقرأ أيضاً:', 'عنوان خبر آخر', 'عنوان خبر ثالث', ...paras.slice(1)].join('\n\n');
    const a = parseArticle('r.txt', text);
    assert.deepEqual(a.paragraphs.map((p) => p.text), paras);
  });

  it('a one-line article keeps its line as title and paragraph 1', () => {
    for (const line of ['زيارة لاريجاني إلى باكستان', 'Larijani visits Pakistan on Tuesday']) {
      const a = parseArticle('one.txt', `\n${line}\n\n`);
      assert.equal(a.meta.title, line);
      assert.deepEqual(a.paragraphs.map((p) => p.text), [line]);
    }
    const fm = parseArticle('one.md', '---\ntitle: الخبر\n---\nالخبر\n');
    assert.deepEqual(fm.paragraphs.map((p) => p.text), ['الخبر']);
  });

  it('falls back to the file name as title when nothing is left', () => {
    assert.equal(parseArticle('empty-ish.txt', '0:00\n\n02:38 م\n').meta.title, 'empty-ish');
    assert.equal(parseArticle('empty-ish.txt', '0:00\n\n02:38 م\n').paragraphs.length, 0);
  });
});

describe('file ingestion', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingest-test-'));
    await writeFile(join(dir, 'a_good.txt'), `عنوان الخبر\n\n${sentences(300)}\n`);
    await writeFile(join(dir, 'b_empty.txt'), '');
    await writeFile(join(dir, 'c_binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08, 0x00]));
    await writeFile(join(dir, 'd_latin1.md'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]));
    await writeFile(join(dir, 'e_blank.md'), ' \n\u00A0\n\t\n');
    await writeFile(join(dir, 'f_boilerplate.txt'), '0:00\n\n02:38 م\n\nاقرأ أيضاً:\n');
    await writeFile(join(dir, 'notes.json'), '{"not": "an article"}');
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'nested.txt'), sentences(300));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('indexes the good file and reports the others with reasons', async () => {
    const r = await ingestFolder(dir);
    assert.deepEqual(r.articles.map((a) => a.meta.articleId), ['a_good.txt']);
    assert.ok(r.articles[0]!.paragraphs.length > 0);
    assert.deepEqual(r.skipped, [
      { file: 'b_empty.txt', reason: 'empty file' },
      { file: 'c_binary.txt', reason: 'binary file' },
      { file: 'd_latin1.md', reason: 'not valid UTF-8' },
      { file: 'e_blank.md', reason: 'empty file' },
      { file: 'f_boilerplate.txt', reason: 'no paragraphs after cleaning' },
    ]);
  });

  it('ingests the seeds folder in name order with nothing skipped', async () => {
    const r = await ingestFolder(SEEDS);
    assert.deepEqual(r.skipped, []);
    assert.deepEqual(r.articles.map((a) => a.meta.articleId), [S000, S001, S002, S003, S004]);
    assert.deepEqual(r.articles, [...parsed.values()]);
  });

  it('ingestFile returns an Article or a SkippedFile', async () => {
    const good = await ingestFile(join(dir, 'a_good.txt'));
    assert.ok(!isSkipped(good));
    assert.equal(good.meta.title, 'عنوان الخبر');
    const bad = await ingestFile(join(dir, 'c_binary.txt'));
    assert.deepEqual(bad, { file: 'c_binary.txt', reason: 'binary file' });
    const missing = await ingestFile(join(dir, 'missing.txt'));
    assert.ok(isSkipped(missing) && missing.reason.startsWith('could not read file'));
  });

  it('validateArticleBytes applies the same checks to uploads', () => {
    assert.deepEqual(validateArticleBytes('a.txt', Buffer.from('مرحبا\n', 'utf8')), { ok: true, text: 'مرحبا\n' });
    assert.deepEqual(validateArticleBytes('a.txt', Buffer.from('\uFEFFمرحبا', 'utf8')), { ok: true, text: 'مرحبا' });
    assert.deepEqual(validateArticleBytes('a.txt', Buffer.alloc(0)), { ok: false, reason: 'empty file' });
    assert.deepEqual(validateArticleBytes('a.txt', Buffer.from('  \n\n')), { ok: false, reason: 'empty file' });
    assert.deepEqual(validateArticleBytes('a.txt', Buffer.from([0x41, 0x00, 0x42])), { ok: false, reason: 'binary file' });
    assert.deepEqual(validateArticleBytes('a.txt', Buffer.from([1, 2, 3, 4, 5, 0x41, 0x42])), { ok: false, reason: 'binary file' });
    assert.deepEqual(validateArticleBytes('a.txt', Buffer.from([0xff, 0xfe, 0xc3, 0x28])), { ok: false, reason: 'not valid UTF-8' });
    const pdf = validateArticleBytes('a.pdf', Buffer.from('text'));
    assert.ok(!pdf.ok && pdf.reason.startsWith('unsupported file type'));
  });
});
