import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
  arabicIndefinite,
  decodeDictdBase64,
  dictionaryPaths,
  encodeDictdBase64,
  loadDictionary,
  parseDictdIndex,
  parseEntry,
  parseEntryFull,
  stripArabicDiacritics,
  type BilingualDictionary,
} from '../src/text/dictionary.js';

const tmpDirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), 'dict-test-'));
  tmpDirs.push(d);
  return d;
}
after(async () => {
  await Promise.all(tmpDirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Write a dictd database (index + gzip'd dict) from [indexHeadword, entryText] pairs. */
async function writeDictd(dir: string, base: string, entries: Array<[string, string]>): Promise<void> {
  const chunks: Buffer[] = [];
  const index: string[] = [];
  let offset = 0;
  for (const [headword, text] of entries) {
    const b = Buffer.from(text, 'utf8');
    index.push(`${headword}\t${encodeDictdBase64(offset)}\t${encodeDictdBase64(b.length)}`);
    chunks.push(b);
    offset += b.length;
  }
  await writeFile(path.join(dir, `${base}.index`), index.sort().join('\n') + '\n');
  await writeFile(path.join(dir, `${base}.dict.dz`), gzipSync(Buffer.concat(chunks)));
}

describe('dictd format', () => {
  test('decodeDictdBase64 known values', () => {
    assert.equal(decodeDictdBase64('A'), 0);
    assert.equal(decodeDictdBase64('B'), 1);
    assert.equal(decodeDictdBase64('/'), 63);
    assert.equal(decodeDictdBase64('+'), 62);
    assert.equal(decodeDictdBase64('BA'), 64);
    assert.equal(decodeDictdBase64('hX'), 33 * 64 + 23);
    assert.equal(decodeDictdBase64('PHz4'), ((15 * 64 + 7) * 64 + 51) * 64 + 56);
    assert.throws(() => decodeDictdBase64('A=B'), /invalid base64/);
    assert.throws(() => decodeDictdBase64(''), /empty/);
  });

  test('encodeDictdBase64 is the inverse', () => {
    for (const n of [0, 1, 63, 64, 4095, 4096, 3964190, 2 ** 40 + 5]) assert.equal(decodeDictdBase64(encodeDictdBase64(n)), n);
    assert.equal(encodeDictdBase64(64), 'BA');
  });

  test('parseDictdIndex on real index lines', () => {
    // First lines of freedict-eng-ara.index (note the headword with a space from ara-eng).
    const rows = parseDictdIndex('00databaseutf8\tA\tB\n10th\thX\td\naardvark\tBOb\tBH\ntriped المغناطيسي\tHT5J\tBc\n\n');
    assert.deepEqual(rows, [
      { headword: '00databaseutf8', offset: 0, length: 1 },
      { headword: '10th', offset: 2135, length: 29 },
      { headword: 'aardvark', offset: 1 * 4096 + 14 * 64 + 27, length: 71 },
      { headword: 'triped المغناطيسي', offset: decodeDictdBase64('HT5J'), length: 92 },
    ]);
    assert.throws(() => parseDictdIndex('ok\tA\tB\nbroken line\n'), /line 2/);
    assert.throws(() => parseDictdIndex('bad\tA*\tB\n'), /line 1.*invalid base64/);
  });

  test('dictionaryPaths honours dir, then DICT_DIR, then /usr/share/dictd', () => {
    assert.deepEqual(dictionaryPaths('/x').engAra, { index: '/x/freedict-eng-ara.index', dict: '/x/freedict-eng-ara.dict.dz' });
    assert.equal(dictionaryPaths('/x').araEng.index, '/x/freedict-ara-eng.index');
    const saved = process.env.DICT_DIR;
    try {
      process.env.DICT_DIR = '/from/env';
      assert.equal(dictionaryPaths().araEng.dict, '/from/env/freedict-ara-eng.dict.dz');
      delete process.env.DICT_DIR;
      assert.equal(dictionaryPaths().engAra.index, '/usr/share/dictd/freedict-eng-ara.index');
    } finally {
      if (saved === undefined) delete process.env.DICT_DIR;
      else process.env.DICT_DIR = saved;
    }
  });
});

describe('parseEntry on raw eng-ara entries', () => {
  // Each body is copied verbatim from /usr/share/dictd/freedict-eng-ara.dict.dz.
  const cases: Array<[string, string[]]> = [
    ['Water /wˈɔːtə/\nالماء\n', ['الماء']],
    ['Abandoning /ɐbˈandənɪŋ/\n1. التّرك،\n2. الهجر\n3. التنازل\n', ['الترك', 'الهجر', 'التنازل']],
    ['Zidon /zˈɪdɒn/\nمدينة صيدا اللبنانية، الاصطياد، صيد\n', ['مدينة صيدا اللبنانية', 'الاصطياد', 'صيد']],
    ['Marjoram /mˈɑːdʒɔːɹˌam/\nالسّمسق (نبات عطري)\n', ['السمسق']],
    ['Tritium /tɹˈaɪtiəm/\nالتريتيوم - نظير مشع\n', ['التريتيوم']],
    ['July /dʒuːlˈaɪ/\nيوليو/تموز\n', ['يوليو', 'تموز']],
    ['Abysses /ɐbˈɪsɪz/\n1. الهاويات\n2. اﻷعماق السّحيقة\n', ['الهاويات', 'الأعماق السحيقة']],
    ['Enable /ɛnˈeɪbəl/\nيؤهّل\u200E، يخول، يمكن\n', ['يؤهل', 'يخول', 'يمكن']],
    ['Abnegation /ˌabnɪɡˈeɪʃən/\n1. الزّهد\n2. التّنازل\n3. النّكران ::\n', ['الزهد', 'التنازل', 'النكران']],
    ['Bravoing /bɹˈɑːvəʊɪŋ/\nاِسْتَحْسَنَ، حَسَنًا ( فَعَلْتَ )\n', ['استحسن', 'حسنا']],
    ['Dinah /dˈaɪnə/\nدينا - ابنة \\"يعقوب\\" من قبل \\"ليه\\"\n', ['دينا']],
    ['Capot /kˈapɒt/\nكسب جميع الخدع في لعبة \\"بيكويت\\"\n', ['كسب جميع الخدع في لعبة بيكويت']],
    ['Shell /ʃˈɛl/\n1. يقشر\n2. قوقعة\n3. صدفة\n4. قصف\u200E\n5. قشرة\n', ['يقشر', 'قوقعة', 'صدفة', 'قصف', 'قشرة']],
    ['Bergland /bˈɜːɡlənd/\nبرجﻻند\n', ['برجلاند']],
  ];
  for (const [body, expected] of cases) {
    test(body.split(' ')[0]!, () => assert.deepEqual(parseEntry(body, 'en-ar'), expected));
  }

  test('headword: lowercased, pronunciation dropped, hyphen kept', () => {
    assert.deepEqual(parseEntryFull('Able-bodied /ˈeɪbəl bˈɒdid/\nيتمتع بجسم سليم\n', 'en-ar').headwords, ['able-bodied']);
    assert.deepEqual(parseEntryFull('Human capital /hjˈuːmən kˈapɪtəl/\nرأس المال البشري\n', 'en-ar'), {
      headwords: ['human capital'],
      translations: ['رأس المال البشري'],
    });
  });

  test('explanations longer than 4 words go after short terms', () => {
    assert.deepEqual(parseEntry('Foo /fuː/\n1. شرح طويل من أكثر من أربع كلمات\n2. قصير\n', 'en-ar'), [
      'قصير',
      'شرح طويل من أكثر من أربع كلمات',
    ]);
  });

  test('junk-only senses are dropped', () => {
    assert.deepEqual(parseEntry('Xx /x/\n1. xxx\n2. 26\n3. ::\n4. (ملاحظة)\n5. صحيح\n', 'en-ar'), ['صحيح']);
  });
});

describe('parseEntry on raw ara-eng entries', () => {
  // Verbatim from /usr/share/dictd/freedict-ara-eng.dict.dz.
  test('numbered senses, lowercased', () => {
    assert.deepEqual(parseEntry('الوزير /ʔalwazˈiːr/\n1. Minister\n2. Vizier\n', 'ar-en'), ['minister', 'vizier']);
    assert.deepEqual(
      parseEntry('الخطبة /ʔalχˈut̪ba/\n1. Allocution\n2. Affiancing\n3. Betrothing\n4. Betrothal\n5. Declamation\n6. Harangue\n7. Sermon\n8. Troth\n', 'ar-en'),
      ['allocution', 'affiancing', 'betrothing', 'betrothal', 'declamation', 'harangue', 'sermon', 'troth'],
    );
    assert.deepEqual(parseEntry('الكؤوس /ʔˈalkʔuːs/\n1. CUPS\n2. Chalices\n', 'ar-en'), ['cups', 'chalices']);
  });

  test('Arabic headwords: diacritics/parentheses/escapes stripped, "،" lists split', () => {
    assert.deepEqual(parseEntryFull('الحديد (كيمياء) /ʔalħˈadiːd kˈiːmiːˌaːʔ/\nFe\n', 'ar-en'), { headwords: ['الحديد'], translations: ['fe'] });
    assert.deepEqual(parseEntryFull('يؤهّل\u200E، يخول، يمكن /jʔhhl jχˈuːl jmkˈunna/\nEnable\n', 'ar-en').headwords, ['يؤهل', 'يخول', 'يمكن']);
    assert.deepEqual(parseEntryFull('اللاكروس - لعبة /ʔallaːkrˌuːs lˈuʕba/\nLacrosse\n', 'ar-en').headwords, ['اللاكروس']);
    assert.deepEqual(parseEntryFull('جمع \\\\\\"فبراير\\\\\\" /dʒˈamaʕ fˈibraːjˌir/\nFebruaries\n', 'ar-en').headwords, ['جمع فبراير']);
    assert.deepEqual(parseEntryFull('إبسيﻻنتي /ʔ b s ˈi lˈetəˈefˈiːˈefbˈiː n t ˈi/\nYpsilanti\n', 'ar-en').headwords, ['إبسيلانتي']);
    assert.deepEqual(parseEntry('للقراءة فقط /llqraːʔt fˈaqat̪/\n1. Readonly\n2. Read-only\n', 'ar-en'), ['readonly', 'read-only']);
  });
});

describe('Arabic helpers', () => {
  test('stripArabicDiacritics removes harakat, shadda, sukun, dagger alef and tatweel only', () => {
    assert.equal(stripArabicDiacritics('الرّئِيسُ'), 'الرئيس');
    assert.equal(stripArabicDiacritics('جيّدًا'), 'جيدا');
    assert.equal(stripArabicDiacritics('هٰذا'), 'هذا');
    assert.equal(stripArabicDiacritics('كـتـاب'), 'كتاب');
    assert.equal(stripArabicDiacritics('أإآى'), 'أإآى'); // no letter normalisation
  });

  test('arabicIndefinite', () => {
    assert.equal(arabicIndefinite('الماء'), 'ماء');
    assert.equal(arabicIndefinite('القنبلة النووية'), 'قنبلة نووية');
    assert.equal(arabicIndefinite('وزير الخارجية'), null);
    assert.equal(arabicIndefinite('الله'), null);
    assert.equal(arabicIndefinite('الذين'), null);
    assert.equal(arabicIndefinite('الى'), null);
    assert.equal(arabicIndefinite('ماء'), null);
  });
});

describe('loadDictionary on fixture databases', () => {
  const engAra: Array<[string, string]> = [
    ['00databaseshort', '00-database-short\nEnglish-Arabic FreeDict Dictionary ver. 0.6.3\n'],
    ['00databaseinfo', '00-database-info\nEdition: 0.6.3\n'],
    ['minister', 'Minister /mˈɪnɪstə/\n1. الوزير\n2. القسيس\n'],
    ['ministers', 'Ministers /mˈɪnɪstəz/\nالوزراء\n'],
    ['water', 'Water /wˈɔːtə/\nالماء\n'],
    ['shortterm', 'Short-term /ʃˈɔːt tˈɜːm/\nقصير الأمد\n'],
    ['a', 'A /ˈeɪ/\nآي - الحرف الأول في اللغة الإنجليزية\n'],
  ];
  const araEng: Array<[string, string]> = [
    ['00databaseshort', '00-database-short\nArabic-English FreeDict Dictionary ver. 0.6.3\n'],
    ['الوزير', 'الوزير /ʔalwazˈiːr/\n1. Minister\n2. Vizier\n'],
    ['ماء', 'ماء /mˈaːʔ/\nMiaowed\n'],
    ['الماء', 'الماء /ʔalmˈaːʔ/\nWater\n'],
    ['المندوب', 'المندوب /x/\n1. Delegate\n2. Minister\n'],
    ['يشرح', 'يشرح /x/\nA very long english explanation here\n'],
  ];

  async function fixtureDir(opts: { ea?: boolean; ae?: boolean } = {}): Promise<string> {
    const dir = await tempDir();
    if (opts.ea !== false) await writeDictd(dir, 'freedict-eng-ara', engAra);
    if (opts.ae !== false) await writeDictd(dir, 'freedict-ara-eng', araEng);
    return dir;
  }

  test('merges both directions, forward senses first, bare forms after definite ones', async () => {
    const d = (await loadDictionary(await fixtureDir()))!;
    assert.ok(d);
    assert.equal(d.source, 'FreeDict eng-ara 0.6.3 + ara-eng 0.6.3');
    // eng-ara order kept, each definite form followed by its bare form, then
    // ara-eng headwords that list "minister" (reverse) at the end.
    assert.deepEqual(d.enToAr.get('minister'), ['الوزير', 'وزير', 'القسيس', 'قسيس', 'المندوب', 'مندوب']);
    assert.deepEqual(d.enToAr.get('water'), ['الماء', 'ماء']);
    // Reverse of ara-eng gives English keys absent from eng-ara.
    assert.deepEqual(d.enToAr.get('vizier'), ['الوزير', 'وزير']);
    assert.deepEqual(d.enToAr.get('delegate'), ['المندوب', 'مندوب']);
    // ara-eng forward first, then eng-ara reversed ("القسيس" only occurs in eng-ara).
    assert.deepEqual(d.arToEn.get('الوزير'), ['minister', 'vizier']);
    assert.deepEqual(d.arToEn.get('القسيس'), ['minister']);
    assert.deepEqual(d.arToEn.get('قسيس'), ['minister']);
    assert.deepEqual(d.arToEn.get('الوزراء'), ['ministers']);
    // Bare key merges its own senses with the definite entry's, commoner first.
    assert.deepEqual(d.arToEn.get('ماء'), ['water', 'miaowed']);
    assert.deepEqual(d.arToEn.get('وزير'), ['minister', 'vizier']);
    // Gloss after " - " dropped.
    assert.deepEqual(d.enToAr.get('a'), ['آي']);
    // Hyphenated English keys also reachable with a space or joined.
    assert.deepEqual(d.enToAr.get('short-term'), ['قصير الأمد']);
    assert.deepEqual(d.enToAr.get('short term'), ['قصير الأمد']);
    assert.deepEqual(d.enToAr.get('shortterm'), ['قصير الأمد']);
    // Long English explanation stays a value but is not made an English key.
    assert.deepEqual(d.arToEn.get('يشرح'), ['a very long english explanation here']);
    assert.equal(d.enToAr.has('a very long english explanation here'), false);
    // Metadata entries are not words.
    for (const k of d.enToAr.keys()) assert.ok(!k.includes('database'), k);
    assert.equal(d.stats?.engAraEntries, 5);
    assert.equal(d.stats?.araEngEntries, 5);
  });

  test('works with only one of the two databases', async () => {
    const d = (await loadDictionary(await fixtureDir({ ae: false })))!;
    assert.equal(d.source, 'FreeDict eng-ara 0.6.3');
    assert.deepEqual(d.enToAr.get('minister'), ['الوزير', 'وزير', 'القسيس', 'قسيس']);
    assert.deepEqual(d.arToEn.get('الماء'), ['water']);
  });

  test('returns null for an empty directory or a missing one', async () => {
    assert.equal(await loadDictionary(await tempDir()), null);
    assert.equal(await loadDictionary(path.join(await tempDir(), 'nope')), null);
  });

  test('reads an uncompressed .dict when there is no .dict.dz', async () => {
    const dir = await fixtureDir({ ae: false });
    const dz = path.join(dir, 'freedict-eng-ara.dict.dz');
    const { gunzipSync } = await import('node:zlib');
    await writeFile(path.join(dir, 'freedict-eng-ara.dict'), gunzipSync(await readFile(dz)));
    await rm(dz);
    const d = (await loadDictionary(dir))!;
    assert.deepEqual(d.enToAr.get('water'), ['الماء', 'ماء']);
  });

  test('throws a clear error on corrupt data', async () => {
    const dir = await fixtureDir({ ae: false });
    await writeFile(path.join(dir, 'freedict-eng-ara.dict.dz'), Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5]));
    await assert.rejects(loadDictionary(dir), /cannot decompress .*freedict-eng-ara\.dict\.dz/);

    const dir2 = await fixtureDir({ ae: false });
    await writeFile(path.join(dir2, 'freedict-eng-ara.index'), 'water\tBAAA\tZ\n');
    await assert.rejects(loadDictionary(dir2), /points past the end/);

    const dir3 = await fixtureDir({ ae: false });
    await writeFile(path.join(dir3, 'freedict-eng-ara.index'), 'no tabs here\n');
    await assert.rejects(loadDictionary(dir3), /line 1 .*freedict-eng-ara\.index/);
  });

  test('optional cache: written, then hit, rebuilt when the source changes', async () => {
    const dir = await fixtureDir();
    const cachePath = path.join(await tempDir(), 'sub', 'dict-cache.json');
    const first = (await loadDictionary(dir, { cachePath }))!;
    assert.equal(first.stats?.cache, 'written');
    assert.ok(existsSync(cachePath));
    const second = (await loadDictionary(dir, { cachePath }))!;
    assert.equal(second.stats?.cache, 'hit');
    assert.deepEqual([...second.enToAr], [...first.enToAr]);
    assert.deepEqual([...second.arToEn], [...first.arToEn]);
    assert.equal(second.source, first.source);

    await writeDictd(dir, 'freedict-eng-ara', [...engAra, ['zebra', 'Zebra /zˈɛbɹə/\nالحمار الوحشي\n']]);
    const third = (await loadDictionary(dir, { cachePath }))!;
    assert.equal(third.stats?.cache, 'written');
    assert.deepEqual(third.enToAr.get('zebra'), ['الحمار الوحشي', 'حمار وحشي']);

    await writeFile(cachePath, '{not json');
    assert.equal((await loadDictionary(dir, { cachePath }))!.stats?.cache, 'written');
    // No cache path: nothing written, cache not consulted.
    assert.equal((await loadDictionary(dir))!.stats?.cache, 'none');
  });
});

describe('loadDictionary on the installed FreeDict files', () => {
  const paths = dictionaryPaths('/usr/share/dictd');
  const installed = existsSync(paths.engAra.index) && existsSync(paths.araEng.index);
  let loaded: Promise<BilingualDictionary | null> | undefined;
  const dict = async (): Promise<BilingualDictionary> => {
    loaded ??= loadDictionary('/usr/share/dictd');
    const d = await loaded;
    assert.ok(d, 'dictionary files exist but loadDictionary returned null');
    return d;
  };

  test('common news words translate both ways', async (t) => {
    if (!installed) return t.skip('dict-freedict-eng-ara / dict-freedict-ara-eng not installed');
    const d = await dict();
    assert.match(d.source, /^FreeDict eng-ara \S+ \+ ara-eng \S+$/);
    assert.ok(d.enToAr.get('minister')?.includes('وزير'), String(d.enToAr.get('minister')));
    assert.equal(d.enToAr.get('minister')?.[0], 'الوزير');
    assert.ok(d.enToAr.get('water')?.includes('ماء'), String(d.enToAr.get('water')));
    assert.ok(d.enToAr.get('president')?.includes('رئيس'));
    assert.ok(d.enToAr.get('war')?.includes('حرب'));
    assert.ok(d.enToAr.get('bought')?.includes('اشترى'));
    assert.ok(d.arToEn.get('ماء')?.includes('water'), String(d.arToEn.get('ماء')));
    assert.equal(d.arToEn.get('ماء')?.[0], 'water');
    assert.equal(d.arToEn.get('وزير')?.[0], 'minister');
    assert.equal(d.arToEn.get('الحرب')?.[0], 'war');
    assert.ok(d.arToEn.get('الأمن')?.includes('security'));
  });

  test('multi-word and hyphenated headwords exist', async (t) => {
    if (!installed) return t.skip('dictionary not installed');
    const d = await dict();
    for (const k of ['human capital', 'fire department', 'short-term', 'short term']) assert.ok(d.enToAr.get(k)?.length, k);
    const multi = [...d.enToAr.keys()].filter((k) => k.includes(' '));
    assert.ok(multi.length > 500, `only ${multi.length} multi-word keys`);
  });

  test('map sizes are in the tens of thousands and values are clean', async (t) => {
    if (!installed) return t.skip('dictionary not installed');
    const d = await dict();
    assert.ok(d.enToAr.size > 50_000 && d.enToAr.size < 500_000, `enToAr ${d.enToAr.size}`);
    assert.ok(d.arToEn.size > 30_000 && d.arToEn.size < 500_000, `arToEn ${d.arToEn.size}`);
    const bad = /[\u064B-\u065F\u0670\u0640\uFB50-\uFDFF\uFE70-\uFEFC\u200E()"\\]/;
    for (const [k, vs] of d.enToAr) {
      assert.equal(k, k.toLowerCase());
      for (const v of vs) assert.ok(v && !bad.test(v) && v === v.trim(), `${k} → ${JSON.stringify(v)}`);
    }
    for (const [k, vs] of d.arToEn) {
      assert.ok(!bad.test(k), JSON.stringify(k));
      for (const v of vs) assert.ok(v && v === v.toLowerCase() && !/[()"\\]/.test(v), `${k} → ${JSON.stringify(v)}`);
    }
  });
});
