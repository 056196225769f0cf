/**
 * The lexicon cache: a second load reads the cache instead of parsing FreeDict and gives the same
 * tables; a changed glossary or dictionary file is a miss (the key is the files' checksums); a
 * corrupt cache file is parsed over; an unwritable cache directory costs only the parse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadLexicon } from '../src/search/lexicon-cache.js';
import { GLOSSARY_DIR } from '../src/text/glossary.js';
import { dictionaryPaths } from '../src/text/dictionary.js';

const SYSTEM_DICT = '/usr/share/dictd';

async function setup(): Promise<{ root: string; dictDir: string; glossaryDir: string; cacheDir: string }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'lexicon-cache-'));
  const dictDir = path.join(root, 'dict');
  const glossaryDir = path.join(root, 'glossary');
  await fs.mkdir(dictDir);
  await fs.cp(GLOSSARY_DIR, glossaryDir, { recursive: true });
  const { engAra, araEng } = dictionaryPaths(SYSTEM_DICT);
  for (const f of [engAra.index, engAra.dict, araEng.index, araEng.dict]) await fs.copyFile(f, path.join(dictDir, path.basename(f)));
  return { root, dictDir, glossaryDir, cacheDir: path.join(root, 'cache') };
}

const haveDict = await fs.access(dictionaryPaths(SYSTEM_DICT).engAra.index).then(() => true, () => false);

test('lexicon cache: hit after the first load, same lexicon, keyed by the input files', { skip: !haveDict && 'FreeDict not installed', timeout: 120_000 }, async () => {
  const { root, dictDir, glossaryDir, cacheDir } = await setup();
  try {
    const first = await loadLexicon({ dictDir, glossaryDir, cacheDir });
    assert.equal(first.cache, 'written');
    assert.equal(first.dictionary, true);
    const second = await loadLexicon({ dictDir, glossaryDir, cacheDir });
    assert.equal(second.cache, 'hit');
    assert.equal(second.cacheFile, first.cacheFile);
    assert.equal(second.lexicon.source, first.lexicon.source);
    const uncached = await loadLexicon({ dictDir, glossaryDir });
    assert.equal(uncached.cache, 'off');
    for (const w of ['minister', 'water', 'foreign ministry', 'visit', 'agency', 'security']) assert.deepEqual(second.lexicon.enToAr(w), uncached.lexicon.enToAr(w), w);
    for (const w of ['وزير', 'ماء', 'زيارة', 'الأمن']) assert.deepEqual(second.lexicon.arToEn(w), uncached.lexicon.arToEn(w), w);
    assert.ok(second.lexicon.enToAr('minister')?.length, 'the dictionary is in the cached lexicon');
    // What the name rules read (known words, place names) comes back from the cache too.
    for (const w of ['اليابان', 'japan', 'وزير']) {
      assert.equal(second.lexicon.place?.(w), uncached.lexicon.place?.(w), `place ${w}`);
      assert.equal(second.lexicon.knows?.(w), uncached.lexicon.knows?.(w), `knows ${w}`);
    }
    assert.equal(second.lexicon.place?.('اليابان'), true, 'a glossary country is a place after a cache hit');
    assert.ok(second.ms < first.ms, `a hit (${second.ms} ms) is faster than parsing (${first.ms} ms)`);

    // An edited glossary changes the key: parsed again, the new entry is there, the old file is gone.
    await fs.appendFile(path.join(glossaryDir, 'news.tsv'), '\nzorblax\tزوربلاكس\n');
    const edited = await loadLexicon({ dictDir, glossaryDir, cacheDir });
    assert.equal(edited.cache, 'written');
    assert.notEqual(edited.cacheFile, first.cacheFile);
    assert.deepEqual(edited.lexicon.enToAr('zorblax'), ['زوربلاكس']);
    // The old file and its FreeDict-senses companion are gone; the new pair stays.
    const base = path.basename(edited.cacheFile!);
    assert.deepEqual((await fs.readdir(cacheDir)).filter((n) => n.endsWith('.json')).sort(), [base.replace(/\.json$/, '.dict.json'), base]);

    // A dictionary removed: a miss, and the lexicon says so.
    await fs.rm(path.join(dictDir, 'freedict-eng-ara.index'));
    await fs.rm(path.join(dictDir, 'freedict-ara-eng.index'));
    const noDict = await loadLexicon({ dictDir, glossaryDir, cacheDir });
    assert.equal(noDict.cache, 'written');
    assert.equal(noDict.dictionary, false);
    assert.match(first.lexicon.source, /FreeDict/);
    assert.doesNotMatch(noDict.lexicon.source, /FreeDict/);

    // A corrupt cache file is parsed over.
    await fs.writeFile(noDict.cacheFile!, '{"format": "lexicon-v1", "key": tru');
    const repaired = await loadLexicon({ dictDir, glossaryDir, cacheDir });
    assert.equal(repaired.cache, 'written');
    assert.equal((await loadLexicon({ dictDir, glossaryDir, cacheDir })).cache, 'hit');
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});

test('lexicon cache: an unwritable cache directory still gives the lexicon', async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'lexicon-cache-'));
  try {
    const blocker = path.join(root, 'file');
    await fs.writeFile(blocker, 'not a directory');
    const res = await loadLexicon({ dictDir: path.join(root, 'none'), cacheDir: path.join(blocker, 'cache') });
    assert.equal(res.cache, 'write-failed');
    assert.equal(res.dictionary, false);
    assert.ok(res.lexicon.enToAr('minister')?.length, 'the glossary still translates');
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});
