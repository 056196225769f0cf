/**
 * One lexicon load serves the search and the gloss translator: the gloss reads FreeDict's own senses
 * off the search's merged tables (dictionaryView) instead of loading FreeDict a second time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dictionaryView, lexiconOf, lexiconTables } from '../src/search/lexicon.js';
import { loadLexicon, sharedLexicon } from '../src/search/lexicon-cache.js';
import { parseGlossary } from '../src/text/glossary.js';
import { dictionaryPaths } from '../src/text/dictionary.js';
import { glossaryTexts, GlossTranslator } from '../src/translate/gloss.js';
import { buildGlossLexicon } from '../src/translate/gloss-lexicon.js';

const dict = {
  source: 'test',
  enToAr: new Map([['minister', ['وزير', 'سفير']], ['water', ['ماء']]]),
  arToEn: new Map([['وزير', ['vizier', 'minister']], ['ماء', ['water']]]),
};
const glossary = parseGlossary('minister\tوزير\nborder\tحدود\n');

test('the dictionary view gives FreeDict alone, in its order, from the merged tables without copying them', () => {
  const tables = lexiconTables(dict, glossary);
  const lexicon = lexiconOf(tables);
  const view = dictionaryView(tables, tables.dictBehindGlossary!);
  // The search puts the glossary's sense first; FreeDict's own order comes back for the gloss.
  assert.deepEqual(lexicon.arToEn('وزير'), ['minister', 'vizier']);
  assert.deepEqual(view.arToEn('وزير'), ['vizier', 'minister']);
  // A glossary-only word is not FreeDict's.
  assert.deepEqual(lexicon.arToEn('حدود'), ['border']);
  assert.equal(view.arToEn('حدود'), undefined);
  assert.equal(view.enToAr('border'), undefined);
  // Elsewhere the very same list: one copy of FreeDict.
  assert.equal(view.arToEn('ماء'), lexicon.arToEn('ماء'));
  assert.equal(view.enToAr('water'), lexicon.enToAr('water'));
  assert.deepEqual(view.enToAr('minister'), ['وزير', 'سفير']);
});

const haveDict = await fs.access(dictionaryPaths('/usr/share/dictd').engAra.index).then(() => true, () => false);

test('a cache hit serves the gloss the same FreeDict senses as a fresh parse; one load per process', { skip: !haveDict && 'FreeDict not installed', timeout: 120_000 }, async () => {
  const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gloss-shared-'));
  try {
    assert.equal(sharedLexicon({ cacheDir }), sharedLexicon({ cacheDir }), 'the same load for the same inputs');
    const first = await sharedLexicon({ cacheDir });
    assert.equal(first.cache, 'written');
    const hit = await loadLexicon({ cacheDir });
    assert.equal(hit.cache, 'hit');
    const fresh = await first.dictionaryView();
    const cached = await hit.dictionaryView();
    for (const w of ['وزير', 'ماء', 'زياره', 'حدود', 'الامن']) assert.deepEqual(cached.arToEn(w), fresh.arToEn(w), w);
    for (const w of ['minister', 'water', 'border', 'visit']) assert.deepEqual(cached.enToAr(w), fresh.enToAr(w), w);
    const texts = await glossaryTexts();
    const a = new GlossTranslator(buildGlossLexicon(texts, fresh));
    const b = new GlossTranslator(buildGlossLexicon(texts, cached));
    const s = 'وصل لاريجاني إلى مطار إسلام آباد والتقى وزير الخارجية الباكستاني لبحث أمن الحدود.';
    assert.equal(b.glossOne(s, 'ar', 'en'), a.glossOne(s, 'ar', 'en'));
    assert.match(a.glossOne(s, 'ar', 'en'), /minister/i);
    // Its file removed, the view is parsed again rather than lost.
    await fs.rm(hit.cacheFile!.replace(/\.json$/, '.dict.json'));
    const again = await loadLexicon({ cacheDir });
    assert.deepEqual((await again.dictionaryView()).arToEn('وزير'), fresh.arToEn('وزير'));
  } finally {
    await fs.rm(cacheDir, { recursive: true, force: true });
  }
});
