/** Citation metadata: headline and outlet detection, and re-indexing picking up new titles. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectOutlet, titleFromBody, titleFromParagraph } from '../src/ingest/metadata.js';
import { parseArticle } from '../src/ingest/index.js';
import { rebuild } from '../src/store/rebuild.js';
import { loadIndex } from '../src/store/index.js';
import { createHashEmbedder } from '../src/embed/fake.js';
import { counting } from './support/counting-embedder.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const LONG = 'وأكد المسؤول أن البلدين يعملان على توسيع التعاون في مجالات الطاقة والتجارة والأمن خلال الأشهر المقبلة بما يخدم مصالح الشعبين.';

describe('outlet detection', () => {
  it('an outlet that names itself is detected; one that is quoted is not', () => {
    assert.equal(detectOutlet(`قال مسؤول إيراني لطهران تايمز إن الزيارة ناجحة.\n${LONG}`), 'Tehran Times');
    assert.equal(detectOutlet(`وحسبما نقلت صحيفة "طهران تايمز" في تقرير لها، توجه لاريجاني برسالة.\n${LONG}`), undefined);
    assert.equal(detectOutlet(`وقال المتحدث لـ«الشرق الأوسط» إن المحادثات مستمرة.\n${LONG}`), 'Asharq Al-Awsat');
    assert.equal(detectOutlet(`تصاعد التوتر في الشرق الأوسط خلال الأسبوع.\n${LONG}`), undefined, 'the Middle East is not the newspaper');
    assert.equal(detectOutlet(`طهران (رويترز) - ${LONG}`), 'Reuters');
    assert.equal(detectOutlet(`وكشفت وكالة "رويترز" عن إعلان الكرملين.\n${LONG}`), undefined);
    assert.equal(detectOutlet('An official told Asharq Al-Awsat that talks continue.'), 'Asharq Al-Awsat');
  });

  it('a source line names the outlet, canonicalised', () => {
    assert.equal(detectOutlet(`${LONG}\nالمصدر: الميادين نت`), 'Al Mayadeen');
    assert.equal(detectOutlet(`${LONG}\nالمصدر: وكالة مهر`), 'Mehr');
    assert.equal(detectOutlet(`${LONG}\nSource: Dawn`), 'Dawn');
    // Through the whole ingest path, a photo credit is not a source line.
    assert.equal(parseArticle('x.txt', `عنوان الخبر هنا\n\n${LONG}\n\nالمصدر: وكالة مهر\n`).meta.outlet, 'Mehr');
    assert.equal(parseArticle('y.txt', `عنوان الخبر هنا\n\n${LONG}\n\n(وكالة مهر)\n`).meta.outlet, undefined);
  });

  it('an unknown outlet is left out (no "?")', () => {
    assert.equal(detectOutlet(LONG), undefined);
    const a = parseArticle('x.txt', `${LONG}\n\n${LONG}`);
    assert.equal(a.meta.outlet, undefined);
    assert.ok(!('outlet' in a.paragraphs[0]!));
  });
});

describe('headline detection', () => {
  it('the first point of a key-points block is the headline', () => {
    assert.equal(titleFromBody([LONG, '', 'النقاط الرئيسية)', 'لاريجاني: العلاقات قابلة للتحول إلى شراكة', 'نقطة ثانية']), 'لاريجاني: العلاقات قابلة للتحول إلى شراكة');
  });

  it('else the first section heading between paragraphs', () => {
    assert.equal(titleFromBody([LONG, 'التعاون الدفاعي الإيراني - الباكستاني', LONG]), 'التعاون الدفاعي الإيراني - الباكستاني');
    // A short sentence ending in a full stop, or a list of short lines, is not a heading.
    assert.equal(titleFromBody([LONG, 'وقال إن الزيارة ناجحة جداً.', LONG]), undefined);
    assert.equal(titleFromBody([LONG, 'بند أول من القائمة', 'بند ثان من القائمة', LONG]), undefined);
  });

  it('a lede without a headline is cut at a clause, not mid-phrase', () => {
    const t = titleFromParagraph(`جدّدت باكستان وإيران، الثلاثاء، التزامهما بتعميق العلاقات الثنائية، وتوسيع التعاون في القضايا الإقليمية والدولية، وذلك خلال مشاورات يعقدها أمين مجلس الأمن القومي علي لاريجاني في إسلام آباد.`);
    assert.equal(t, 'جدّدت باكستان وإيران، الثلاثاء، التزامهما بتعميق العلاقات الثنائية، وتوسيع التعاون في القضايا الإقليمية والدولية');
    const noComma = titleFromParagraph('word '.repeat(60).trim() + '.');
    assert.ok(noComma.endsWith('…') && noComma.length <= 101, noComma);
  });

  it('front matter wins over detection', () => {
    const a = parseArticle('x.md', `---\ntitle: عنوان حقيقي\noutlet: Dawn\n---\n${LONG}\n\nالنقاط الرئيسية)\nعنوان من النقاط الرئيسية هنا\n`);
    assert.equal(a.meta.title, 'عنوان حقيقي');
    assert.equal(a.meta.outlet, 'Dawn');
  });
});

describe('re-index with new citation data', () => {
  it('a changed title reaches the index while every vector is reused', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'i13p-meta-'));
    try {
      const seeds = path.join(dir, 'seeds');
      const indexDir = path.join(dir, 'embeddings');
      await cp(SEEDS, seeds, { recursive: true });
      const first = counting(createHashEmbedder());
      await rebuild({ seedsDir: seeds, indexDir, embedder: first.e });
      const file = path.join(seeds, '002_20b0f9381df1e398.txt');
      await writeFile(file, `---\ntitle: باكستان وإيران تجددان التزامهما\noutlet: Asharq Al-Awsat\n---\n${await readFile(file, 'utf8')}`);
      const second = counting(createHashEmbedder());
      const summary = await rebuild({ seedsDir: seeds, indexDir, embedder: second.e });
      assert.equal(second.stats.texts, 0, 'paragraph texts unchanged: nothing re-embedded');
      assert.equal(summary.reused, summary.paragraphs);
      const loaded = await loadIndex(indexDir);
      const p = loaded.paragraphs.find((x) => x.articleId === '002_20b0f9381df1e398.txt')!;
      assert.equal(p.title, 'باكستان وإيران تجددان التزامهما');
      assert.equal(p.outlet, 'Asharq Al-Awsat');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
