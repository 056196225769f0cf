/**
 * The parsed lexicon (FreeDict + glossaries, merged and normalized) cached in one JSON file, so a
 * restart does not parse FreeDict again (seconds → tens of milliseconds). The file is named by a
 * sha256 of everything it was built from — the four dictd files, every glossary file, and the
 * cache format — so an upgraded dictionary or an edited glossary is parsed anew; older cache files
 * are removed then. Writing is best effort: a read-only or full disk only costs the parse.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { readCacheFile, writeCacheFile } from '../text/cache-file.js';
import path from 'node:path';
import { CACHE_FORMAT as DICTIONARY_FORMAT, LEXICON_FORMAT, dictionaryPaths, loadDictionary } from '../text/dictionary.js';
import { GLOSSARY_DIR, loadGlossary } from '../text/glossary.js';
import { knownWords, lexiconOf, lexiconTables, type Lexicon, type LexiconTables } from './lexicon.js';

/** Bump when parsing, merging or normalizing changes, so caches built by older code are not used. */
export const LEXICON_CACHE_FORMAT = 'lexicon-v4';
const PREFIX = 'lexicon-';

export interface LexiconLoad {
  lexicon: Lexicon;
  /** whether a FreeDict dictionary is part of it */
  dictionary: boolean;
  /** why the dictionary could not be read, when it could not */
  dictionaryError?: string;
  cache: 'hit' | 'written' | 'write-failed' | 'off';
  /** the cache file used or written */
  cacheFile?: string;
  ms: number;
}

interface CacheFile {
  format: string;
  key: string;
  dictionary: boolean;
  source: string;
  en: Array<[string, string[]]>;
  ar: Array<[string, string[]]>;
  places: string[];
  synonymGroups: string[][];
  /** knownWords(), one word a line: rebuilding it costs more than reading it */
  known: string;
}

/** sha256 of the inputs: file names and contents (an absent file counts as absent). */
async function inputsKey(dictDir: string | undefined, glossaryDir: string): Promise<string> {
  // The parser's own format too: a change in how FreeDict is read must not be served from an old cache.
  const h = createHash('sha256').update(LEXICON_CACHE_FORMAT).update(DICTIONARY_FORMAT).update(LEXICON_FORMAT);
  const { engAra, araEng } = dictionaryPaths(dictDir);
  const glossaries = (await readdir(glossaryDir).catch(() => [] as string[])).filter((n) => n.endsWith('.tsv')).sort();
  const files = [engAra.index, engAra.dict, araEng.index, araEng.dict, ...glossaries.map((n) => path.join(glossaryDir, n))];
  for (const f of files) {
    const data = await readFile(f).catch(() => null);
    h.update(`\0${path.basename(f)}\0`);
    h.update(data ? createHash('sha256').update(data).digest('hex') : 'absent');
  }
  return h.digest('hex');
}

/** Caches of older inputs are of no further use once a new one is written. */
async function removeOtherCaches(dir: string, file: string): Promise<void> {
  for (const n of await readdir(dir).catch(() => [])) {
    if (n.startsWith(PREFIX) && n.endsWith('.json') && path.join(dir, n) !== file) await rm(path.join(dir, n), { force: true }).catch(() => undefined);
  }
}

/**
 * The lexicon for `dictDir` (default $DICT_DIR or /usr/share/dictd) and the glossaries, from the
 * cache in `cacheDir` when its inputs are unchanged; parsed (and cached) otherwise. Without a
 * `cacheDir` nothing is read or written.
 */
export async function loadLexicon(opts: { dictDir?: string; cacheDir?: string; glossaryDir?: string } = {}): Promise<LexiconLoad> {
  const t0 = performance.now();
  const glossaryDir = opts.glossaryDir ?? GLOSSARY_DIR;
  const key = opts.cacheDir ? await inputsKey(opts.dictDir, glossaryDir) : '';
  const file = opts.cacheDir ? path.join(opts.cacheDir, `${PREFIX}${key.slice(0, 16)}.json`) : undefined;
  if (file) {
    const c = await readCacheFile<CacheFile>(file, (c) => c.format === LEXICON_CACHE_FORMAT && c.key === key && Array.isArray(c.en) && Array.isArray(c.ar) && Array.isArray(c.places) && Array.isArray(c.synonymGroups) && typeof c.known === 'string');
    if (c) {
      const tables: LexiconTables = { source: c.source, en: new Map(c.en), ar: new Map(c.ar), places: c.places, synonymGroups: c.synonymGroups };
      return { lexicon: lexiconOf(tables, new Set(c.known.split('\n'))), dictionary: c.dictionary, cache: 'hit', cacheFile: file, ms: performance.now() - t0 };
    }
  }
  let dictionaryError: string | undefined;
  const dict = await loadDictionary(opts.dictDir).catch((e: unknown) => {
    dictionaryError = (e as Error).message;
    return null;
  });
  const glossary = await loadGlossary(glossaryDir);
  const tables = lexiconTables(dict ?? { enToAr: new Map(), arToEn: new Map(), source: '' }, glossary);
  const known = knownWords(tables);
  const lexicon = lexiconOf(tables, known);
  // An unreadable dictionary is not cached: the next start reports it again.
  if (!file || dictionaryError) return { lexicon, dictionary: dict !== null, dictionaryError, cache: 'off', ms: performance.now() - t0 };
  const ok = await writeCacheFile(file, { format: LEXICON_CACHE_FORMAT, key, dictionary: dict !== null, source: tables.source, en: [...tables.en], ar: [...tables.ar], places: tables.places, synonymGroups: tables.synonymGroups ?? [], known: [...known].join('\n') });
  if (ok) await removeOtherCaches(opts.cacheDir!, file);
  return { lexicon, dictionary: dict !== null, cache: ok ? 'written' : 'write-failed', cacheFile: file, ms: performance.now() - t0 };
}
